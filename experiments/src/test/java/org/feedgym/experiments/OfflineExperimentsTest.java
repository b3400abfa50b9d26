package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.data.DemoData;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.simulator.offline.LoadedOffline;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.offline.OfflineService;
import org.feedgym.simulator.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped offline configs run end to end: on the real data in {@code shared/data} with 150
 * users (skipped, with the reason, where the data is absent; failed under {@code CI=true}), and
 * the MovieLens one always on a seeded demo dataset in MovieLens layout.
 */
class OfflineExperimentsTest {

    private static JsonNode run(String config, Consumer<ObjectNode> reduce, Path out) throws Exception {
        OfflineConfigLoader loader = new OfflineConfigLoader(AgentRegistry.builtIn());
        Path file = StudyRuns.EXPERIMENTS.resolve(config);
        ObjectNode tree = (ObjectNode) loader.mapper().readTree(Files.readString(file));
        reduce.accept(tree);
        LoadedOffline loaded = loader.parse(file + " (reduced for CI)", loader.mapper().writeValueAsString(tree));
        CatalogOptions options = new CatalogOptions(EmbeddingCache.defaultLocation(), line -> { });
        return new OfflineService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(), options)
                .run(loaded, out).report();
    }

    private static JsonNode recommender(JsonNode report, String name) {
        for (JsonNode r : report.get("recommenders")) {
            if (r.get("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no recommender " + name + " in " + report);
    }

    private static void everyRecommenderWasRanked(JsonNode report, int recommenders) {
        assertEquals(recommenders, report.get("recommenders").size());
        for (JsonNode r : report.get("recommenders")) {
            assertTrue(r.at("/test/ndcgAtK/n").asInt() > 50, r.toString());
            assertTrue(r.at("/test/ndcgAtK/mean").isNumber(), r.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"offline-movielens.json", "offline-kuairand.json"})
    void theShippedOfflineConfigRunsOnReducedRealDataAndRecordsItsInputs(String config, @TempDir Path dir)
            throws Exception {
        StudyData.require("the real-data offline evaluation of " + config);
        JsonNode report = run(config, t -> t.with("source").put("maxUsers", 150), dir.resolve("out"));
        assertEquals(150, report.at("/log/users").asInt());
        everyRecommenderWasRanked(report, config.contains("movielens") ? 9 : 7);
        Manifest manifest = Manifest.read(dir.resolve("out/manifest.json"));
        assertTrue(manifest.inputFiles().size() >= 1, manifest.toString());
        for (Manifest.Input f : manifest.inputFiles()) {
            assertEquals(64, f.sha256().length());
        }
        if (config.contains("movielens")) {
            // Even on 150 users the most-rated films are far better guesses than random ones.
            assertTrue(recommender(report, "popularity").at("/test/ndcgAtK/ci95Low").asDouble()
                    > recommender(report, "random").at("/test/ndcgAtK/ci95High").asDouble(), report.toString());
        }
    }

    @Test
    void theMovieLensConfigRunsOnDemoDataWhereContentAndCovisitationBeatRandom(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        DemoData.write(data, DemoData.Settings.defaults(), 11);
        JsonNode report = run("offline-movielens.json", t -> {
            t.with("source").put("path", data.toString());
            t.with("source").put("dimensions", 8);
        }, dir.resolve("out"));
        assertEquals(200, report.at("/log/users").asInt());
        everyRecommenderWasRanked(report, 9);
        // Demo users rate their preferred category 1.5 stars higher, and titles carry category words.
        double randomHigh = recommender(report, "random").at("/test/ndcgAtK/ci95High").asDouble();
        for (String better : new String[] {"content", "covisitation"}) {
            assertTrue(recommender(report, better).at("/test/ndcgAtK/ci95Low").asDouble() > randomHigh,
                    better + ": " + report);
        }
    }
}
