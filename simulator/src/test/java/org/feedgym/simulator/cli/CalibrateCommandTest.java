package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.simulator.calibration.CalibrationFixture;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedgym calibrate}: outputs, determinism, and bad input exiting 2 with nothing written. */
class CalibrateCommandTest {

    private static final String FIT = """
            "structure": {"response": {"type": "lognormal-watch"}},
            "fit": [{"path": "$.world.userModel.response.intercept", "low": -3, "high": 3},
                    {"path": "$.world.userModel.negative.intercept", "low": -6, "high": 2}],
            "optimiser": {"evaluations": 12, "seed": 3}""";

    @TempDir
    Path dir;

    private Path config(String calibration) throws IOException {
        Path config = dir.resolve("c.json");
        Files.writeString(config, CalibrationFixture.config(CalibrationFixture.log(dir), calibration));
        return config;
    }

    /** Runs calibrate and checks exit 2, one error line without a stack trace, and nothing written. */
    private String failsWithTwo(Path config) throws IOException {
        long before;
        try (var files = Files.list(dir)) {
            before = files.count();
        }
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("calibrate", config.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(before, files.count(), "no output or staging directory");
        }
        String err = o.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElse(o.err()).strip();
        assertFalse(o.err().contains("Exception"), o.err());
        assertTrue(err.contains(config.toString()), err);
        return err;
    }

