package org.feedgym.spark;

import java.io.Serializable;
import org.feedgym.simulator.run.TrainingRunResult;

/**
 * What a Spark task sends back to the driver for a training run: its result (serialized by Spark
 * as it is kept on disk), or the error that ended its last attempt. Exactly one of {@code result}
 * and {@code error} is set.
 *
 * @param result the finished run, or {@code null} when it failed
 * @param error  the failure, or {@code null} when it finished
 */
record TrainingRunOutcome(TrainingRunResult result, String error) implements Serializable {

    TrainingRunOutcome {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of result and error must be set");
        }
    }
}
