package org.feedgym.simulator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.feedgym.simulator.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*\\bsrc=\"([^\"]*)\"");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)\\b(?:src|href)\\s*=\\s*[\"']?\\s*(?:https?:)?//");
    private final ObjectMapper mapper = new ObjectMapper();

    private static String report(Path runDirectory) throws Exception {
        return Files.readString(ReportWriter.write(runDirectory), StandardCharsets.UTF_8);
    }

    private static List<String> imageSources(String html) {
        List<String> sources = new ArrayList<>();
        Matcher m = IMG_SRC.matcher(html);
        while (m.find()) {
            sources.add(m.group(1));
        }
        return sources;
    }

    @Test
    void aSingleRunReportShowsEveryAgentTheBaselineAndSevenPlots(@TempDir Path dir) throws Exception {
        String html = report(RunDirectories.single(TestConfigs.SMALL, dir.resolve("run")));
        for (String agent : List.of("random", "popularity", "greedy-engagement", "oracle")) {
            assertTrue(html.contains("<strong>" + agent + "</strong>"), agent);
        }
        assertTrue(html.contains("<strong>random</strong> (baseline)"), "the baseline is named in the table");
        assertTrue(html.contains("agent − baseline (<strong>random</strong>)"), "and in the note on Δ");
        assertTrue(html.contains("<span class=\"nw\">Δ "), "paired differences are shown");
        assertTrue(html.contains("Vulnerable against control: teen-vulnerable ÷ teen"), "persona ratios are shown");
        // trade-off x2, harmful share and time to first harm by persona, entropy and harmful
        // share over time, Gini and coverage, the per-run dot plot (2 replicates); no performance
        // profile (no agent learns) and no training plots without training.csv
        assertEquals(8, imageSources(html).size());
        assertTrue(html.contains("alt=\"Evaluation return of every training run"), "the per-run dot plot");
        assertTrue(html.contains("CI over 160 episodes"), "each row says what its interval is over");
    }

    @Test
    void agentNamesFromTheConfigAreEscapedEverywhere(@TempDir Path dir) throws Exception {
        String html = report(RunDirectories.single(RunDirectories.HOSTILE_CONFIG, dir.resolve("run")));
        assertFalse(html.contains(RunDirectories.HOSTILE), "raw script tag in the report");
        assertFalse(html.contains("<img src=x"), "raw attribute break-out in the report");
        assertTrue(html.contains(Html.escape(RunDirectories.HOSTILE)));
        assertTrue(html.contains(Html.escape(RunDirectories.HOSTILE_ATTRIBUTE)));
        assertEquals(1, html.split("<script", -1).length - 1, "only the report's own script element");
    }

    @Test
    void theReportLoadsNothingFromOutside(@TempDir Path dir) throws Exception {
        String html = report(RunDirectories.single(TestConfigs.SMALL, dir.resolve("run")));
        assertFalse(EXTERNAL.matcher(html).find(), "an http(s) or protocol-relative src/href");
        assertFalse(html.contains("<link"), "a linked stylesheet");
        assertFalse(html.contains("url("), "a CSS url()");
        List<String> sources = imageSources(html);
        assertFalse(sources.isEmpty());
        sources.forEach(s -> assertTrue(s.startsWith("data:image/png;base64,"), s.substring(0, Math.min(40, s.length()))));
        assertTrue(html.contains("content=\"default-src 'none'; img-src data:;"), "a CSP that admits nothing else");
    }

    @Test
    void aFailedAgentIsShownWithItsErrorAndTheOthersStillPlotted(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.SMALL, dir.resolve("run"));
        ObjectNode summary = (ObjectNode) mapper.readTree(run.resolve("summary.json").toFile());
        ObjectNode failed = mapper.createObjectNode();
        failed.put("id", "popularity").put("type", "popularity").put("status", "failed")
                .put("error", "training diverged <at step 3>");
        summary.withArray("agents").set(1, failed);
        mapper.writeValue(run.resolve("summary.json").toFile(), summary);

        String html = report(run);
        assertTrue(html.contains("<strong>Agent popularity failed:</strong> training diverged &lt;at step 3&gt;"), html);
        assertTrue(html.contains("failed: training diverged &lt;at step 3&gt;</td>"), "and in the agent table");
        assertEquals(8, imageSources(html).size());
    }

    @Test
    void trainingCurvesAppearWhenTheRunHasTrainingCsv(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.SMALL, dir.resolve("run"));
        Files.writeString(run.resolve("training.csv"), """
                agent,replicate,episode,step,return,loss,epsilon
                greedy-engagement,0,0,60,1.5,0.9,1
                greedy-engagement,0,1,120,2.5,0.5,0.5
                greedy-engagement,1,0,60,2.5,,1
                greedy-engagement,1,1,120,3.5,0.3,0.5
                """);
        String html = report(run);
        assertTrue(html.contains("alt=\"Training return per agent with its range across training runs\""));
        assertTrue(html.contains("alt=\"Training loss per agent\""));
        assertEquals(10, imageSources(html).size());
    }

    @Test
    void perDayPlotsAppearWhenUsersLiveForDays(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.POPULATION.replace("\"days\": 1", "\"days\": 3")
                .replace("\"users\": 2000", "\"users\": 120"), dir.resolve("run"));
        assertTrue(Files.isRegularFile(run.resolve("daily.csv")));
        String html = report(run);
        assertTrue(html.contains("<h2>Per simulated day</h2>"));
        for (String title : List.of("Items per user per day", "Harmful share per day", "Topic entropy per day",
                "Users who watched per day")) {
            assertTrue(html.contains("alt=\"" + title + " per agent\""), title);
        }
    }

    @Test
    void theHarmfulShareOverTimeHasItsIntervalAndARunWrittenBeforeTheIntervalsStillReports(@TempDir Path dir)
            throws Exception {
        Path run = RunDirectories.single(TestConfigs.POPULATION.replace("\"days\": 1", "\"days\": 2")
                .replace("\"users\": 2000", "\"users\": 120"), dir.resolve("run"));
        String withBands = report(run);
        String caption = "with its 95% interval as thin lines (over training runs for an agent that learns and has"
                + " two or more, otherwise over users; none where fewer than two of them, or all alike).";
        assertTrue(withBands.contains("Harmful share over watch time per agent, middle of each bucket, " + caption),
                "watch time");
        assertTrue(withBands.contains("Harmful share per day per agent, " + caption), "per day");
        // The same run as an earlier version wrote it: no interval columns, so lines without bands.
        for (String file : List.of("timeseries.csv", "daily.csv")) {
            List<String> lines = Files.readAllLines(run.resolve(file));
            String[] header = lines.get(0).split(",");
            List<Integer> kept = new java.util.ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (!header[i].startsWith("harmful_share_ci")) {
                    kept.add(i);
                }
            }
            assertEquals(header.length - 3, kept.size(), file);
            List<String> old = lines.stream().map(l -> {
                String[] cells = l.split(",", -1);
                return String.join(",", kept.stream().map(i -> cells[i]).toList());
            }).toList();
            Files.write(run.resolve(file), old);
        }
        String without = report(run);
        assertFalse(without.contains(caption), "no interval is claimed where the files have none");
        assertTrue(without.contains("Harmful share over watch time per agent, middle of each bucket."));
        assertTrue(without.contains("alt=\"Harmful share per day per agent\""));
    }

    @Test
    void aRunOfOneSessionPerUserHasNoPerDaySection(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.SMALL, dir.resolve("run"));
        assertFalse(Files.exists(run.resolve("daily.csv")));
        assertFalse(report(run).contains("Per simulated day"));
    }

    @Test
    void writingAgainGivesTheSameBytesAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.SMALL, dir.resolve("run"));
        byte[] first = Files.readAllBytes(ReportWriter.write(run));
        byte[] second = Files.readAllBytes(ReportWriter.write(run));
        assertArrayEquals(first, second);
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aSweepReportDrawsTheTradeOffAcrossTheSweepAndLinksEveryTrialReport(@TempDir Path dir) throws Exception {
        Path sweep = RunDirectories.sweep(RunDirectories.SWEEP_CONFIG, dir.resolve("sweep"));
        String html = report(sweep);
        assertTrue(html.contains("2 trials over world.reward.harmPenalty"), "the trial count is stated");
        assertTrue(html.contains("world.reward.harmPenalty = 1"));
        assertEquals(2, imageSources(html).size(), "return and watch time against harmful share");
        for (String id : List.of("trial-000", "trial-001")) {
            assertTrue(html.contains("<a href=\"trials/" + id + "/report.html\">"), id);
            assertTrue(Files.isRegularFile(sweep.resolve("trials").resolve(id).resolve("report.html")), id);
        }
        assertFalse(EXTERNAL.matcher(html).find());
    }

    @Test
    void aFailedTrialIsShownWithItsErrorAndNotLinked(@TempDir Path dir) throws Exception {
        Path sweep = RunDirectories.sweep(RunDirectories.SWEEP_CONFIG, dir.resolve("sweep"));
        ObjectNode summary = (ObjectNode) mapper.readTree(sweep.resolve("summary.json").toFile());
        ObjectNode trial = (ObjectNode) summary.withArray("trials").get(1);
        trial.put("status", "failed").put("error", "java.lang.IllegalStateException: <boom>").remove("agents");
        mapper.writeValue(sweep.resolve("summary.json").toFile(), summary);

        String html = report(sweep);
        assertTrue(html.contains("failed:</strong> java.lang.IllegalStateException: &lt;boom&gt;"), html);
        assertTrue(html.contains("trial failed: java.lang.IllegalStateException: &lt;boom&gt;"));
        assertFalse(html.contains("trials/trial-001/report.html"));
    }

    @Test
    void aMissingDirectoryIsAnErrorThatNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(missing));
        assertEquals(missing + ": does not exist", e.getMessage());
    }

    @Test
    void aDirectoryWithoutSummaryIsNotARunDirectory(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(dir));
        assertEquals(dir + ": not a FeedGym run directory (no summary.json)", e.getMessage());
    }

    @Test
    void anUnfinishedSweepSaysHowToFinishIt(@TempDir Path dir) throws Exception {
        Path sweep = RunDirectories.sweep(RunDirectories.SWEEP_CONFIG, dir.resolve("sweep"));
        Files.delete(sweep.resolve("summary.json"));
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(sweep));
        assertTrue(e.getMessage().contains("the sweep has not finished"), e.getMessage());
    }

    @Test
    void aCorruptSummaryIsAnErrorThatNamesTheFile(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(TestConfigs.SMALL, dir.resolve("run"));
        Files.writeString(run.resolve("summary.json"), "{\"agents\": [");
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(run));
        assertTrue(e.getMessage().startsWith(run.resolve("summary.json") + ": cannot be read: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
