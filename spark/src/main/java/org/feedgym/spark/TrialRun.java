package org.feedgym.spark;

import java.io.Serializable;
import org.feedgym.simulator.sweep.TrialRecord;
import org.feedgym.simulator.sweep.TrialSpec;

/**
 * What a Spark task does with its trial. In production this is {@link TrialSpec#run()}; tests
 * wrap it (to fail an attempt on purpose, or to count attempts), which is why it is a function
 * shipped with the task rather than a hook read from a system property.
 */
@FunctionalInterface
interface TrialRun extends Serializable {

    /** The production run: the trial's own config, one thread, a scratch directory. */
    TrialRun PLAIN = (spec, attempt) -> spec.run();

    /**
     * Runs one trial.
     *
     * @param spec    the trial
     * @param attempt Spark's attempt number of this task, 0 for the first
     * @return the trial's files
     * @throws Exception when the trial fails; see {@link RetriedTask} for which failures are retried
     */
    TrialRecord run(TrialSpec spec, int attempt) throws Exception;
}
