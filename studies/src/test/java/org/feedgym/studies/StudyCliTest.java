package org.feedgym.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.simulator.cli.CliRun;
import org.feedgym.simulator.cli.FeedGymCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's CLI with this module on the classpath: {@code study}, {@code validate},
 * {@code reproduce} and {@code bench homogenization} find the homogenization study through
 * ServiceLoader.
 */
class StudyCliTest {

    private static final String SMALL_STUDY = "{\"study\": \"homogenization\", \"name\": \"small-study\", \"seed\": 3,"
            + " \"simulations\": 2, \"users\": 20, \"attributes\": 4, \"itemsPerStep\": 3,"
            + " \"modes\": [{\"training\": \"repeated\", \"startupSteps\": 2, \"steps\": 6}],"
            + " \"recommenders\": [\"content\", \"popularity\"]}";

    @Test
    void studyWritesTheRunDirectoryAndPrintsTheTable(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY);
        Path out = dir.resolve("run");
        CliRun.Outcome o = CliRun.cli("study", config.toString(), "--out", out.toString(), "--threads", "2", "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("homogenization study 'small-study': 2 simulations x 20 users"), o.out());
        assertTrue(o.out().contains("popularity"), o.out());
        // Off the published protocol: not compared, and the line says which fields depart.
        assertTrue(o.out().contains("Not compared with the published figures: the protocol differs (users 20,"
                + " published 100; attributes 4, published 20; itemsPerStep 3, published 10)."), o.out());
        for (String f : new String[] {"config.resolved.json", "manifest.json", "summary.json", "timeseries.csv",
            "simulations.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("timeseries.csv")).startsWith("mode,recommender,step,phase,"));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"study\" : \"homogenization\""));
    }

