package org.feedgym.simulator.sensitivity;

import java.nio.file.Path;
import java.time.Clock;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.sweep.LocalTrialExecutor;
import org.feedgym.simulator.sweep.SweepRunner;

/** A small sensitivity config and a finished analysis of it, for the tests of other packages. */
public final class SensitivityFixture {

    private SensitivityFixture() {
    }

    /** Three parameters (a double, an integer, a log-scaled integer), Morris with 2 trajectories: 8 points. */
    public static final String CONFIG = config("""
            [{"path": "world.reward.harmPenalty", "low": 0, "high": 1},
             {"path": "world.candidates.k", "low": 3, "high": 12},
             {"path": "world.catalog.items", "low": 100, "high": 400, "scale": "log"}]""",
            "{\"type\": \"morris\", \"trajectories\": 2, \"levels\": 4}",
            "[\"greedy-engagement return\", \"oracle - random return\","
                    + " \"greedy-engagement vulnerable/control harmfulShareItems\"]",
            "[\"oracle return > random return\", \"greedy-engagement harmfulShareItems >= 0\"]");

    /** {@link TestConfigs#SMALL} (30 users, 1 replicate) with the given sensitivity section. */
    public static String config(String parameters, String method, String metrics, String conclusions) {
        return TestConfigs.SMALL.replace("\"agents\": [", "\"sensitivity\": {\"parameters\": " + parameters
                + ", \"method\": " + method + ", \"metrics\": " + metrics + ", \"conclusions\": " + conclusions
                + "},\n  \"agents\": [").replace("\"users\": 80, \"replicates\": 2", "\"users\": 30, \"replicates\": 1");
    }

    /** Runs {@code json}'s analysis into {@code out} on {@code threads} threads. */
    public static SensitivityRunner.Outcome run(String json, Path out, int threads) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        SweepRunner sweeps = new SweepRunner(AgentRegistry.builtIn(), loader, Clock.systemUTC());
        try (LocalTrialExecutor executor = new LocalTrialExecutor(AgentRegistry.builtIn(), loader.mapper(),
                Clock.systemUTC(), threads)) {
            return new SensitivityRunner(sweeps, loader).run(loader.parse("s.json", json), out, executor, n -> { });
        }
    }
}
