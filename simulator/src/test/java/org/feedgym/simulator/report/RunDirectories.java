package org.feedgym.simulator.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.sweep.SweepRunner;

/** Real run directories for report tests, written by the simulator itself from small configs. */
final class RunDirectories {

    /** An agent name that is markup: a report that does not escape it runs the script. */
    static final String HOSTILE = "<script>alert(1)</script>";
    /** An agent name that breaks out of a quoted attribute if not escaped. */
    static final String HOSTILE_ATTRIBUTE = "\"><img src=x onerror=alert(2)> & 'q'";

    /**
     * The small test world with the random agent renamed to {@link #HOSTILE} (the baseline, as
     * the first agent when none is named random) and popularity to {@link #HOSTILE_ATTRIBUTE}.
     */
    static final String HOSTILE_CONFIG = TestConfigs.SMALL
            .replace("{\"type\": \"random\"}", "{\"type\": \"random\", \"name\": \"<script>alert(1)</script>\"}")
            .replace("{\"type\": \"popularity\"}",
                    "{\"type\": \"popularity\", \"name\": \"\\\"><img src=x onerror=alert(2)> & 'q'\"}");

    /** A sweep of the small world over two harm penalties. */
    static final String SWEEP_CONFIG = TestConfigs.SMALL.replace("\"agents\": [", """
            "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 1.0]}},
            "agents": [""").replace("\"users\": 80, \"replicates\": 2", "\"users\": 40, \"replicates\": 1");

    private static final ConfigLoader LOADER = new ConfigLoader(AgentRegistry.builtIn());

    private RunDirectories() {
    }

    /** Runs {@code json} (no sweep) into {@code out}. */
    static Path single(String json, Path out) throws ConfigException, IOException {
        new RunService(AgentRegistry.builtIn(), LOADER.mapper(), Clock.systemUTC())
                .run(LOADER.parse("test.json", json), out, 1);
        return out;
    }

    /** Runs the sweep {@code json} into {@code out}. */
    static Path sweep(String json, Path out) throws ConfigException, IOException {
        new SweepRunner(AgentRegistry.builtIn(), LOADER, Clock.systemUTC())
                .run(LOADER.parse("sweep.json", json), out, 1, n -> { });
        return out;
    }
}
