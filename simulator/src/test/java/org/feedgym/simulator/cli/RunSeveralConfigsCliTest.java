package org.feedgym.simulator.cli;

import static org.feedgym.simulator.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.simulator.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedgym run A.json B.json --out DIR}: every config checked first, then each run into DIR/<name>/. */
class RunSeveralConfigsCliTest {

    private static Path write(Path dir, String file, String name, String agents) throws Exception {
        Path config = dir.resolve(file);
        Files.writeString(config, "{\"name\": \"" + name + "\", \"seed\": 7, \"world\": {\"catalog\": {\"items\": 200,"
                + " \"topics\": 4, \"harmfulTopics\": 1, \"dimensions\": 8}, \"candidates\": {\"k\": 5, \"popularPool\": 30},"
                + " \"episode\": {\"maxSteps\": 20}}, \"evaluation\": {\"users\": 10, \"replicates\": 1},"
                + " \"agents\": " + agents + "}");
        return config;
    }

    @Test
    void eachConfigRunsIntoItsOwnDirectory(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", "first", "[{\"type\": \"random\"}]");
        Path b = write(dir, "b.json", "second", "[{\"type\": \"popularity\"}]");
        Path out = dir.resolve("out");
        Outcome o = cli("run", a.toString(), b.toString(), "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        for (String name : new String[] {"first", "second"}) {
            assertTrue(Files.exists(out.resolve(name).resolve("summary.json")), name);
            assertTrue(Files.exists(out.resolve(name).resolve("report.html")), name);
        }
    }

    @Test
    void aBadConfigAnywhereStopsEveryRunBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", "first", "[{\"type\": \"random\"}]");
        Path b = write(dir, "b.json", "second", "[{\"type\": \"no-such-agent\"}]");
        Path out = dir.resolve("out");
        Outcome o = cli("run", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("error: " + b + ": $.agents[0].type: unknown agent type 'no-such-agent'"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void twoConfigsOfOneNameAreRefused(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", "same", "[{\"type\": \"random\"}]");
        Path b = write(dir, "b.json", "same", "[{\"type\": \"random\"}]");
        Path out = dir.resolve("out");
        Outcome o = cli("run", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(b + ": $.name: 'same' is the name of an earlier config"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
