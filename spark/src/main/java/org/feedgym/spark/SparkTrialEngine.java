package org.feedgym.spark;

import java.io.IOException;
import org.feedgym.simulator.run.TrainingRunExecutor;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.TrialEngine;
import org.feedgym.simulator.sweep.TrialExecutor;

/**
 * {@code --engine spark}: registered in {@code META-INF/services/org.feedgym.simulator.sweep.TrialEngine},
 * so the simulator finds it when this module is on the classpath. It runs a sweep's trials, or a
 * single run's training runs, as Spark tasks.
 */
public final class SparkTrialEngine implements TrialEngine {

    /** Needed by {@link java.util.ServiceLoader}. */
    public SparkTrialEngine() {
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public TrialExecutor open(EngineOptions options) throws IOException {
        return SparkTrialExecutor.start(options);
    }

    @Override
    public TrainingRunExecutor openTrainingRuns(EngineOptions options) throws IOException {
        return SparkTrainingRunExecutor.start(options);
    }
}
