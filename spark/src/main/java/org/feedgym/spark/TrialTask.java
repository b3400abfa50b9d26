package org.feedgym.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.sweep.TrialExecutor;
import org.feedgym.simulator.sweep.TrialSpec;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of a Spark task: runs the one trial of its partition on the executor and returns
 * its {@link TrialOutcome}. It writes nothing the driver reads: the trial is written to a scratch
 * directory of the executor and carried back as bytes, so a failed, retried or speculative
 * attempt leaves nothing behind, and only the driver commits.
 *
 * <p>Retries: a failure is thrown to Spark, which runs the task again, until the last attempt
 * ({@code maxFailures}); the last attempt's failure is returned as a failed outcome, so the
 * sweep goes on and records the trial as failed, as the local engine does. Bad input (an invalid
 * config, unreadable data) fails the same way every time and is returned at once, not retried.
 */
final class TrialTask extends AbstractFunction1<Iterator<TrialSpec>, TrialOutcome> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TrialRun run;
    private final int maxFailures;

    /**
     * @param run         what to do with the trial
     * @param maxFailures attempts Spark makes of a task before giving up (its
     *                    {@code spark.task.maxFailures}, or F of {@code local[N,F]}), at least 1
     */
    TrialTask(TrialRun run, int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be >= 1, got " + maxFailures);
        }
        this.run = run;
        this.maxFailures = maxFailures;
    }

    @Override
    public TrialOutcome apply(Iterator<TrialSpec> partition) {
        TrialSpec spec = partition.next();
        if (partition.hasNext()) {
            throw new IllegalStateException("a partition holds one trial, this one holds more after " + spec.id());
        }
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        try {
            return TrialOutcome.finished(run.run(spec, attempt), attempt);
        } catch (ConfigException | RunService.InputException e) {
            return TrialOutcome.failed(spec.id(), attempt, TrialExecutor.describeFailure(e));
        } catch (Exception e) {
            if (attempt + 1 < maxFailures) {
                throw new TrialAttemptFailed(spec.id(), attempt, e);
            }
            return TrialOutcome.failed(spec.id(), attempt, TrialExecutor.describeFailure(e));
        }
    }

    /** Thrown to Spark so that it runs the task again. */
    static final class TrialAttemptFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TrialAttemptFailed(String id, int attempt, Exception cause) {
            super(id + " failed on attempt " + attempt + ": " + cause, cause);
        }
    }
}
