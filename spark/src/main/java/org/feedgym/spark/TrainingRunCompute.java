package org.feedgym.spark;

import java.io.Serializable;
import org.feedgym.simulator.run.TrainingRunResult;
import org.feedgym.simulator.run.TrainingRunSpec;

/**
 * What a Spark task does with its training run. In production this is
 * {@link TrainingRunSpec#compute()}; tests wrap it (to count runs, or to fail one on purpose), as
 * {@link TrialRun} is wrapped for sweeps.
 */
@FunctionalInterface
interface TrainingRunCompute extends Serializable {

    /** The production computation: the run's own config and seeds, one thread. */
    TrainingRunCompute PLAIN = (spec, attempt) -> spec.compute();

    /**
     * Computes one training run.
     *
     * @param spec    the run
     * @param attempt Spark's attempt number of this task, 0 for the first
     * @throws Exception when the run fails; see {@link RetriedTask} for which failures are retried
     */
    TrainingRunResult compute(TrainingRunSpec spec, int attempt) throws Exception;
}
