package org.feedgym.spark;

import java.io.Serializable;
import org.feedgym.simulator.sweep.TrialRecord;

/**
 * What a Spark task sends back to the driver: the finished trial's files, or the error that ended
 * its last attempt. Exactly one of {@code record} and {@code error} is set.
 *
 * @param id      the trial's id
 * @param attempt Spark's attempt number that produced this outcome, 0 for the first
 * @param record  the trial's files, or {@code null} when it failed
 * @param error   the failure as recorded in the sweep's summary, or {@code null} when it finished
 */
record TrialOutcome(String id, int attempt, TrialRecord record, String error) implements Serializable {

    TrialOutcome {
        if ((record == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of record and error must be set for " + id);
        }
    }

    static TrialOutcome finished(TrialRecord record, int attempt) {
        return new TrialOutcome(record.id(), attempt, record, null);
    }

    static TrialOutcome failed(String id, int attempt, String error) {
        return new TrialOutcome(id, attempt, null, error);
    }
}
