package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's manifest says how its neighbour table was built, and measures an approximate one. */
class NeighbourTableManifestCliTest {

    @Test
    void anExactTableIsNamedAndAnApproximateOneCarriesItsMeasuredRecall(@TempDir Path dir) throws Exception {
        Manifest.NeighbourTableFacts exact = run(dir, "exact", TestConfigs.SMALL);
        assertEquals("exact", exact.kind());
        assertEquals(300, exact.items());
        assertNull(exact.recallAt20());
        assertNull(exact.cells());

        // 2,000 items above a threshold of 1,000: the inverted-file index (4 cells).
        String approximate = TestConfigs.SMALL
                .replace("\"items\": 300", "\"items\": 2000")
                .replace("\"popularPool\": 40", "\"popularPool\": 40, \"exactNeighboursUpTo\": 1000");
        Manifest.NeighbourTableFacts ivf = run(dir, "ivf", approximate);
        assertEquals("inverted-file (approximate)", ivf.kind());
        assertEquals(2000, ivf.items());
        assertEquals(4, ivf.cells());
        assertTrue(ivf.probedCells() >= 1 && ivf.probedCells() <= 4, ivf.toString());
        assertEquals(200, ivf.recallSample());
        assertTrue(ivf.recallAt20() > 0.5 && ivf.recallAt20() <= 1.0, ivf.toString());
        // The same run again measures the same recall (the sample is drawn from the config's seed).
        assertEquals(ivf, run(dir, "ivf-again", approximate));
    }

    private static Manifest.NeighbourTableFacts run(Path dir, String name, String config) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, config.replace("\"replicates\": 2", "\"replicates\": 1"));
        Path out = dir.resolve(name);
        CliRun.Outcome o = CliRun.cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        String text = Files.readString(out.resolve("manifest.json"));
        assertFalse(text.contains("\"neighbourTable\" : null"), text);
        return Manifest.read(out.resolve("manifest.json")).neighbourTable();
    }
}
