package org.feedgym.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.sweep.SweepRunner;

/** Runs a shipped config, optionally reduced in size, and returns its summary. */
public final class StudyRuns {

    /** The experiments folder (set by the pom; the module directory otherwise). */
    public static final Path EXPERIMENTS = Path.of(System.getProperty("feedgym.experiments", "."));

    private StudyRuns() {
    }

    /**
     * Loads {@code relative} under the experiments folder, applies {@code reduce} to its JSON tree,
     * runs it (a sweep or a single experiment) into {@code out} and returns {@code summary.json}.
     */
    public static JsonNode run(String relative, Consumer<ObjectNode> reduce, Path out) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        Path file = EXPERIMENTS.resolve(relative);
        ObjectNode tree = (ObjectNode) loader.mapper().readTree(Files.readString(file));
        reduce.accept(tree);
        LoadedConfig loaded = loader.parse(file + " (reduced for CI)", loader.mapper().writeValueAsString(tree));
        if (loaded.config().sweep() != null) {
            return loader.mapper().valueToTree(new SweepRunner(AgentRegistry.builtIn(), loader, Clock.systemUTC())
                    .run(loaded, out, 2, n -> { }).summary());
        }
        return loader.mapper().valueToTree(new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC())
                .run(loaded, out, 2).summary());
    }
}
