package org.feedgym.experiments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.sweep.SweepRunner;
import org.feedgym.simulator.sweep.SweepSummary;

/** Runs a shipped config, optionally reduced in size, and returns its summary. */
public final class StudyRuns {

    /** The experiments folder (set by the pom; the module directory otherwise). */
    public static final Path EXPERIMENTS = Path.of(System.getProperty("feedgym.experiments", "."));

    private StudyRuns() {
    }

    /**
     * Loads {@code relative} under the experiments folder, applies {@code reduce} to its JSON tree,
     * runs it (a single experiment) into {@code out} and returns its {@code summary.json}.
     */
    public static Summary run(String relative, Consumer<ObjectNode> reduce, Path out) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = load(loader, relative, reduce);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC()).run(loaded, out, 2).summary();
    }

    /** As {@link #run}, for a config with a sweep: the sweep's {@code summary.json}. */
    public static SweepSummary sweep(String relative, Consumer<ObjectNode> reduce, Path out) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = load(loader, relative, reduce);
        return new SweepRunner(AgentRegistry.builtIn(), loader, Clock.systemUTC()).run(loaded, out, 2, n -> { })
                .summary();
    }

    /** The world of the config {@code relative} under the experiments folder, as a run builds it. */
    public static World world(String relative) throws Exception {
        LoadedConfig loaded = load(new ConfigLoader(AgentRegistry.builtIn()), relative, tree -> { });
        return WorldFactory.create(loaded.config().world(), loaded.config().seed(), null);
    }

    private static LoadedConfig load(ConfigLoader loader, String relative, Consumer<ObjectNode> reduce)
            throws Exception {
        Path file = EXPERIMENTS.resolve(relative);
        ObjectNode tree = (ObjectNode) loader.mapper().readTree(Files.readString(file));
        reduce.accept(tree);
        return loader.parse(file + " (reduced for CI)", loader.mapper().writeValueAsString(tree));
    }

    /** The agent called {@code id} of a summary's agents. */
    public static Summary.AgentSummary agent(List<Summary.AgentSummary> agents, String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no agent " + id + " in " + agents.stream()
                        .map(Summary.AgentSummary::id).toList()));
    }
}
