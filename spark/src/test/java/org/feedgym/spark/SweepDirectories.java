package org.feedgym.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Test helpers: a small sweep, and a file-by-file comparison of two sweep directories. */
final class SweepDirectories {

    private SweepDirectories() {
    }

    /** Six trials (3 harm penalties × 2 seeds) of a small world; each runs in a fraction of a second. */
    static final String SWEEP = """
            {
              "name": "small-sweep",
              "seed": 7,
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "candidates": {"k": 6, "popularPool": 40},
                "reward": {"harmPenalty": 0.5},
                "episode": {"maxSteps": 60}
              },
              "evaluation": {"users": 40, "replicates": 1},
              "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 0.5, 2.0], "seed": [1, 2]}},
              "agents": [{"type": "random"}, {"type": "popularity"}, {"type": "greedy-engagement"}, {"type": "oracle"}]
            }
            """;

    static final List<String> TRIALS = List.of("trial-000", "trial-001", "trial-002", "trial-003", "trial-004",
            "trial-005");

    /** Relative paths of every file under {@code dir} (hidden staging directories included), sorted. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /**
     * Asserts that two sweep directories hold the same files with the same bytes. Two kinds of file
     * differ by design and are compared without their run-specific fields: {@code manifest.json}
     * (start and end time; the sweep's own also names the engine and its parallelism) and
     * {@code report.html} (which prints those manifest fields), compared with the times blanked.
     */
    static void assertSameSweep(Path expected, Path actual, ObjectMapper mapper) throws IOException {
        List<String> names = files(expected);
        assertEquals(names, files(actual), "the same files");
        for (String name : names) {
            Path a = expected.resolve(name);
            Path b = actual.resolve(name);
            if (name.endsWith("manifest.json")) {
                assertEquals(withoutRunFields(mapper, a), withoutRunFields(mapper, b), name);
            } else if (!name.endsWith("report.html")) {
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), name + " is byte-identical");
            }
        }
    }

    private static ObjectNode withoutRunFields(ObjectMapper mapper, Path manifest) throws IOException {
        ObjectNode m = (ObjectNode) mapper.readTree(manifest.toFile());
        m.remove(Set.of("startTime", "endTime", "engine", "threads"));
        return m;
    }
}
