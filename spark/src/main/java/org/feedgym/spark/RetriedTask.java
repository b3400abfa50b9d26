package org.feedgym.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.sweep.TrialExecutor;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of a Spark task that does one item (a trial, a training run) of its partition and
 * returns an outcome to the driver, with FeedGym's retry rule: a failure is thrown to Spark, which
 * runs the task again, until the last attempt ({@code maxFailures}), whose failure is returned as
 * a failed outcome; bad input (an invalid config, unreadable data) fails the same way every time
 * and is returned at once, not retried.
 *
 * @param <I> the item
 * @param <O> the outcome sent back
 */
abstract class RetriedTask<I, O> extends AbstractFunction1<Iterator<I>, O> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int maxFailures;

    /**
     * @param maxFailures attempts Spark makes of a task before giving up (its
     *                    {@code spark.task.maxFailures}, or F of {@code local[N,F]}), at least 1
     */
    RetriedTask(int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be >= 1, got " + maxFailures);
        }
        this.maxFailures = maxFailures;
    }

    /** Does the item; throws to fail this attempt. */
    abstract O run(I item, int attempt) throws Exception;

    /** The outcome of an item that failed with {@code error} (as {@link TrialExecutor#describeFailure} words it). */
    abstract O failed(I item, int attempt, String error);

    /** How messages name the item. */
    abstract String describe(I item);

    @Override
    public final O apply(Iterator<I> partition) {
        I item = partition.next();
        if (partition.hasNext()) {
            throw new IllegalStateException("a partition holds one item, this one holds more after " + describe(item));
        }
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        try {
            return run(item, attempt);
        } catch (ConfigException | RunService.InputException e) {
            return failed(item, attempt, TrialExecutor.describeFailure(e));
        } catch (Exception e) {
            if (attempt + 1 < maxFailures) {
                throw new AttemptFailed(describe(item), attempt, e);
            }
            return failed(item, attempt, TrialExecutor.describeFailure(e));
        }
    }

    /** Thrown to Spark so that it runs the task again. */
    static final class AttemptFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AttemptFailed(String item, int attempt, Exception cause) {
            super(item + " failed on attempt " + attempt + ": " + cause, cause);
        }
    }
}
