package org.feedgym.simulator.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.simulator.cli.CliRun;
import org.feedgym.simulator.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityRunnerTest {

    private SensitivityRunner.Outcome run(String json, Path out, int threads) throws Exception {
        return SensitivityFixture.run(json, out, threads);
    }

    private static final List<String> OUTPUTS = List.of("sensitivity.json", "sensitivity.csv", "summary.json",
            "sweep-plan.json", "config.resolved.json");

    @Test
    void itWritesIndicesForEveryMetricAndAShareForEveryConclusion(@TempDir Path dir) throws Exception {
        SensitivityRunner.Outcome o = run(SensitivityPlanTest.VALID, dir.resolve("s"), 2);
        SensitivityResult r = o.result();
        assertEquals(8, r.runs());
        assertEquals(3, r.metrics().size());
        assertEquals(3, r.metrics().get(0).indices().size());
        assertTrue(r.metrics().get(0).indices().get(0).muStar() >= 0);
        assertEquals(2, r.conclusions().size());
        // harmfulShareItems >= 0 holds everywhere; Wilson's upper end is then exactly 1.
        assertEquals(8, r.conclusions().get(1).holds());
        assertEquals(1.0, r.conclusions().get(1).ci95High(), 1e-12);
        List<String> csv = Files.readAllLines(dir.resolve("s/sensitivity.csv"));
        assertEquals(9, csv.size());
        assertTrue(csv.get(0).startsWith("point,trial,world.reward.harmPenalty,world.candidates.k,world.catalog.items,"
                + "greedy-engagement return"), csv.get(0));
        assertEquals(r, SensitivityResult.read(dir.resolve("s/sensitivity.json")));
    }

    @Test
    void aSobolAnalysisGivesFirstAndTotalIndicesWithIntervals(@TempDir Path dir) throws Exception {
        String sobol = SensitivityFixture.config("""
                [{"path": "world.reward.harmPenalty", "low": 0, "high": 2},
                 {"path": "world.reward.like", "low": 0.1, "high": 0.5}]""",
                "{\"type\": \"sobol\", \"samples\": 8, \"bootstrap\": 200}", "[\"oracle return\"]", "[]");
        SensitivityResult r = run(sobol, dir.resolve("s"), 2).result();
        assertEquals(8 * (2 + 2), r.runs());
        SensitivityResult.Index penalty = r.metrics().get(0).indices().get(0);
        assertEquals(null, penalty.muStar());
        assertTrue(penalty.totalCi95Low() <= penalty.total() && penalty.total() <= penalty.totalCi95High(),
                penalty.toString());
        assertTrue(penalty.first() != null && penalty.firstCi95Low() != null, penalty.toString());
    }

    @Test
    void aRerunWithOtherThreadsGivesTheSameBytes(@TempDir Path dir) throws Exception {
        run(SensitivityPlanTest.VALID, dir.resolve("a"), 1);
        run(SensitivityPlanTest.VALID, dir.resolve("b"), 3);
        for (String f : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void aKilledAnalysisResumesWithoutRedoingFinishedPoints(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        run(SensitivityPlanTest.VALID, out, 2);
        byte[] json = Files.readAllBytes(out.resolve("sensitivity.json"));
        byte[] csv = Files.readAllBytes(out.resolve("sensitivity.csv"));
        // Simulate a kill after three points: later points, the summary and the analysis are missing,
        // and trial-003 was killed mid-run (its staging directory is left behind).
        for (int i = 3; i < 8; i++) {
            delete(out.resolve("trials").resolve(String.format("trial-%03d", i)));
        }
        Files.createDirectories(out.resolve("trials/.trial-003.partial-9"));
        Files.delete(out.resolve("summary.json"));
        Files.delete(out.resolve("sensitivity.json"));
        Files.delete(out.resolve("sensitivity.csv"));
        long before = Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis();

        SensitivityRunner.Outcome resumed = run(SensitivityPlanTest.VALID, out, 2);
        assertEquals(3, resumed.sweep().reused());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis());
        assertArrayEquals(json, Files.readAllBytes(out.resolve("sensitivity.json")));
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("sensitivity.csv")));
        assertFalse(Files.exists(out.resolve("trials/.trial-003.partial-9")));
    }

    @Test
    void theReportHasTheIndicesAndTheConclusionsTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        run(SensitivityPlanTest.VALID, out, 2);
        String html = Files.readString(ReportWriter.write(out));
        assertTrue(html.contains("<h2 id=\"sensitivity\">Sensitivity indices</h2>"));
        assertTrue(html.contains("oracle return &gt; random return"));
        assertEquals(3, html.split("<img src=\"data:image/png;base64,", -1).length - 1);
        assertArrayEquals(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(ReportWriter.write(out)));
    }

    @Test
    void reproduceRerunsTheAnalysisFromItsResolvedConfig(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        run(SensitivityPlanTest.VALID, out, 2);
        CliRun.Outcome o = CliRun.cli("reproduce", out.toString(), "--out", dir.resolve("again").toString());
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("sensitivity.json")),
                Files.readAllBytes(dir.resolve("again/sensitivity.json")));
    }

    @Test
    void aBadSectionExitsTwoNamingThePathAndWritesNothing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, SensitivityPlanTest.VALID.replace("\"low\": 3, \"high\": 12", "\"low\": 12, \"high\": 3"));
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("sensitivity", config.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("$.sensitivity.parameters[1]: inverted bounds"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void runRefersASensitivityConfigToItsCommand(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("s.json");
        Files.writeString(config, SensitivityPlanTest.VALID);
        CliRun.Outcome o = CliRun.cli("run", config.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("feedgym sensitivity"), o.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    private static void delete(Path p) throws Exception {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
