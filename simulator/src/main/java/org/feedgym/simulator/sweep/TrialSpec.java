package org.feedgym.simulator.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.config.SweepTrial;
import org.feedgym.simulator.run.RunService;

/**
 * A trial as plain data, for engines that run it in another JVM: its id, the name its config goes
 * by in messages and the manifest, and its resolved config as JSON. Running it on a worker parses
 * the config again with the built-in agents (the resolved config reads back to the same config, a
 * tested property of {@code config.resolved.json}) and writes the trial into a scratch directory
 * that is read into a {@link TrialRecord} and deleted; the driver commits the record.
 *
 * @param id         the trial's id, e.g. {@code trial-004}
 * @param source     the config's name in messages and in the trial's manifest, e.g.
 *                   {@code experiments/sweep.json (trial-004)}
 * @param configJson the trial's resolved config (no sweep section)
 */
public record TrialSpec(String id, String source, String configJson) implements Serializable {

    public TrialSpec {
        if (id == null || !id.matches("[A-Za-z0-9_.-]+") || id.startsWith(".")) {
            throw new IllegalArgumentException("id must be a plain file name, got '" + id + "'");
        }
        if (source == null || configJson == null) {
            throw new IllegalArgumentException("source and configJson must not be null");
        }
    }

    /** The spec of a trial of an expanded sweep. */
    public static TrialSpec of(SweepTrial trial, ObjectMapper mapper) {
        try {
            return new TrialSpec(trial.id(), trial.config().source(), mapper.writeValueAsString(trial.config().resolved()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resolved config is always writable", e);
        }
    }

    /**
     * Runs the trial on one thread in a scratch directory under {@code java.io.tmpdir} and returns
     * its files; the scratch directory is deleted whatever happens.
     *
     * @throws ConfigException when the config is invalid here (an agent this JVM does not know)
     * @throws IOException     when the run fails to read its data or to write its files
     */
    public TrialRecord run() throws ConfigException, IOException {
        AgentRegistry registry = AgentRegistry.builtIn();
        ConfigLoader loader = new ConfigLoader(registry);
        LoadedConfig config = loader.parse(source, configJson);
        Path scratch = Files.createTempDirectory("feedgym-" + id + "-");
        try {
            Path dir = scratch.resolve(id);
            new RunService(registry, loader.mapper(), Clock.systemUTC()).run(config, dir, 1);
            return TrialRecord.read(id, dir);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("warning: could not remove scratch directory " + root + ": " + e.getMessage());
        }
    }
}
