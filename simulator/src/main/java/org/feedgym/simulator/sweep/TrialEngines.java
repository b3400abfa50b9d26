package org.feedgym.simulator.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds a sweep engine by name: {@code local} is built in, others come from
 * {@link ServiceLoader} ({@link TrialEngine}).
 */
public final class TrialEngines {

    /** The built-in engine: {@link LocalTrialExecutor}. */
    public static final String LOCAL = "local";

    private TrialEngines() {
    }

    /** Names of the engines on the classpath, {@code local} first. */
    public static List<String> available() {
        List<String> names = new ArrayList<>(List.of(LOCAL));
        for (TrialEngine e : ServiceLoader.load(TrialEngine.class)) {
            names.add(e.name());
        }
        return names;
    }

    /**
     * Opens the engine called {@code name}.
     *
     * @throws EngineUnavailable when no engine of that name is on the classpath; the message is one
     *                           line saying what to build
     * @throws IOException       when the engine is there but cannot start
     */
    public static TrialExecutor open(String name, EngineOptions options) throws EngineUnavailable, IOException {
        if (LOCAL.equals(name)) {
            return LocalTrialExecutor.builtIn(options.threads());
        }
        return find(name).open(options);
    }

    /**
     * Opens the engine called {@code name} for the training runs of a single run; {@code null}
     * for {@code local}, whose thread pool is {@link org.feedgym.simulator.run.RunService}'s own.
     *
     * @throws EngineUnavailable as {@link #open}, or when the engine runs sweeps only
     * @throws IOException       when the engine is there but cannot start
     */
    public static org.feedgym.simulator.run.TrainingRunExecutor openTrainingRuns(String name, EngineOptions options)
            throws EngineUnavailable, IOException {
        return LOCAL.equals(name) ? null : find(name).openTrainingRuns(options);
    }

    private static TrialEngine find(String name) throws EngineUnavailable {
        for (TrialEngine e : ServiceLoader.load(TrialEngine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        if ("spark".equals(name)) {
            throw new EngineUnavailable("the spark engine is not on the classpath: build the optional module with"
                    + " 'mvn -B -Pspark -DskipTests -pl spark -am package' and run through ./feedgym, which does so"
                    + " for --engine spark (or use spark/target/feedgym-spark-all.jar)");
        }
        throw new EngineUnavailable("unknown engine '" + name + "'; engines on the classpath: " + available());
    }
}
