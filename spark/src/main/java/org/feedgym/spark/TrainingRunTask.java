package org.feedgym.spark;

import org.feedgym.simulator.run.TrainingRunSpec;

/**
 * The function of a Spark task of a single run: computes the one training run of its partition
 * on the executor (building the world from the run's config) and returns it to the driver, which
 * keeps it. It writes nothing, so a failed, retried or speculative attempt leaves nothing behind.
 * Retries as {@link RetriedTask}.
 */
final class TrainingRunTask extends RetriedTask<TrainingRunSpec, TrainingRunOutcome> {

    private static final long serialVersionUID = 1L;

    private final TrainingRunCompute compute;

    /**
     * @param compute     what to do with the run
     * @param maxFailures attempts Spark makes of a task before giving up, at least 1
     */
    TrainingRunTask(TrainingRunCompute compute, int maxFailures) {
        super(maxFailures);
        this.compute = compute;
    }

    @Override
    TrainingRunOutcome run(TrainingRunSpec spec, int attempt) throws Exception {
        return new TrainingRunOutcome(compute.compute(spec, attempt), null);
    }

    @Override
    TrainingRunOutcome failed(TrainingRunSpec spec, int attempt, String error) {
        return new TrainingRunOutcome(null, error);
    }

    @Override
    String describe(TrainingRunSpec spec) {
        return spec.describe();
    }
}
