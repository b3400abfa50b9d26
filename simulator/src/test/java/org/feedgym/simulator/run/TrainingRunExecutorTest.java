package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine seam of a single run without Spark: an executor that computes each
 * {@link TrainingRunSpec} from its JSON alone (as a remote task does) gives the local run's files,
 * and is handed only the runs not kept.
 */
class TrainingRunExecutorTest {

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    /** Computes every run in turn from its spec, recording which; fails the runs named in {@code failing}. */
    private static final class InTurn implements TrainingRunExecutor {
        final List<String> computed = new ArrayList<>();
        private final List<String> failing;

        InTurn(List<String> failing) {
            this.failing = failing;
        }

        @Override
        public String description() {
            return "in turn";
        }

        @Override
        public void execute(List<TrainingRunSpec> runs, Sink sink) throws IOException {
            for (TrainingRunSpec spec : runs) {
                String id = spec.agentName() + "#" + spec.replicate();
                computed.add(id);
                if (failing.contains(id)) {
                    continue;
                }
                try {
                    sink.finished(spec, spec.compute());
                } catch (org.feedgym.simulator.config.ConfigException e) {
                    throw new IOException(e);
                }
            }
            if (runs.stream().anyMatch(s -> failing.contains(s.agentName() + "#" + s.replicate()))) {
                throw new RunsFailed("injected");
            }
        }

        @Override
        public void close() {
        }
    }

    private RunService.Result run(Path out, TrainingRunExecutor engine) throws Exception {
        LoadedConfig loaded = loader.parse("learners.json", TestConfigs.LEARNERS);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC()).run(loaded, out, 2, false,
                engine);
    }

    @Test
    void runsComputedFromTheirSpecsGiveTheLocalFilesAndAResumeHandsOverOnlyTheRest(@TempDir Path dir)
            throws Exception {
        run(dir.resolve("local"), null);
        Path out = dir.resolve("engine");
        InTurn first = new InTurn(List.of("item-knn#3", "dqn#1"));
        assertThrows(TrainingRunExecutor.RunsFailed.class, () -> run(out, first));
        assertEquals(12, first.computed.size());

        InTurn second = new InTurn(List.of());
        run(out, second);
        assertEquals(List.of("item-knn#3", "dqn#1"), second.computed, "only the runs not kept are handed over");
        for (String f : new String[] {"summary.json", "episodes.csv", "training.csv", "timeseries.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " differs from the local run's");
        }
    }
}