    @Test
    void aRunOfThePublishedProtocolPrintsAVerdictPerPublishedFigure(@TempDir Path dir) throws Exception {
        // The published protocol at two simulations, repeated training only, two recommenders.
        Path config = dir.resolve("study.json");
        Files.writeString(config, "{\"study\": \"homogenization\", \"name\": \"published\", \"simulations\": 2,"
                + " \"modes\": [{\"training\": \"repeated\", \"startupSteps\": 10, \"steps\": 90}],"
                + " \"recommenders\": [\"popularity\", \"random\"]}");
        CliRun.Outcome o = CliRun.cli("study", config.toString(), "--out", dir.resolve("run").toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Against the published figures"), o.out());
        assertTrue(o.out().contains("repeated   popularity   most similar   +0.220 +/- 0.020 [1]"), o.out());
        assertTrue(o.out().contains("repeated   random       most similar   +0.015 +/- 0.025 [1]"), o.out());
        // Two simulations give intervals far wider than the bands (t with 1 degree of freedom).
        assertTrue(o.out().contains("+0.231 [-0.237, +0.698]    inconclusive (interval wider than the band"), o.out());
        assertTrue(o.out().contains("0 of 2 consistent; 2 inconclusive; 0 differ, of which 0 known gaps."), o.out());
    }

    @Test
    void aBadStudyConfigExitsWithTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY.replace("\"users\": 20", "\"users\": 1"));
        Path out = dir.resolve("run");
        CliRun.Outcome o = CliRun.cli("study", config.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $.users: users must be in [2, 100000], got 1", o.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownStudyIsRefusedNamingTheKnownOnes(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY.replace("\"homogenization\"", "\"boredom\""));
        CliRun.Outcome o = CliRun.cli("study", config.toString(), "--out", dir.resolve("run").toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $.study: unknown study \"boredom\"; known: [homogenization]",
                o.err().strip());
    }

    @Test
    void validateAcceptsAStudyConfig(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY);
        CliRun.Outcome o = CliRun.cli("validate", config.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("valid (homogenization study 'small-study', 2 simulations x 20 users, not compared"
                + " with the published figures (the protocol differs: users 20, published 100; attributes 4, published"
                + " 20; itemsPerStep 3, published 10); run it with 'feedgym study')"), o.out());
    }

    /** Runs the small study into {@code dir/run} through the CLI and returns that directory. */
    private static Path smallStudyRun(Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY);
        Path run = dir.resolve("run");
        assertEquals(0, CliRun.cli("study", config.toString(), "--out", run.toString(), "-q").code());
        return run;
    }

    @Test
    void reproduceRerunsAStudyAndFindsItIdentical(@TempDir Path dir) throws Exception {
        Path run = smallStudyRun(dir);
        CliRun.Outcome o = CliRun.cli("reproduce", run.toString(), "--out", dir.resolve("again").toString(), "--threads", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Reproduced: 4 files identical"), o.out());
    }

    @Test
    void reportAndCompareSayAStudyDirectoryIsOneAndWhereItsResultsAre(@TempDir Path dir) throws Exception {
        Path run = smallStudyRun(dir);
        String results = "; its results are in summary.json, simulations.csv, timeseries.csv";

        CliRun.Outcome report = CliRun.cli("report", run.toString());
        assertEquals(2, report.code());
        assertEquals("error: " + run + ": is a study directory (homogenization, written by 'feedgym study'), which"
                + " report does not read (it takes run, sweep and sensitivity directories)" + results,
                report.err().strip());
        assertFalse(Files.exists(run.resolve("report.html")));

        Path csv = dir.resolve("comparison.csv");
        CliRun.Outcome compare = CliRun.cli("compare", run.toString(), "--out", csv.toString());
        assertEquals(2, compare.code());
        assertEquals("error: " + run + ": is a study directory (homogenization, written by 'feedgym study'), which"
                + " compare does not read (it takes run and sweep directories)" + results, compare.err().strip());
        assertFalse(Files.exists(csv));
    }

    @Test
    void benchHomogenizationPrintsJsonNamingItsRecommender() {
        CliRun.Outcome o = CliRun.cli("bench", "homogenization", "--users", "300", "--items", "200", "--steps", "10", "--passes", "1",
                "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("\"benchmark\" : \"homogenization\""), o.out());
        assertTrue(o.out().contains("\"recommender\" : \"popularity\""), o.out());
        assertTrue(o.out().contains("\"interactions\" : 3000"), o.out());
        assertTrue(o.out().contains("\"interactionsPerSecond\""), o.out());
        assertFalse(o.err().contains("note:"), o.err());
    }

    @Test
    void benchHomogenizationSaysWhenItRoundsTheCatalogToWholeSteps() {
        CliRun.Outcome o = CliRun.cli("bench", "homogenization", "--users", "300", "--items", "205", "--steps", "10",
                "--passes", "1", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("note: --items 205 runs as 200: the catalog is released evenly, 20 items a step"
                + " over 10 steps"), o.err());
        assertTrue(o.out().contains("\"items\" : 200"), o.out());
    }

    @Test
    void benchHomogenizationRejectsAnUnknownRecommenderNamingTheKnownOnes() {
        CliRun.Outcome o = CliRun.cli("bench", "homogenization", "--recommender", "oracle");
        assertEquals(2, o.code());
        assertEquals("error: unknown --recommender 'oracle'; known: [ideal, content, mf, social, popularity, random]",
                o.err().strip());
    }

    /** Asserts exit 2 and exactly {@code expected} (one line, no stack trace) on stderr, nothing on stdout. */
    private static void benchRefused(String expected, String... args) {
        CliRun.Outcome o = CliRun.cli(args);
        String call = String.join(" ", args);
        assertEquals(2, o.code(), call + ": " + o.err());
        assertEquals(expected, o.err().strip(), call);
        assertFalse(o.err().contains("\tat "), call + ": " + o.err());
        assertEquals("", o.out(), call);
    }

    @Test
    void benchHomogenizationNamesTheOneOptionThatFailedAndItsValue() {
        benchRefused("error: --steps must be >= 1, got 0", "bench", "homogenization", "--steps", "0");
        benchRefused("error: --users must be >= 2, got 0", "bench", "homogenization", "--users", "0");
        benchRefused("error: --attributes must be >= 1, got 0", "bench", "homogenization", "--attributes", "0");
        benchRefused("error: --passes must be >= 1, got 0", "bench", "homogenization", "--passes", "0");
        benchRefused("error: --items must be >= --steps (10: the catalog is released over the steps, at least one"
                + " item a step), got 5", "bench", "homogenization", "--items", "5", "--steps", "10");
        benchRefused("error: --threads must be in [1, 32767], got 40000",
                "bench", "homogenization", "--threads", "40000");
    }

    @Test
    void benchHomogenizationRefusesAnOptionItDoesNotRead() {
        benchRefused("error: --candidates does not apply to bench homogenization (it runs the homogenization study's"
                + " simulation; its options: --users, --items, --threads, --passes, --steps, --attributes,"
                + " --recommender)", "bench", "homogenization", "--candidates", "5");
    }

    @Test
    void benchListsTheHomogenizationBenchmarkAmongTheKnownOnes() {
        CliRun.Outcome o = CliRun.cli("bench", "warp");
        assertEquals(2, o.code());
        assertEquals("error: unknown benchmark 'warp'; known: [env, dqn, scaling, homogenization]", o.err().strip());
    }
}
