package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.output.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym compare RUN_DIR...}: one table of every agent of every run (and every trial of
 * a sweep), printed and written as CSV.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Print and write a side-by-side table of the agents of several runs (sweeps: every trial).")
final class CompareCommand implements Callable<Integer> {

    static final String[][] COLUMNS = {
        {"return", "return"}, {"watchMinutes", "watch_minutes"}, {"likeRate", "like_rate"},
        {"harmfulShareItems", "harmful_share_items"}, {"reachedHarmful", "reached_harmful"},
        {"minutesToFirstHarmful", "minutes_to_first_harmful"}, {"topicEntropyBits", "topic_entropy_bits"},
        {"homogenizationJaccard", "homogenization_jaccard"},
    };

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run directories written by feedgym run")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write (default: comparison.csv in the current directory)")
    Path out;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = Json.strictMapper();
        List<String[]> rows = new ArrayList<>();
        for (Path run : runs) {
            Path summaryFile = run.resolve("summary.json");
            if (!Files.isRegularFile(summaryFile)) {
                System.err.println("error: " + run + ": not a run directory (no summary.json)");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            JsonNode summary;
            try {
                summary = mapper.readTree(summaryFile.toFile());
            } catch (IOException e) {
                System.err.println("error: " + summaryFile + ": not valid JSON: " + e.getMessage());
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            if (summary.has("trials")) {
                for (JsonNode trial : summary.get("trials")) {
                    addAgents(rows, run, trial.get("id").asText() + " " + trial.get("values"), trial.path("agents"));
                }
            } else {
                addAgents(rows, run, "", summary.path("agents"));
            }
        }
        StringWriter csv = new StringWriter();
        List<String> header = new ArrayList<>(List.of("run", "trial", "agent"));
        for (String[] c : COLUMNS) {
            header.add(c[1]);
            header.add(c[1] + "_ci95_low");
            header.add(c[1] + "_ci95_high");
        }
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (String[] r : rows) {
                p.printRecord((Object[]) r);
            }
        }
        Path file = out != null ? out : Path.of("comparison.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        print(rows);
        System.out.println("\nWritten to " + file);
        return 0;
    }

    private static void addAgents(List<String[]> rows, Path run, String trial, JsonNode agents) {
        for (JsonNode a : agents) {
            List<String> r = new ArrayList<>(List.of(run.toString(), trial, a.get("id").asText()));
            for (String[] c : COLUMNS) {
                JsonNode e = a.path("metrics").path(c[0]);
                r.add(number(e.path("mean")));
                r.add(number(e.path("ci95Low")));
                r.add(number(e.path("ci95High")));
            }
            rows.add(r.toArray(String[]::new));
        }
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? Csv.num(n.asDouble()) : "";
    }

    private static void print(List<String[]> rows) {
        int runWidth = Math.max(3, rows.stream().mapToInt(r -> r[0].length()).max().orElse(3));
        int trialWidth = Math.max(5, rows.stream().mapToInt(r -> r[1].length()).max().orElse(5));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + runWidth + "s  %-" + trialWidth + "s  %-20s",
                "run", "trial", "agent"));
        for (String[] c : COLUMNS) {
            sb.append(String.format(Locale.ROOT, "  %-12.12s", c[1]));
        }
        System.out.println(sb);
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + runWidth + "s  %-" + trialWidth
                    + "s  %-20s", r[0], r[1], r[2]));
            for (int c = 0; c < COLUMNS.length; c++) {
                String mean = r[3 + 3 * c];
                line.append(String.format(Locale.ROOT, "  %-12s", mean.isEmpty() ? "-" : mean));
            }
            System.out.println(line);
        }
    }
}
