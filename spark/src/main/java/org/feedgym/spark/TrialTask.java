package org.feedgym.spark;

import org.feedgym.simulator.sweep.TrialSpec;

/**
 * The function of a Spark task of a sweep: runs the one trial of its partition on the executor and
 * returns its {@link TrialOutcome}. It writes nothing the driver reads: the trial is written to a
 * scratch directory of the executor and carried back as bytes, so a failed, retried or speculative
 * attempt leaves nothing behind, and only the driver commits. Retries as {@link RetriedTask}: the
 * last attempt's failure is returned, so the sweep goes on and records the trial as failed, as the
 * local engine does.
 */
final class TrialTask extends RetriedTask<TrialSpec, TrialOutcome> {

    private static final long serialVersionUID = 1L;

    private final TrialRun run;

    /**
     * @param run         what to do with the trial
     * @param maxFailures attempts Spark makes of a task before giving up, at least 1
     */
    TrialTask(TrialRun run, int maxFailures) {
        super(maxFailures);
        this.run = run;
    }

    @Override
    TrialOutcome run(TrialSpec spec, int attempt) throws Exception {
        return TrialOutcome.finished(run.run(spec, attempt), attempt);
    }

    @Override
    TrialOutcome failed(TrialSpec spec, int attempt, String error) {
        return TrialOutcome.failed(spec.id(), attempt, error);
    }

    @Override
    String describe(TrialSpec spec) {
        return spec.id();
    }
}
