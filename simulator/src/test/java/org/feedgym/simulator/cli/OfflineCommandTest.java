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
}
