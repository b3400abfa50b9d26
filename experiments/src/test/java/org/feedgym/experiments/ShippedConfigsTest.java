package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.study.Studies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedConfigsTest {

    private static final Path EXPERIMENTS = Path.of(System.getProperty("feedgym.experiments", "."));
    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
    private JsonNode quickstart;

    @BeforeAll
    void runQuickstart(@TempDir Path dir) throws Exception {
        LoadedConfig loaded = loader.load(EXPERIMENTS.resolve("quickstart.json"));
        quickstart = new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC())
                .run(loaded, dir.resolve("quickstart"), 2).summary();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedConfigValidates() throws IOException {
        List<Path> configs;
        try (Stream<Path> walk = Files.walk(EXPERIMENTS)) {
            // golden/ holds recorded outputs (summary.json), not configs.
            configs = walk.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.toString().contains("target"))
                    .filter(p -> !EXPERIMENTS.relativize(p).startsWith("golden")).sorted().toList();
        }
        assertFalse(configs.isEmpty(), "no configs found under " + EXPERIMENTS.toAbsolutePath());
        // Offline evaluation configs (offline-*.json) and study reproductions (a "study" key) have
        // their own shape and loader; every other config is an experiment.
        OfflineConfigLoader offline = new OfflineConfigLoader(AgentRegistry.builtIn());
        return configs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> assertDoesNotThrow(
                () -> p.getFileName().toString().startsWith("offline-") ? offline.load(p)
                        : Studies.isStudy(p) ? Studies.load(p) : loader.load(p))));
    }

    private double metric(String agent, String pointer) {
        for (JsonNode a : quickstart.get("agents")) {
            if (a.get("id").asText().equals(agent)) {
                return a.at(pointer).asDouble();
            }
        }
        throw new AssertionError("no agent " + agent);
    }

    @Test
    void quickstartEngagementMaximiserBeatsRandomOnEngagement() {
        for (String m : new String[] {"watchMinutes", "likeRate"}) {
            assertTrue(metric("greedy-engagement", "/metrics/" + m + "/ci95Low")
                    > metric("random", "/metrics/" + m + "/ci95High"), m);
        }
    }

    @Test
    void quickstartOracleEarnsTheHighestReturn() {
        // The oracle maximises the expected immediate reward, harm penalty included.
        for (String other : new String[] {"random", "popularity", "greedy-engagement"}) {
            assertTrue(metric("oracle", "/metrics/return/ci95Low") > metric(other, "/metrics/return/ci95High"), other);
        }
    }

    @Test
    void quickstartEngagementMaximiserExposesVulnerableTeensMoreThanAdults() {
        String p = "/byPersona/%s/harmfulShareItems/%s";
        double vulnerableLow = metric("greedy-engagement", p.formatted("teen-vulnerable", "ci95Low"));
        double adultHigh = metric("greedy-engagement", p.formatted("adult", "ci95High"));
        assertTrue(vulnerableLow > 2 * adultHigh, vulnerableLow + " vs " + adultHigh);
    }

    @Test
    void quickstartHarmPenaltyLowersHarmfulExposureForTheOracle() {
        // quickstart sets harmPenalty 1.0: the oracle pays it, the engagement maximiser ignores it.
        assertTrue(metric("oracle", "/metrics/harmfulShareItems/ci95High")
                < metric("greedy-engagement", "/metrics/harmfulShareItems/ci95Low"));
    }

    @Test
    void quickstartNonPersonalisedRankersExposePersonasAlike() {
        // Random shows every persona the same catalog mix: vulnerable/adult ratio near 1.
        String p = "/byPersona/%s/harmfulShareItems/mean";
        double ratio = metric("random", p.formatted("teen-vulnerable")) / metric("random", p.formatted("adult"));
        assertTrue(ratio > 0.6 && ratio < 1.6, "ratio " + ratio);
    }
}
