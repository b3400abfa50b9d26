package org.feedgym.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.run.TrainingRunSpec;
import org.feedgym.simulator.sweep.TrialExecutor;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of a Spark task of a single run: computes the one training run of its partition
 * on the executor (building the world from the run's config) and returns it to the driver, which
 * keeps it. It writes nothing, so a failed, retried or speculative attempt leaves nothing behind.
 * A failure is thrown to Spark, which runs the task again, until the last attempt, whose failure
 * is returned; bad input (a config or data this JVM cannot read) is returned at once.
 */
final class TrainingRunTask extends AbstractFunction1<Iterator<TrainingRunSpec>, TrainingRunOutcome>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TrainingRunCompute compute;
    private final int maxFailures;

    /**
     * @param compute     what to do with the run
     * @param maxFailures attempts Spark makes of a task before giving up, at least 1
     */
    TrainingRunTask(TrainingRunCompute compute, int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be >= 1, got " + maxFailures);
        }
        this.compute = compute;
        this.maxFailures = maxFailures;
    }

    @Override
    public TrainingRunOutcome apply(Iterator<TrainingRunSpec> partition) {
        TrainingRunSpec spec = partition.next();
        if (partition.hasNext()) {
            throw new IllegalStateException("a partition holds one training run, this one holds more after "
                    + spec.describe());
        }
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        try {
            return new TrainingRunOutcome(compute.compute(spec, attempt), null);
        } catch (ConfigException | RunService.InputException e) {
            return new TrainingRunOutcome(null, TrialExecutor.describeFailure(e));
        } catch (Exception e) {
            if (attempt + 1 < maxFailures) {
                throw new IllegalStateException(spec.describe() + " failed on attempt " + attempt + ": " + e, e);
            }
            return new TrainingRunOutcome(null, TrialExecutor.describeFailure(e));
        }
    }
}
