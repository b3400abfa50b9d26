package org.feedgym.simulator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.agents.registry.JsonErrors;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Csv;
import org.feedgym.simulator.sweep.SweepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.feedgym.simulator.output.OtherOutputs;

/**
 * {@code feedgym compare RUN_DIR...}: one table of every agent of every run (and every trial of
 * a sweep), printed and written as CSV. An agent that learns is shown with its run-level
 * estimate (over training runs), the others with the episode-level one; the {@code interval} and
 * {@code n} columns say which.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Print and write a side-by-side table of the agents of several runs (sweeps: every trial).")
final class CompareCommand implements Callable<Integer> {

    /** The columns: the registry's {@link Metric.Use#COMPARE} metrics, named in snake_case. */
    static final List<Metric> COLUMNS = MetricRegistry.in(Metric.Use.COMPARE);

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run directories written by feedgym run")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write (default: comparison.csv in the current directory)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path file = out != null ? out : Path.of("comparison.csv");
        String refused = unwritable(file);
        if (refused != null) {
            System.err.println("error: --out " + file + ": " + refused);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        List<String[]> rows = new ArrayList<>();
        List<String[]> shown = new ArrayList<>();
        for (Path run : runs) {
            Optional<String> other = OtherOutputs.problem(run, "compare", "run and sweep directories");
            if (other.isPresent()) {
                System.err.println("error: " + run + ": " + other.get());
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            Path summaryFile = run.resolve("summary.json");
            if (!Files.isRegularFile(summaryFile)) {
                System.err.println("error: " + run + ": not a run directory (no summary.json)");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            try {
                if (SweepSummary.isSweepDirectory(run)) {
                    for (SweepSummary.Trial trial : SweepSummary.read(summaryFile).trials()) {
                        addAgents(rows, shown, run, trial.id() + " " + trial.valuesText(),
                                trial.agents() == null ? List.of() : trial.agents());
                    }
                } else {
                    addAgents(rows, shown, run, "", Summary.read(summaryFile).agents());
                }
            } catch (Summary.NotARunSummary e) {
                System.err.println("error: " + summaryFile + ": " + e.getMessage());
                return FeedGymCli.EXIT_BAD_INPUT;
            } catch (IOException e) {
                String why = e instanceof JsonProcessingException j ? JsonErrors.oneLine(j) : e.getMessage();
                System.err.println("error: " + summaryFile + ": not a readable summary: " + why);
                return FeedGymCli.EXIT_BAD_INPUT;
            }
        }
        StringWriter csv = new StringWriter();
        List<String> header = new ArrayList<>(List.of("run", "trial", "agent"));
        for (Metric c : COLUMNS) {
            header.add(c.csvName());
            header.add(c.csvName() + "_ci95_low");
            header.add(c.csvName() + "_ci95_high");
        }
        // Which interval the row's figures are: over training runs for an agent that learns.
        header.add("interval");
        header.add("n");
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (String[] r : rows) {
                p.printRecord((Object[]) r);
            }
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        print(shown);
        System.out.println("\nWritten to " + file.toAbsolutePath().normalize());
        return 0;
    }

    /** Why the CSV cannot be written at {@code file} (checked before any summary is read), or null. */
    private static String unwritable(Path file) {
        if (file.toString().isBlank()) {
            return "the file name is empty; name a CSV file, e.g. --out comparison.csv";
        }
        if (Files.isDirectory(file)) {
            return "is a directory; name a CSV file in it, e.g. --out " + file.resolve("comparison.csv");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        return null;
    }

    /**
     * Adds a row per agent: to {@code rows} as the CSV has it (mean and interval ends per column,
     * unit, n), and to {@code shown} as the table prints it (each cell as the run table does:
     * mean ± half-width, or mean [low, high]; then n and the unit).
     */
    private static void addAgents(List<String[]> rows, List<String[]> shown, Path run, String trial,
                                  List<Summary.AgentSummary> agents) {
        for (Summary.AgentSummary a : agents) {
            List<String> r = new ArrayList<>(List.of(run.toString(), trial, a.id()));
            List<String> cells = new ArrayList<>(List.of(run.toString(), trial, a.id()));
            for (Metric c : COLUMNS) {
                Optional<Estimate> e = a.shown(c);
                r.add(e.map(x -> Csv.num(x.mean())).orElse(""));
                r.add(e.map(x -> Csv.num(x.ci95Low())).orElse(""));
                r.add(e.map(x -> Csv.num(x.ci95High())).orElse(""));
                cells.add(SummaryTable.cell(e, c));
            }
            boolean runs = a.learner() && a.runLevel() != null;
            String unit = !a.ok() ? "" : runs ? "runs" : "episodes";
            String n = !a.ok() ? "" : String.valueOf(runs ? a.replicates() : a.episodes());
            r.add(unit);
            r.add(n);
            cells.add(unit.isEmpty() ? "-" : n + " " + (n.equals("1") ? unit.substring(0, unit.length() - 1) : unit));
            rows.add(r.toArray(String[]::new));
            shown.add(cells.toArray(String[]::new));
        }
    }

    /** Prints the table: each column as wide as its header or its widest cell, so none is cut. */
    private static void print(List<String[]> shown) {
        int columns = 3 + COLUMNS.size() + 1;
        String[] header = new String[columns];
        header[0] = "run";
        header[1] = "trial";
        header[2] = "agent";
        for (int c = 0; c < COLUMNS.size(); c++) {
            header[3 + c] = COLUMNS.get(c).csvName();
        }
        header[columns - 1] = "interval";
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            final int at = c;
            widths[c] = Math.max(header[c].length(), shown.stream().mapToInt(r -> r[at].length()).max().orElse(0));
        }
        System.out.println(line(header, widths));
        for (String[] r : shown) {
            System.out.println(line(r, widths));
        }
        System.out.println("Mean ± half-width of the 95% CI ([low, high] when not symmetric; the CSV has both ends),"
                + " over the interval's unit: training runs for agents that learn, episodes for the others.");
    }

    /** One table line: cells padded to their column's width, two blanks apart, no trailing blanks. */
    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(c == cells.length - 1 ? cells[c] : String.format(Locale.ROOT, "%-" + widths[c] + "s", cells[c]));
        }
        return sb.toString().stripTrailing();
    }
}
