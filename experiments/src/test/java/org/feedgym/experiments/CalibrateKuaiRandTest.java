package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.env.data.DataPaths;
import org.feedgym.simulator.cli.CliRun;
import org.feedgym.simulator.config.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped calibration runs end to end through the CLI on the KuaiRand subset with a small
 * budget (8 evaluations in each stage, 16 free-running users over 3 days instead of 2000 and 300,
 * 128 and 11) and writes a calibrated config that validates; the free-running stage's parameters
 * are among the fitted ones. Skipped, with the reason, where the data is absent.
 */
class CalibrateKuaiRandTest {

    private static final Path EXPERIMENTS = Path.of(System.getProperty("feedgym.experiments", "."));

    @Test
    void theShippedCalibrationRunsWithASmallBudget(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DataPaths.root().isPresent(),
                "shared/data not found (set -Dfeedgym.data or FEEDGYM_DATA): calibration skipped");
        var mapper = Json.strictMapper();
        ObjectNode config = (ObjectNode) mapper.readTree(EXPERIMENTS.resolve("calibrate-kuairand.json").toFile());
        ObjectNode calibration = (ObjectNode) config.get("world").get("calibration");
        ((ObjectNode) calibration.get("optimiser")).put("evaluations", 8);
        ObjectNode free = ((ObjectNode) calibration.get("freeRunning")).put("users", 16).put("days", 3);
        ((ObjectNode) free.get("optimiser")).put("evaluations", 8);
        Path small = dir.resolve("calibrate-small.json");
        Files.writeString(small, mapper.writeValueAsString(config));
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("calibrate", small.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        String fidelity = Files.readString(out.resolve("fidelity.json"));
        assertTrue(fidelity.contains("\"like-vs-hate\""), fidelity);
        assertTrue(fidelity.contains("\"name\" : \"watch-ratio\""), fidelity);
        assertTrue(fidelity.contains("\"parameter\" : \"$.world.userModel.returns.intercept\""), fidelity);
        assertEquals(0, CliRun.cli("validate", out.resolve("calibrated-world.json").toString()).code());
    }
}
