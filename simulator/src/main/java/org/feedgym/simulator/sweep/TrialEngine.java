package org.feedgym.simulator.sweep;

import java.io.IOException;

/**
 * A sweep engine that lives outside the simulator module and is found with
 * {@link java.util.ServiceLoader}: a jar on the classpath names its implementation in
 * {@code META-INF/services/org.feedgym.simulator.sweep.TrialEngine}. This is how the optional
 * {@code spark} module adds {@code --engine spark} without the simulator depending on Spark.
 */
public interface TrialEngine {

    /** The name given to {@code --engine}, e.g. {@code spark}; lower case, unique. */
    String name();

    /**
     * Starts the engine (for Spark: a context connected to the master).
     *
     * @param options the command line's engine options
     * @throws IOException when the engine cannot start (the master cannot be reached, say)
     */
    TrialExecutor open(EngineOptions options) throws IOException;

    /**
     * Starts the engine for the training runs of a single run (a config without a sweep).
     *
     * @throws EngineUnavailable when this engine runs sweep trials only (the default)
     * @throws IOException       when the engine cannot start
     */
    default org.feedgym.simulator.run.TrainingRunExecutor openTrainingRuns(EngineOptions options)
            throws EngineUnavailable, IOException {
        throw new EngineUnavailable("engine '" + name() + "' runs the trials of a sweep only, not the training runs"
                + " of a single run (run it without --engine)");
    }
}
