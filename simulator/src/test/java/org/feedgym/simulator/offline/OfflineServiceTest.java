package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.embed.EmbeddingCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline runs on a small simulated log: every recommender type, the files, reproducibility. */
class OfflineServiceTest {

    static final String SIMULATED = """
            {
              "name": "sim",
              "seed": 5,
              "source": {"type": "simulated", "users": 60, "signal": "watch",
                         "world": {"catalog": {"items": 200, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                                   "episode": {"maxSteps": 40}}},
              "k": 5,
              "recommenders": [{"type": "random"}, {"type": "popularity"}, {"type": "content"},
                               {"type": "user-profile"}, {"type": "covisitation"}, {"type": "item-knn"},
                               {"type": "user-knn"}, {"type": "mf", "epochs": 5},
                               {"type": "two-tower", "epochs": 2, "batchSize": 64}]
            }
            """;

    private final OfflineConfigLoader loader = new OfflineConfigLoader(AgentRegistry.builtIn());

    private OfflineService service(Path cache) {
        return new OfflineService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(),
                new CatalogOptions(new EmbeddingCache(cache), line -> { }));
    }

    @Test
    void everyOfflineTypeIsEvaluatedAndTheFilesAreWritten(@TempDir Path dir) throws Exception {
        OfflineService.Result r = service(dir.resolve("cache")).run(loader.parse("sim.json", SIMULATED), dir.resolve("out"));
        for (String f : new String[] {"config.resolved.json", "manifest.json", "offline.json", "offline.csv"}) {
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(f)), f);
        }
        JsonNode recs = r.report().get("recommenders");
        assertEquals(9, recs.size());
        for (JsonNode rec : recs) {
            JsonNode test = rec.get("test");
            assertTrue(test.at("/ndcgAtK/n").asInt() > 20, rec.toString());
            assertEquals(test.get("rankedUsers").asInt(), test.at("/precisionAtK/n").asInt());
            boolean predicts = rec.get("predictsSignal").asBoolean();
            assertEquals(predicts, !test.get("rmse").isNull(), rec.get("name").asText());
        }
        // 1 header + 9 recommenders × 2 parts + 2 train-mean rows.
        assertEquals(21, Files.readAllLines(dir.resolve("out/offline.csv")).size());
    }

    @Test
    void theResolvedConfigReproducesTheSameBytes(@TempDir Path dir) throws Exception {
        service(dir.resolve("cache")).run(loader.parse("sim.json", SIMULATED), dir.resolve("a"));
        LoadedOffline again = loader.load(dir.resolve("a/config.resolved.json"));
        service(dir.resolve("cache")).run(again, dir.resolve("b"));
        for (String f : new String[] {"offline.json", "offline.csv", "config.resolved.json"}) {
            assertEquals(Files.readString(dir.resolve("a").resolve(f)), Files.readString(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void missingDataFailsNamingTheSourceAndLeavesNothing(@TempDir Path dir) throws Exception {
        LoadedOffline l = loader.parse("m.json", "{\"name\": \"m\", \"source\": {\"type\": \"movielens\", \"path\": \""
                + dir.resolve("nowhere").toString().replace("\\", "\\\\") + "\"}, \"recommenders\": [{\"type\": \"random\"}]}");
        OfflineService.InputException e = assertThrows(OfflineService.InputException.class,
                () -> service(dir.resolve("cache")).run(l, dir.resolve("out")));
        assertTrue(e.getMessage().startsWith("m.json: $.source: "), e.getMessage());
        assertTrue(e.getMessage().contains("movies.csv"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