    @Test
    void writesACalibratedConfigThatRunAccepts() throws Exception {
        Path config = config(FIT);
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("calibrate", config.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        java.util.List<String> table = o.out().lines().takeWhile(l -> !l.startsWith("Calibration written")).toList();
        assertTrue(table.size() > 2 && table.get(0).startsWith("target"), o.out());
        assertTrue(table.stream().anyMatch(l -> l.contains("(free-running)")), "long target names: " + o.out());
        assertEquals(1, table.stream().mapToInt(String::length).distinct().count(), "columns line up:\n" + o.out());
        for (String f : new String[] {"calibrated-world.json", "fidelity.json", "report.html", "manifest.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        LoadedConfig calibrated = new ConfigLoader(AgentRegistry.builtIn()).load(out.resolve("calibrated-world.json"));
        assertEquals("lognormal-watch", calibrated.config().world().userModel().type(
                org.feedgym.env.usermodel.Part.RESPONSE));
        assertTrue(calibrated.config().world().calibration() != null, "the calibration section is kept");
        String fidelity = Files.readString(out.resolve("fidelity.json"));
        double fitted = CalibrationConfig.value(calibrated.config().world().userModel(),
                "$.world.userModel.negative.intercept");
        assertTrue(fidelity.contains("\"parameter\" : \"$.world.userModel.negative.intercept\""), fidelity);
        assertTrue(fitted >= -6 && fitted <= 2, "fitted " + fitted);
        assertFalse(fidelity.contains(dir.toString()), "no paths in fidelity.json");
        assertFalse(Files.readString(out.resolve("report.html")).contains(dir.toString()), "no paths in the report");
    }

    @Test
    void aRunOfTheCalibratedConfigWritesTheFidelitySection() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.cli("calibrate", config(FIT).toString(), "--out", out.toString()).code());
        Path run = dir.resolve("run");
        CliRun.Outcome o = CliRun.cli("run", out.resolve("calibrated-world.json").toString(), "--out", run.toString(),
                "-q");
        assertEquals(0, o.code(), o.err());
        String fidelity = Files.readString(run.resolve("fidelity.json"));
        assertTrue(fidelity.contains("\"fitted\" : [ ]"), "a run fits nothing: " + fidelity);
        assertTrue(Files.readString(run.resolve("report.html")).contains("How real are the simulated users?"));
    }

    @Test
    void twoRunsWriteTheSameBytesWhateverTheThreads() throws Exception {
        Path config = config(FIT);
        assertEquals(0, CliRun.cli("calibrate", config.toString(), "--out", dir.resolve("a").toString(),
                "--threads", "1").code());
        assertEquals(0, CliRun.cli("calibrate", config.toString(), "--out", dir.resolve("b").toString(),
                "--threads", "2").code());
        for (String f : new String[] {"calibrated-world.json", "fidelity.json", "report.html"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void aBudgetOfOneEvaluationKeepsTheStartingValues() throws Exception {
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("calibrate", config(FIT.replace("\"evaluations\": 12", "\"evaluations\": 1"))
                .toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        String fidelity = Files.readString(out.resolve("fidelity.json"));
        assertTrue(fidelity.contains("1 of at most 1 evaluations"), fidelity);
    }

    @Test
    void anUnknownFitPathNamesIt() throws Exception {
        String err = failsWithTwo(config("""
                "fit": [{"path": "$.world.userModel.response.nonsense", "low": 0, "high": 1}]"""));
        assertTrue(err.contains("$.world.calibration.fit[0].path") && err.contains("nonsense"), err);
    }

    @Test
    void aBoundOutsideTheParametersRangeNamesIt() throws Exception {
        String err = failsWithTwo(config("""
                "fit": [{"path": "$.world.userModel.signals.likeRate", "low": 0, "high": 2}]"""));
        assertTrue(err.contains("$.world.calibration.fit[0].high") && err.contains("likeRate must be in"), err);
    }

    @Test
    void invertedBoundsAreRejected() throws Exception {
        String err = failsWithTwo(config("""
                "fit": [{"path": "$.world.userModel.response.intercept", "low": 1, "high": -1}]"""));
        assertTrue(err.contains("$.world.calibration.fit[0].low") && err.contains("low must be < high"), err);
    }

    @Test
    void anUnknownOptimiserNamesTheChoices() throws Exception {
        String err = failsWithTwo(config("""
                "optimiser": {"type": "gradient-descent"}"""));
        assertTrue(err.contains("$.world.calibration.optimiser.type") && err.contains("cma-es"), err);
    }

    @Test
    void anUnknownObjectiveTargetNamesItAndTheTargets() throws Exception {
        String err = failsWithTwo(config(FIT + ", \"objective\": {\"replay\": {\"watch-ratio\": 1, \"dwell\": 1}}"));
        assertTrue(err.contains("$.world.calibration.objective.replay.dwell") && err.contains("unknown target 'dwell'")
                && err.contains("return-gap-hours"), err);
    }

    @Test
    void aFreeRunningTargetWithTheReportsSuffixIsUnknown() throws Exception {
        String err = failsWithTwo(config(FIT + ", \"objective\": {\"freeRunning\": {\"days-active (free-running)\": 1}}"));
        assertTrue(err.contains("$.world.calibration.objective.freeRunning.days-active (free-running)")
                && err.contains("[items-per-session, minutes-per-session, days-active, return-gap-hours]"), err);
    }

    @Test
    void aNegativeObjectiveWeightNamesIt() throws Exception {
        String err = failsWithTwo(config(FIT + ", \"objective\": {\"replay\": {\"watch-ratio\": -1}}"));
        assertTrue(err.contains("$.world.calibration.objective.replay.watch-ratio")
                && err.contains("weight must be in [0, 100], got -1.0"), err);
    }

    @Test
    void anUnknownFreeRunningOptimiserNamesTheChoices() throws Exception {
        String err = failsWithTwo(config(FIT + ", \"freeRunning\": {\"optimiser\": {\"type\": \"annealing\"}}"));
        assertTrue(err.contains("$.world.calibration.freeRunning.optimiser.type") && err.contains("nelder-mead"), err);
    }

    @Test
    void aMissingLogColumnNamesTheColumn() throws Exception {
        Path config = config(FIT);
        Files.writeString(config, Files.readString(config).replace("\"playTime\": \"play\"", "\"playTime\": \"watched\""));
        String err = failsWithTwo(config);
        assertTrue(err.contains("watched"), err);
    }

    @Test
    void anAbsurdPlayTimeNamesLineColumnRuleAndValue() throws Exception {
        Path config = config(FIT);
        Path log = dir.resolve("log.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        String[] fields = lines.get(2).split(",", -1);
        fields[3] = "99999999999999999999999";
        lines.set(2, String.join(",", fields));
        Files.write(log, lines);
        String err = failsWithTwo(config);
        assertTrue(err.endsWith("$.world.calibration.log: " + log + ": line 3, column 'play': a play time must"
                + " be at most"
                + " one day (86400 s), got '99999999999999999999999'"), err);
    }

    @Test
    void aLogWithNoUsableRowsIsRejected() throws Exception {
        Path config = config(FIT);
        Files.writeString(dir.resolve("log.csv"), "user,item,time,play,duration,like,hate,category\n");
        String err = failsWithTwo(config);
        assertTrue(err.contains("$.world.calibration.log") && err.contains("log.csv")
                && err.contains("no data rows"), err);
    }

    @Test
    void likeOrHateOnALogWithoutHateNamesTheSelection() throws Exception {
        Path config = config(FIT + ", \"selection\": \"like-or-hate\"");
        Files.writeString(config, Files.readString(config).replace(", \"hate\": \"hate\"", ""));
        String err = failsWithTwo(config);
        assertTrue(err.contains("$.world.calibration.selection") && err.contains("like and hate"), err);
    }

    @Test
    void aConfigWithoutACalibrationSectionIsRejected() throws Exception {
        Path config = dir.resolve("plain.json");
        Files.writeString(config, "{\"name\": \"plain\", \"agents\": [{\"type\": \"random\"}]}");
        String err = failsWithTwo(config);
        assertTrue(err.contains("$.world.calibration"), err);
    }
}
