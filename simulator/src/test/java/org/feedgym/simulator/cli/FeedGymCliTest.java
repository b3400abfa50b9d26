package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedgym.simulator.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedGymCliTest {

    /** Exit code, stdout and stderr of one CLI call. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        CliRun.Outcome o = CliRun.cli(args);
        return new Outcome(o.code(), o.out(), o.err());
    }

    /** Writes the small test config into {@code dir} and returns its path. */
    /** A finished run of the small config in {@code dir/run}. */
    private static Path smallRun(Path dir) throws java.io.IOException {
        Path run = dir.resolve("run");
        assertEquals(0, cli("run", smallConfig(dir).toString(), "--out", run.toString(), "-q").code());
        return run;
    }

    static Path smallConfig(Path dir) throws java.io.IOException {
        Path config = dir.resolve("small.json");
        Files.writeString(config, TestConfigs.SMALL);
        return config;
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentenceAndNoLineIsWiderThan100() {
        Outcome o = cli("--help");
        assertEquals(0, o.code(), o.err());
        java.util.List<String> lines = o.out().lines().toList();
        int first = lines.indexOf("Commands:") + 1;
        java.util.Map<String, String> summaries = new java.util.LinkedHashMap<>();
        String command = null;
        for (String line : lines.subList(first, lines.size())) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                command = line.strip().split("\\s{2,}")[0];
                summaries.put(command, line.strip().substring(command.length()).strip());
            } else if (command != null) {
                summaries.put(command, summaries.get(command) + " " + line.strip());
            }
        }
        assertTrue(summaries.size() >= 13, summaries.toString());
        summaries.forEach((c, text) -> assertTrue(text.endsWith(".") || text.endsWith(")"), c + ": '" + text + "'"));
        for (String c : summaries.keySet()) {
            for (String name : c.split(",\\s*")) {
                Outcome help = cli(name, "--help");
                help.out().lines().forEach(l -> assertTrue(l.length() <= 100, name + ": " + l));
            }
        }
    }

    @Test
    void validateAcceptsAGoodConfig(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Outcome o = cli("validate", config.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("valid"), o.out());
    }

    @Test
    void aBadConfigExitsWithTwoAndOneClearLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"k\": 6", "\"k\": -3"));
        Path out = dir.resolve("out");
        Outcome o = cli("run", config.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $.world.candidates.k: k must be in [2, 500], got -3", o.err().strip());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the config is left in the directory");
        }
    }

    @Test
    void replicatesOutsideOneToTheCapExitWithTwoNamingThePathAndTheRuleAndWriteNothing(@TempDir Path dir)
            throws Exception {
        for (String replicates : new String[] {"0", "-3", "1001"}) {
            Path config = dir.resolve("replicates" + replicates + ".json");
            Files.writeString(config, TestConfigs.SMALL.replace("\"replicates\": 2", "\"replicates\": " + replicates));
            Path out = dir.resolve("out" + replicates);
            Outcome o = cli("run", config.toString(), "--out", out.toString());
            assertEquals(2, o.code(), o.err());
            assertEquals("error: " + config + ": $.evaluation.replicates: replicates must be in [1, 1000], got "
                    + replicates, o.err().strip());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void theRunTableSaysWhichIntervalEachRowShows(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Outcome o = cli("run", config.toString(), "--out", dir.resolve("run").toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("| interval"), o.out());
        assertTrue(o.out().contains("160 ep"), "agents that do not learn: over 2 x 80 episodes\n" + o.out());
        assertTrue(o.out().contains("'N runs' = over the means of N training runs"), o.out());
    }

    @Test
    void validateDoesNotCallAConfigValidWhoseDataFolderIsMissing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("missing-data.json");
        Files.writeString(config, "{\"name\": \"x\", \"world\": {\"catalog\": {\"type\": \"movielens\", \"path\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(dir.resolve("nowhere").toString())
                + "}}, \"agents\": [{\"type\": \"random\"}]}");
        Outcome o = cli("validate", config.toString());
        assertEquals(2, o.code(), o.err());
        assertFalse(o.out().contains("valid"), o.out());
        assertTrue(o.err().startsWith("error: "), o.err());
        assertTrue(o.err().contains("nowhere"), o.err());
    }

    @Test
    void aMissingConfigExitsWithTwo(@TempDir Path dir) {
        Outcome o = cli("validate", dir.resolve("missing.json").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("missing.json: file: does not exist"), o.err());
    }

    @Test
    void runPrintsTheTableAndWritesTheRun(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Path out = dir.resolve("run");
        Outcome o = cli("run", config.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("greedy-engagement"), o.out());
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void runWritesTheReportIntoTheRunDirectory(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Path out = dir.resolve("run");
        Outcome o = cli("run", config.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(o.out().contains("Report: "), o.out());
    }

    @Test
    void aSweepRunWritesTheSweepReportAndOneReportPerTrial(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sweep.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"agents\": [", """
                "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 1.0]}},
                "agents": [""").replace("\"users\": 80, \"replicates\": 2", "\"users\": 30, \"replicates\": 1"));
        Path out = dir.resolve("sweep");
        Outcome o = cli("run", config.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("trials/trial-000/report.html")));
        assertTrue(Files.isRegularFile(out.resolve("trials/trial-001/report.html")));
    }

    @Test
    void theSparkEngineWithoutItsModuleIsOneLineNamingWhatToBuildAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sweep.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"agents\": [", """
                "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 1.0]}},
                "agents": ["""));
        Path out = dir.resolve("sweep");
        Outcome o = cli("sweep", config.toString(), "--out", out.toString(), "--engine", "spark", "--master", "local[2]");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: the spark engine is not on the classpath: build the optional module with"
                + " 'mvn -B -Pspark -DskipTests -pl spark -am package'"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSingleRunOnTheSparkEngineWithoutItsModuleIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Path out = dir.resolve("run");
        Outcome o = cli("run", config.toString(), "--out", out.toString(), "--engine", "spark", "-q");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: the spark engine is not on the classpath"), o.err());
        assertFalse(Files.exists(out));

        Outcome saving = cli("run", config.toString(), "--out", out.toString(), "--engine", "spark", "--save-agents");
        assertEquals(2, saving.code());
        assertEquals("error: --save-agents needs the local engine (agents trained by --engine spark are not on this"
                + " machine)", saving.err().strip());
    }

    @Test
    void masterWithoutASparkEngineIsAUsageError(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("small.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"agents\": [", """
                "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 1.0]}},
                "agents": ["""));
        Outcome o = cli("sweep", config.toString(), "--master", "local[2]");
        assertEquals(2, o.code());
        assertEquals("error: --master applies to --engine spark only", o.err().strip());
    }

    @Test
    void reportRewritesTheReportOfARunDirectory(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        Path out = dir.resolve("run");
        assertEquals(0, cli("run", config.toString(), "--out", out.toString()).code());
        Files.delete(out.resolve("report.html"));
        Outcome o = cli("report", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
    }

    @Test
    void reportOfAMissingDirectoryExitsWithTwoAndOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        Outcome o = cli("report", missing.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + missing + ": does not exist", o.err().strip());
    }

    @Test
    void reportOfADirectoryThatIsNotARunExitsWithTwoAndOneLine(@TempDir Path dir) {
        Outcome o = cli("report", dir.toString());
        assertEquals(2, o.code());
        assertEquals("error: " + dir + ": not a FeedGym run directory (no summary.json)", o.err().strip());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Outcome o = cli("run", "x.json", "--frobnicate");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error: Unknown option: '--frobnicate'"), o.err());
        assertTrue(o.err().contains("Run 'feedgym run --help' for usage."), o.err());
    }

    @Test
    void reproduceMatchesAnUntouchedRunAndNamesTheFirstDifferenceOfATamperedOne(@TempDir Path dir) throws Exception {
        Path run = smallRun(dir);

        Outcome same = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("Reproduced: 4 files identical"), same.out());
        assertTrue(same.out().contains("Run written to"), "without --quiet the re-run's own lines are printed");

        // --quiet: the verdict alone.
        Outcome quiet = cli("reproduce", run.toString(), "--out", dir.resolve("quiet").toString(), "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("Reproduced: 4 files identical to " + run + " (reproduction in " + dir.resolve("quiet") + ")",
                quiet.out().strip());

        Path episodes = run.resolve("episodes.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(episodes));
        lines.set(5, lines.get(5).replaceFirst("^random,", "tampered,"));
        Files.write(episodes, lines);
        Outcome tampered = cli("reproduce", run.toString(), "--out", dir.resolve("third").toString());
        assertEquals(1, tampered.code());
        assertTrue(tampered.err().contains("NOT REPRODUCED: episodes.csv: first difference at line 6"), tampered.err());
    }

    @Test
    void reproduceSaysWhenTheCatalogsEmbeddingsDifferAndAcceptsARunRecordedBeforeTheirHash(@TempDir Path dir)
            throws Exception {
        Path run = smallRun(dir);
        Path manifest = run.resolve("manifest.json");
        String text = Files.readString(manifest);
        java.util.regex.Matcher hash = java.util.regex.Pattern.compile("\"catalogEmbeddingsSha256\" : \"([0-9a-f]{64})\"")
                .matcher(text);
        assertTrue(hash.find(), text);
        String other = "0".repeat(64);

        // Only the hash edited: the manifest check names the field.
        Files.writeString(manifest, text.replace(hash.group(1), other));
        Outcome edited = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(1, edited.code(), edited.err());
        assertTrue(edited.err().contains("NOT REPRODUCED: manifest.json: field 'catalogEmbeddingsSha256' recorded \""
                + other + "\", reproduction \"" + hash.group(1) + "\""), edited.err());

        // An output differing too: its first difference says the embeddings differ.
        Path episodes = run.resolve("episodes.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(episodes));
        String original = lines.get(5);
        lines.set(5, original.replaceFirst("^random,", "tampered,"));
        Files.write(episodes, lines);
        Outcome differs = cli("reproduce", run.toString(), "--out", dir.resolve("third").toString());
        assertEquals(1, differs.code(), differs.err());
        assertTrue(differs.err().contains("NOT REPRODUCED: episodes.csv: first difference at line 6"), differs.err());
        assertTrue(differs.err().contains("(the catalog's embeddings differ: manifest.json catalogEmbeddingsSha256"
                + " recorded " + other + ", reproduction " + hash.group(1)), differs.err());

        // A run recorded before manifests held the hash still reproduces.
        lines.set(5, original);
        Files.write(episodes, lines);
        Files.writeString(manifest, text.replaceFirst("\\s*\"catalogEmbeddingsSha256\" : \"[0-9a-f]{64}\",", ""));
        assertFalse(Files.readString(manifest).contains("catalogEmbeddingsSha256"));
        Outcome older = cli("reproduce", run.toString(), "--out", dir.resolve("fourth").toString());
        assertEquals(0, older.code(), older.err());
    }

    @Test
    void reproduceSaysWhichInputFileChangedSinceTheRun(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        assertEquals(0, cli("demo-data", data.toString(), "--users", "30", "--items", "80", "--categories", "3").code());
        Path config = dir.resolve("ml.json");
        Files.writeString(config, "{\"name\": \"ml\", \"seed\": 3, \"world\": {\"catalog\": {\"type\": \"movielens\","
                + " \"path\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(data.toString())
                + ", \"dimensions\": 8}, \"candidates\": {\"k\": 5}, \"episode\": {\"maxSteps\": 20}},"
                + " \"evaluation\": {\"users\": 20, \"replicates\": 1}, \"agents\": [{\"type\": \"popularity\"}]}");
        Path run = dir.resolve("run");
        Outcome first = cli("run", config.toString(), "--out", run.toString(), "-q");
        assertEquals(0, first.code(), first.err());

        // Every rating of the demo data moved by half a star: other counts, quality and catalog.
        Path ratings = data.resolve("ratings.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(ratings));
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            f[2] = Double.parseDouble(f[2]) >= 3 ? "0.5" : "5.0";
            lines.set(i, String.join(",", f));
        }
        Files.write(ratings, lines);
        Outcome again = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(1, again.code(), again.err());
        assertTrue(again.err().contains("NOT REPRODUCED: "), again.err());
        assertTrue(again.err().contains("(input file ratings.csv changed since the run: sha256 recorded "), again.err());
    }

    @Test
    void reproduceSaysWhenTheNeuralAgentsRanOnOtherKernels(@TempDir Path dir) throws Exception {
        Path run = smallRun(dir);
        Path manifest = run.resolve("manifest.json");
        java.util.regex.Matcher kernels = java.util.regex.Pattern.compile("\"nd4jBackend\" : \"([^\"]*)\"")
                .matcher(Files.readString(manifest));
        assertTrue(kernels.find());
        Files.writeString(manifest, Files.readString(manifest).replace(kernels.group(1), "nd4j-native (Haswell)"));
        Path episodes = run.resolve("episodes.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(episodes));
        lines.set(5, lines.get(5).replaceFirst("^random,", "tampered,"));
        Files.write(episodes, lines);
        Outcome o = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("NOT REPRODUCED: episodes.csv: first difference at line 6"), o.err());
        assertTrue(o.err().contains("(the neural agents ran on other kernels: manifest.json nd4jBackend recorded"
                + " 'nd4j-native (Haswell)', reproduction '" + kernels.group(1) + "')"), o.err());
    }

    @Test
    void reproduceNamesAnEditedManifestSeed(@TempDir Path dir) throws Exception {
        Path run = smallRun(dir);
        Path manifest = run.resolve("manifest.json");
        String text = Files.readString(manifest);
        java.util.regex.Matcher seed = java.util.regex.Pattern.compile("\"rootSeed\" : (\\d+)").matcher(text);
        assertTrue(seed.find(), text);
        long edited = Long.parseLong(seed.group(1)) + 1;
        Files.writeString(manifest, seed.replaceFirst("\"rootSeed\" : " + edited));
        Outcome o = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("NOT REPRODUCED: manifest.json: field 'rootSeed' recorded " + edited
                + ", reproduction " + seed.group(1)), o.err());
    }

    @Test
    void reproduceSaysARunOfAPythonPolicyCannotBeRerunFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path run = smallRun(dir);
        // As feedgym.evaluate writes it: the policy is an agent of type "python".
        Path resolved = run.resolve("config.resolved.json");
        String text = Files.readString(resolved).replaceFirst("\"type\" : \"random\"", "\"type\" : \"python\"");
        Files.writeString(resolved, text);
        Outcome o = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: " + resolved + ": agent 'random' is a Python policy (feedgym.evaluate), which is not in the"
                + " config; re-run it from Python with the same policy and config", o.err().strip());
    }

    @Test
    void reproduceRefusesAnEditedConfig(@TempDir Path dir) throws Exception {
        Path run = smallRun(dir);
        Path resolved = run.resolve("config.resolved.json");
        Files.writeString(resolved, Files.readString(resolved).replace("\"users\" : 80", "\"users\" : 81"));
        Outcome o = cli("reproduce", run.toString(), "--out", dir.resolve("again").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("does not match the configSha256"), o.err());
    }

    @Test
    void compareWritesOneRowPerAgentOfEveryRun(@TempDir Path dir) throws Exception {
        Path config = smallConfig(dir);
        assertEquals(0, cli("run", config.toString(), "--out", dir.resolve("a").toString(), "-q").code());
        assertEquals(0, cli("run", config.toString(), "--out", dir.resolve("b").toString(), "-q").code());
        Path csv = dir.resolve("cmp.csv");
        Outcome o = cli("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        java.util.List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 8, lines.size());
        assertTrue(lines.get(0).startsWith("run,trial,agent,return,return_ci95_low"), lines.get(0));
        // identical runs give identical rows apart from the run column
        assertEquals(lines.get(1).substring(lines.get(1).indexOf(',')), lines.get(5).substring(lines.get(5).indexOf(',')));
        // The printed table cuts no header: every metric's CSV name appears whole.
        String header = o.out().lines().findFirst().orElse("");
        for (String name : List.of("watch_minutes", "harmful_share_items", "minutes_to_first_harmful")) {
            assertTrue(header.contains(" " + name + " "), header);
        }
        // Each agent's row shows its intervals as the run table does, and what they are over.
        List<String> agentRows = o.out().lines().skip(1).limit(8).toList();
        assertTrue(agentRows.stream().allMatch(l -> l.contains(" ± ") && l.matches(".* \\d+ (episodes|runs?)")),
                String.join("\n", agentRows));
        assertTrue(o.out().contains("Mean ± half-width of the 95% CI"), o.out());
    }

    @Test
    void compareNamesWhatIsWrongWithACorruptSummaryInOneLine(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("summary.json"), "{\"experiment\": \"x\", \"agents\": 7}");
        Outcome o = cli("compare", run.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not a readable summary: $.agents: expected an array, got 7"), o.err());
        Files.writeString(run.resolve("summary.json"), "{\"experiment\": \"x\",\n  \"agents\": [}");
        Outcome broken = cli("compare", run.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("not a readable summary: line 2, column "), broken.err());
        for (String leak : List.of("REDACTED", "org.feedgym", "reference chain", "\tat ")) {
            assertTrue(!o.err().contains(leak) && !broken.err().contains(leak), o.err() + broken.err());
        }
    }

    @Test
    void aSweepTableKeepsItsColumnsInLineWithAnAgentNameLongerThanTwentyCharacters(@TempDir Path dir)
            throws Exception {
        Path config = dir.resolve("sweep.json");
        Files.writeString(config, TestConfigs.SMALL
                .replace("\"users\": 80, \"replicates\": 2", "\"users\": 20, \"replicates\": 1")
                .replace("[{\"type\": \"random\"}, {\"type\": \"popularity\"}, {\"type\": \"greedy-engagement\"},"
                        + " {\"type\": \"oracle\"}]", "[{\"type\": \"random\"},"
                        + " {\"type\": \"popularity\", \"name\": \"popularity-with-a-long-name\"}],"
                        + " \"sweep\": {\"grid\": {\"seed\": [1, 2]}}"));
        Outcome o = cli("run", config.toString(), "--out", dir.resolve("s").toString(), "-q");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().filter(l -> l.startsWith("trial")).toList();
        assertEquals(5, lines.size(), o.out());
        int returnColumn = lines.get(0).indexOf("return");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.charAt(returnColumn - 1) == ' ' && line.charAt(returnColumn) != ' ', "in line:\n"
                    + lines.get(0) + "\n" + line);
            assertTrue(!line.endsWith(" "), "no trailing blanks: '" + line + "'");
        }
    }

    @Test
    void compareRefusesAnOutputItCannotWriteBeforeReadingAnything(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("x.csv");
        Outcome o = cli("compare", dir.toString(), "--out", missing.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("error: --out " + missing + ": the folder " + missing.getParent()
                + " does not exist"), o.err());
        assertTrue(!o.err().contains("\tat "), o.err());
        Outcome folder = cli("compare", dir.toString(), "--out", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a directory; name a CSV file in it"), folder.err());
    }

    @Test
    void reportAndCompareSayAnOfflineOrCalibrationDirectoryIsOneAndWhereItsResultsAre(@TempDir Path dir)
            throws Exception {
        Path offline = Files.createDirectories(dir.resolve("offline"));
        Files.writeString(offline.resolve("offline.json"), "{}");
        Files.writeString(offline.resolve("offline.csv"), "recommender\n");
        Files.writeString(offline.resolve("manifest.json"), "{}");
        Path calibration = Files.createDirectories(dir.resolve("calibration"));
        Files.writeString(calibration.resolve("calibrated-world.json"), "{}");
        Files.writeString(calibration.resolve("fidelity.json"), "{}");
        Files.writeString(calibration.resolve("report.html"), "<html></html>");
        Outcome report = cli("report", offline.toString());
        assertEquals(2, report.code());
        assertEquals("error: " + offline + ": is an offline evaluation directory (written by 'feedgym offline'), which"
                + " report does not read (it takes run, sweep and sensitivity directories); its results are in"
                + " offline.csv, offline.json", report.err().strip());
        Outcome compare = cli("compare", calibration.toString(), "--out", dir.resolve("c.csv").toString());
        assertEquals(2, compare.code());
        assertEquals("error: " + calibration + ": is a calibration directory (written by 'feedgym calibrate'; its own"
                + " report is report.html), which compare does not read (it takes run and sweep directories); its"
                + " results are in calibrated-world.json, fidelity.json, report.html", compare.err().strip());
        assertEquals("<html></html>", Files.readString(calibration.resolve("report.html")), "report.html untouched");
    }

    @Test
    void reportAndCompareNameASummaryThatIsNotARunsAndWhatWasExpected(@TempDir Path dir) throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path summary = Files.writeString(other.resolve("summary.json"), "{\"name\": \"x\", \"modes\": []}");
        String expected = "error: " + summary + ": not the summary of a run: it has no \"agents\" list, which every"
                + " summary.json of 'feedgym run' has";
        Outcome report = cli("report", other.toString());
        assertEquals(2, report.code());
        assertEquals(expected, report.err().strip());
        Outcome compare = cli("compare", other.toString(), "--out", dir.resolve("c.csv").toString());
        assertEquals(2, compare.code());
        assertEquals(expected, compare.err().strip());
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    @Test
    void compareRejectsADirectoryThatIsNotARun(@TempDir Path dir) {
        Outcome o = cli("compare", dir.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not a run directory"), o.err());
    }
    private static final String SMALL_STUDY = "{\"study\": \"homogenization\", \"name\": \"small-study\", \"seed\": 3,"
            + " \"simulations\": 2, \"users\": 20, \"attributes\": 4, \"itemsPerStep\": 3,"
            + " \"modes\": [{\"training\": \"repeated\", \"startupSteps\": 2, \"steps\": 6}],"
            + " \"recommenders\": [\"content\", \"popularity\"]}";

    @Test
    void runRefusesAStudyConfigAndNamesTheCommandThatRunsIt(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY);
        Outcome o = cli("run", config.toString(), "--out", dir.resolve("run").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("$.study: this is a study config: run it with 'feedgym study"), o.err());
    }

    @Test
    void benchRejectsAnUnknownBenchmarkAndListsTheKnownOnes() {
        Outcome o = cli("bench", "warp");
        assertEquals(2, o.code());
        assertEquals("error: unknown benchmark 'warp'; known: [env, dqn, scaling]", o.err().strip());
    }

    @Test
    void benchEnvRejectsAnUnknownNeighbourIndexByItsOptionName() {
        Outcome o = cli("bench", "env", "--index", "hnsw");
        assertEquals(2, o.code());
        assertEquals("error: --index must be auto, exact or ivf, got 'hnsw'", o.err().strip());
    }

    @Test
    void benchScalingRejectsACatalogCapBelowAThousandItems() {
        Outcome o = cli("bench", "scaling", "--items-up-to", "999");
        assertEquals(2, o.code());
        assertEquals("error: --items-up-to must be >= 1000 (the smallest catalog swept), got 999", o.err().strip());
    }

    @Test
    void studyWithoutTheStudiesModuleSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("study.json");
        Files.writeString(config, SMALL_STUDY);
        Outcome o = cli("study", config.toString(), "--out", dir.resolve("run").toString());
        assertEquals(2, o.code());
        assertEquals("error: " + config + ": $.study: unknown study \"homogenization\"; known: [] (the studies module,"
                + " feedgym-studies, is not on the classpath; ./feedgym includes it)", o.err().strip());
        assertFalse(Files.exists(dir.resolve("run")));
    }

    @Test
    void aMalformedDataFileExitsWithTwoNamingFileLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("ml");
        Files.createDirectories(data);
        Files.writeString(data.resolve("movies.csv"), "movieId,title\n1,Toy Story (1995)\n");
        Files.writeString(data.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
        Files.writeString(data.resolve("tags.csv"), "userId,movieId,tag,timestamp\n");
        Path config = dir.resolve("ml.json");
        Files.writeString(config, """
                {"name": "bad-data", "world": {"catalog": {"type": "movielens", "path": "%s"}},
                 "evaluation": {"users": 5}, "agents": [{"type": "random"}]}
                """.formatted(data.toString().replace("\\", "/")));
        Path out = dir.resolve("out");
        Outcome o = cli("run", config.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("movies.csv"), o.err());
        assertTrue(o.err().contains("genres"), o.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only ml/ and ml.json: no output or staging directory");
        }
    }
}
