package org.feedgym.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.feedgym.simulator.run.TrainingRunExecutor;
import org.feedgym.simulator.run.TrainingRunSpec;
import org.feedgym.simulator.sweep.EngineOptions;

/**
 * Computes the training runs of a single run as Apache Spark tasks, one per (agent, replicate).
 * Each task builds the world from the run's config and computes its run
 * ({@link TrainingRunSpec#compute}); its result comes back to the driver, which keeps it in the
 * run's checkpoint folder as it arrives, so no shared filesystem is needed and a driver that dies
 * keeps every run received so far. The driver then writes the run as a local one would.
 * Configuration as for sweeps ({@link SparkTrialExecutor#conf}).
 */
public final class SparkTrainingRunExecutor implements TrainingRunExecutor {

    private final JavaSparkContext spark;
    private final int maxFailures;
    private final TrainingRunCompute compute;

    private SparkTrainingRunExecutor(SparkJobs.Started started, TrainingRunCompute compute) {
        this.spark = started.spark();
        this.maxFailures = started.maxFailures();
        this.compute = compute;
    }

    /**
     * Starts a Spark context for a run's training runs.
     *
     * @param options {@code master} (or {@code spark.master}, or {@code local[threads]})
     * @throws IOException when Spark cannot start
     */
    public static SparkTrainingRunExecutor start(EngineOptions options) throws IOException {
        return start(options, TrainingRunCompute.PLAIN);
    }

    static SparkTrainingRunExecutor start(EngineOptions options, TrainingRunCompute compute) throws IOException {
        return new SparkTrainingRunExecutor(SparkJobs.start(SparkTrialExecutor.conf(options)), compute);
    }

    @Override
    public String description() {
        return new SparkJobs.Started(spark, maxFailures).description();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every run is given its chance: a run that fails does not stop the others, which are kept;
     * the failures are then reported together.
     */
    @Override
    public void execute(List<TrainingRunSpec> runs, Sink sink) throws IOException {
        List<String> failed = new ArrayList<>();
        Map<Integer, String> missing = SparkJobs.runEach(spark, runs, new TrainingRunTask(compute, maxFailures),
                "FeedGym run: " + runs.size() + " training runs", (index, outcome) -> {
                    if (outcome.result() != null) {
                        sink.finished(runs.get(index), outcome.result());
                    } else {
                        failed.add(runs.get(index).describe() + ": " + outcome.error());
                    }
                });
        missing.forEach((index, why) -> failed.add(runs.get(index).describe() + ": " + why));
        if (!failed.isEmpty()) {
            throw new RunsFailed(failed.size() + " of " + runs.size() + " training run(s) failed on Spark (the "
                    + (runs.size() - failed.size()) + " others are kept; run again to compute only the failed ones): "
                    + String.join("; ", failed));
        }
    }

    @Override
    public void close() {
        spark.stop();
    }
}
