package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed part-way resumes from its finished training runs and writes what a clean run writes. */
class ResumedRunTest {

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    /** Stands in for a kill: thrown from the progress callback once a given run starts stepping. */
    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private RunService.Result run(Path out, int threads, ExperimentRunner.Progress progress) throws Exception {
        LoadedConfig loaded = loader.parse("learners.json", TestConfigs.LEARNERS);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(), progress)
                .run(loaded, out, threads);
    }

    @Test
    void aKilledRunResumesWithoutRedoingFinishedRunsAndWritesTheSameFiles(@TempDir Path dir) throws Exception {
        run(dir.resolve("clean"), 1, ExperimentRunner.Progress.NONE);

        Path out = dir.resolve("killed");
        // random, item-knn and dqn, 4 training runs each, one after the other on one thread: the
        // kill comes when dqn's third run (trained, not yet kept) steps, after 10 runs were kept.
        ExperimentRunner.Progress killer = (agent, replicate, active, users) -> {
            if (agent.equals("dqn") && replicate == 2) {
                throw new Killed();
            }
        };
        assertThrows(Killed.class, () -> run(out, 1, killer));
        assertFalse(Files.exists(out), "nothing is committed by a killed run");
        Path kept = TrainingRunCheckpoints.directoryFor(out);
        assertTrue(Files.isRegularFile(kept.resolve("fingerprint.txt")));

        Set<String> stepped = ConcurrentHashMap.newKeySet();
        run(out, 2, (agent, replicate, active, users) -> stepped.add(agent + "#" + replicate));
        assertEquals(Set.of("dqn#2", "dqn#3"), stepped, "only the runs not kept are computed");
        assertFalse(Files.exists(kept), "the kept runs are removed once the run directory is committed");
        for (String f : new String[] {"summary.json", "episodes.csv", "timeseries.csv", "training.csv",
            "config.resolved.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("clean").resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " differs between a clean run and a resumed one");
        }
    }

    @Test
    void runsKeptForAnotherConfigAreRefusedNotMixedIn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");
        Path kept = TrainingRunCheckpoints.directoryFor(out);
        Files.createDirectories(kept);
        Files.writeString(kept.resolve("fingerprint.txt"), "another-config unknown\n");
        Exception e = assertThrows(java.io.IOException.class, () -> run(out, 1, ExperimentRunner.Progress.NONE));
        assertTrue(e.getMessage().contains(kept.toString()) && e.getMessage().contains("another config"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
