package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineCommandTest {

    private static final String CONFIG = """
            {"name": "sim", "seed": 5, "k": 5,
             "source": {"type": "simulated", "users": 40,
                        "world": {"catalog": {"items": 150, "topics": 5, "harmfulTopics": 1, "dimensions": 8},
                                  "episode": {"maxSteps": 30}}},
             "recommenders": [{"type": "random"}, {"type": "popularity"}, {"type": "mf", "epochs": 3}]}
            """;

    @Test
    void offlinePrintsTheTableAndWritesTheDirectory(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("off.json");
        Files.writeString(config, CONFIG);
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("offline", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("NDCG@5"), o.out());
        assertTrue(o.out().contains("(train mean)"), o.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/offline.json")));
    }

    @Test
    void aBadOfflineConfigExitsWithTwoAndOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, CONFIG.replace("{\"type\": \"popularity\"}", "{\"type\": \"greedy-engagement\"}"));
        Path out = dir.resolve("out");
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("offline", config.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $.recommenders[1].type: agent type 'greedy-engagement' cannot rank items"
                + " offline (it reads hidden user state or learns only online); types that can: [random, popularity,"
                + " content, user-profile, covisitation, item-knn, user-knn, mf, two-tower]", o.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void validateRecognisesAnOfflineConfig(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("off.json");
        Files.writeString(config, CONFIG);
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("validate", config.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(config + ": valid (offline config 'sim', 3 recommenders on a simulated log; run it with"
                + " 'feedgym offline')", o.out().strip());
    }

    @Test
    void validateReportsABadOfflineConfigWithTheOfflineLoadersRule(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, CONFIG.replace("{\"type\": \"popularity\"}", "{\"type\": \"greedy-engagement\"}"));
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("validate", config.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error: " + config + ": $.recommenders[1].type: agent type 'greedy-engagement'"
                + " cannot rank items offline"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }

    @Test
    void runSendsAnOfflineConfigToTheOfflineCommand(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("off.json");
        Files.writeString(config, CONFIG);
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("run", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $: this is an offline config: run it with 'feedgym offline " + config + "'",
                o.err().strip());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void reproduceRerunsAnOfflineDirectoryAndNamesATamperedFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("off.json");
        Files.writeString(config, CONFIG);
        Path out = dir.resolve("out");
        assertEquals(0, FeedGymCliTest.cli("offline", config.toString(), "--out", out.toString()).code());

        FeedGymCliTest.Outcome same = FeedGymCliTest.cli("reproduce", out.toString(), "--out", dir.resolve("again").toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("Reproduced: "), same.out());
        assertFalse(same.out().contains("NDCG@5"), same.out());
        assertTrue(Files.isRegularFile(dir.resolve("again/offline.csv")));
        // --threads is accepted (as for every other run directory) and said not to apply.
        FeedGymCliTest.Outcome threads = FeedGymCliTest.cli("reproduce", out.toString(), "--out",
                dir.resolve("threads").toString(), "--threads", "2");
        assertEquals(0, threads.code(), threads.err());
        assertTrue(threads.err().contains("note: --threads does not apply to an offline evaluation (it runs on one"
                + " thread)"), threads.err());

        Path csv = out.resolve("offline.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(1, lines.get(1) + "0");
        Files.write(csv, lines);
        FeedGymCliTest.Outcome tampered = FeedGymCliTest.cli("reproduce", out.toString(), "--out",
                dir.resolve("third").toString());
        assertEquals(1, tampered.code());
        assertTrue(tampered.err().contains("NOT REPRODUCED: offline.csv: first difference at line 2"), tampered.err());
    }
}
