package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Rollout;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.OppositeFeedback;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.StepOutcomesFixture;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.BepConfig;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bubble Escape Potential: the distances by hand, and the known answers of the method. */
class BubbleEscapePotentialTest {

    /** The quickstart world, with fewer users and a shorter episode to keep the test quick. */
    private static final String QUICKSTART = """
            {
              "name": "bep",
              "seed": 42,
              "world": {
                "catalog": {"type": "synthetic", "items": 2000, "topics": 12, "harmfulTopics": 4, "dimensions": 16},
                "users": {"personas": {"adult": 0.5, "teen": 0.3, "teen-vulnerable": 0.2}},
                "candidates": {"k": 10},
                "reward": {"harmPenalty": 0.2},
                "episode": {"maxSteps": 60, "days": 0}
              },
              "evaluation": {"users": 200, "replicates": 1},
              "metrics": {"bep": {"startStep": 10, "steps": 30}},
              "agents": [{"type": "random"}, {"type": "greedy-engagement"}, {"type": "mf"}]
            }
            """;

    private static RunService.Result run(Path out, int threads) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = loader.parse("bep.json", QUICKSTART);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), clock).run(loaded, out, threads);
    }

    @Test
    void theMeasureIsByteIdenticalWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        run(dir.resolve("one"), 1);
        run(dir.resolve("three"), 3);
        for (String file : new String[] {"summary.json", "episodes.csv"}) {
            assertEquals(Files.readString(dir.resolve("one").resolve(file)),
                    Files.readString(dir.resolve("three").resolve(file)), file);
        }
    }

    @Test
    void totalVariationAndJensenShannonOfDisjointFeedsAreOneAndOfEqualFeedsZero() {
        int[] disjoint = {2, 0, 0, 2};
        assertEquals(1.0, BubbleEscapePotential.totalVariation(disjoint, 2, 2), 1e-12);
        assertEquals(1.0, BubbleEscapePotential.jensenShannonBits(disjoint, 2, 2), 1e-12);
        int[] same = {1, 3, 1, 3};
        assertEquals(0.0, BubbleEscapePotential.totalVariation(same, 2, 4));
        assertEquals(0.0, BubbleEscapePotential.jensenShannonBits(same, 2, 4));
        // p = (3/4, 1/4), q = (1/4, 3/4): TV = |3/4 − 1/4| = 1/2.
        assertEquals(0.5, BubbleEscapePotential.totalVariation(new int[] {3, 1, 1, 3}, 2, 4), 1e-12);
    }

    @Test
    void byHandTheTwinLeavingItsTopicScoresTheShareItGaveUp() {
        // EpisodeRecorderTest's catalog: items 0 and 3 comedy (topic 0), 1 and 2 body-image (1).
        // The original is shown body-image, body-image, comedy; the twin comedy three times.
        OppositeFeedback window = new OppositeFeedback(0, 3);
        BepWindowRecorder original = new BepWindowRecorder(EpisodeRecorderTest.catalog(), 1, window);
        BepWindowRecorder twin = new BepWindowRecorder(EpisodeRecorderTest.catalog(), 1, window);
        int[][] shown = {{1, 2, 0}, {0, 3, 0}};
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 2; p++) {
                StepOutcomes o = StepOutcomesFixture.create(1);
                StepOutcomesFixture.show(o, 0, shown[p][t], 60.0 * t, 0.5, 30, false, 0);
                (p == 0 ? original : twin).onStep(o);
            }
        }
        double[] v = BubbleEscapePotential.measure(original, twin, 0, 2, 1, new BepConfig(0, null, 3, null));
        // p = (1/3, 2/3), q = (1, 0): TV = 2/3; H(q) − H(p) = 0 − 0.918 bits; share drop 2/3 − 0.
        assertEquals(2.0 / 3, v[0], 1e-12);
        double hp = -(1.0 / 3) * Math.log(1.0 / 3) / Math.log(2) - (2.0 / 3) * Math.log(2.0 / 3) / Math.log(2);
        assertEquals(-hp, v[1], 1e-12);
        assertEquals(2.0 / 3, v[2], 1e-12);
        assertTrue(Double.isNaN(BubbleEscapePotential.measure(original, twin, 0, 2, -1,
                new BepConfig(0, null, 3, null))[2]), "no avoided topic: not measured");
    }

    @Test
    void aBadDistanceIsRejectedAtItsJsonPath() {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        String m = assertThrows(ConfigException.class, () -> loader.parse("bep.json",
                QUICKSTART.replace("\"steps\": 30", "\"steps\": 30, \"distance\": \"cosine\""))).getMessage();
        assertTrue(m.contains("metrics.bep") && m.contains("distance must be one of"), m);
        assertEquals(new BepConfig(null, null, null, null), new BepConfig(20, 0.0, 30, "total-variation"),
                "the defaults");
        assertEquals(0, new BepConfig(null, 5.0, null, null).startStep(), "a start minute alone needs no step");
    }

    @Test
    void twinsWithIdenticalFeedbackGiveZeroExactly() throws Exception {
        // Two ordinary populations (no script) of the same users under two instances of a policy
        // that reads feedback: the "twins" behave as the originals, so every distance is 0.
        LoadedConfig loaded = new ConfigLoader(AgentRegistry.builtIn()).parse("bep.json", QUICKSTART);
        World world = WorldFactory.create(loaded.config().world(), 42, null);
        OppositeFeedback window = loaded.config().metrics().bep().script();
        long[] seeds = ExperimentRunner.userSeeds(42, 0, 100);
        BepWindowRecorder[] recorders = new BepWindowRecorder[2];
        for (int p = 0; p < 2; p++) {
            Agent agent = AgentRegistry.builtIn().create(loaded.agents().get(1), AgentContext.of(world, 9));
            recorders[p] = new BepWindowRecorder(world.catalog(), seeds.length, window);
            try (VectorEnvironment env = world.vectorEnvironment(null)) {
                Rollout.run(env, agent, seeds, recorders[p]::onStep);
            }
        }
        int measured = 0;
        for (int u = 0; u < seeds.length; u++) {
            double[] v = BubbleEscapePotential.measure(recorders[0], recorders[1], u, world.catalog().topicCount(),
                    u % world.catalog().topicCount(), loaded.config().metrics().bep());
            if (!Double.isNaN(v[0])) {
                measured++;
                assertEquals(0.0, v[0]);
                assertEquals(0.0, v[1]);
                assertEquals(0.0, v[2]);
            }
        }
        assertTrue(measured > 50, "users measured: " + measured);
    }

    @Test
    void randomGivesZeroExactlyAndPoliciesThatReadFeedbackAnEscapeClearOfZero(@TempDir Path dir)
            throws Exception {
        RunService.Result result = run(dir.resolve("run"), 1);
        // The run's episodes are gone with its episode log: episodes.csv holds them.
        String random = result.evaluations().get(0).name();
        long measured = 0;
        try (java.io.Reader in = Files.newBufferedReader(dir.resolve("run").resolve("episodes.csv"))) {
            for (org.apache.commons.csv.CSVRecord e : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .get().parse(in)) {
                if (e.get("agent").equals(random) && !e.get("bep_distance").isEmpty()) {
                    measured++;
                    assertEquals(0.0, Double.parseDouble(e.get("bep_distance")),
                            "random ignores feedback: user " + e.get("user"));
                    assertEquals(0.0, Double.parseDouble(e.get("bep_entropy_gain")));
                    assertEquals(0.0, Double.parseDouble(e.get("bep_share_drop")));
                }
            }
        }
        assertTrue(measured > 100, "random: users measured " + measured);
        for (String agent : new String[] {"greedy-engagement", "mf"}) {
            Estimate bep = result.summary().agent(agent).orElseThrow().metric(MetricRegistry.BEP_DISTANCE)
                    .orElseThrow();
            assertTrue(bep.ci95Low() > 0.02, agent + " BEP " + bep);
        }
        assertTrue(Files.readString(dir.resolve("run").resolve("episodes.csv")).lines().findFirst().orElseThrow()
                .endsWith("bep_distance,bep_entropy_gain,bep_share_drop"));
    }
}
