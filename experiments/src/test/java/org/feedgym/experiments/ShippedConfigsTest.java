package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigKind;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.study.StudyRegistry;
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
    private Summary quickstart;

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
                    .filter(p -> !p.startsWith(EXPERIMENTS.resolve("golden"))).sorted().toList();
        }
        assertFalse(configs.isEmpty(), "no configs found under " + EXPERIMENTS.toAbsolutePath());
        // Offline evaluation configs and study reproductions have their own shape and loader.
        OfflineConfigLoader offline = new OfflineConfigLoader(AgentRegistry.builtIn());
        return configs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> assertDoesNotThrow(
                () -> switch (ConfigKind.of(p)) {
                    case OFFLINE -> offline.load(p);
                    case STUDY -> StudyRegistry.builtIn().load(p);
                    case EXPERIMENT -> loader.load(p);
                })));
    }

    private Estimate metric(String agent, Metric metric) {
        return StudyRuns.agent(quickstart.agents(), agent).metric(metric).orElseThrow();
    }

    private Estimate harmfulShare(String agent, String persona) {
        return StudyRuns.agent(quickstart.agents(), agent).persona(persona)
                .flatMap(p -> p.metric(MetricRegistry.HARMFUL_SHARE_ITEMS)).orElseThrow();
    }

    @Test
    void quickstartEngagementMaximiserBeatsRandomOnEngagement() {
        for (Metric m : List.of(MetricRegistry.WATCH_MINUTES, MetricRegistry.LIKE_RATE)) {
            assertTrue(metric("greedy-engagement", m).ci95Low() > metric("random", m).ci95High(), m.key());
        }
    }

    @Test
    void quickstartOracleEarnsTheHighestReturn() {
        // The oracle maximises the expected immediate reward, harm penalty included.
        for (String other : new String[] {"random", "popularity", "greedy-engagement"}) {
            assertTrue(metric("oracle", MetricRegistry.RETURN).ci95Low() > metric(other, MetricRegistry.RETURN).ci95High(),
                    other);
        }
    }

    @Test
    void quickstartEngagementMaximiserExposesVulnerableTeensMoreThanAdults() {
        double vulnerableLow = harmfulShare("greedy-engagement", "teen-vulnerable").ci95Low();
        double adultHigh = harmfulShare("greedy-engagement", "adult").ci95High();
        assertTrue(vulnerableLow > 2 * adultHigh, vulnerableLow + " vs " + adultHigh);
    }

    @Test
    void quickstartHarmPenaltyLowersHarmfulExposureForTheOracle() {
        // quickstart sets harmPenalty 1.0: the oracle pays it, the engagement maximiser ignores it.
        assertTrue(metric("oracle", MetricRegistry.HARMFUL_SHARE_ITEMS).ci95High()
                < metric("greedy-engagement", MetricRegistry.HARMFUL_SHARE_ITEMS).ci95Low());
    }

    @Test
    void quickstartNonPersonalisedRankersExposePersonasAlike() {
        // Random shows every persona the same catalog mix: vulnerable/adult ratio near 1.
        double ratio = harmfulShare("random", "teen-vulnerable").mean() / harmfulShare("random", "adult").mean();
        assertTrue(ratio > 0.6 && ratio < 1.6, "ratio " + ratio);
    }
}
