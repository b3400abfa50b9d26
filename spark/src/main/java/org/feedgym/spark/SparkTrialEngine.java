package org.feedgym.spark;

import java.io.IOException;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.TrialEngine;
import org.feedgym.simulator.sweep.TrialExecutor;

/**
 * {@code --engine spark}: registered in {@code META-INF/services/org.feedgym.simulator.sweep.TrialEngine},
 * so the simulator finds it when this module is on the classpath.
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
}
