package org.feedgym.simulator.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.metrics.Entropy;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.TimeSeries;

/**
 * Writes the exposure series of a run, per agent, persona ({@code all} first) and bucket: the
 * users and items in the bucket, the harmful share of those items with its 95% interval, the
 * entropy of their topics and the mean reward per item. {@code timeseries.csv} buckets each
 * user's own minutes watched, so "minute 60" means an hour into that user's watching;
 * {@code daily.csv} (runs whose users come back over days) buckets the simulated day the item's
 * session began on, and adds the items per user with a session that day.
 *
 * <p>The interval's unit is chosen per agent, as the summary's intervals are: an agent that learns
 * and has two or more training runs gets it over its training runs (empty in a bucket fewer than
 * two of them reach), every other agent over users, every replicate's users pooled; the column
 * {@code harmful_share_ci_over} names the unit, and the ends are empty where there is no interval
 * ({@link TimeSeries.Cell#harmfulShareInterval}).
 */
public final class TimeSeriesCsv {

    /** Column names of {@code timeseries.csv}. */
    public static final String[] HEADER = {"agent", "persona", "bucket_start_minutes", "bucket_end_minutes", "users",
        "items", "harmful_share", "harmful_share_ci95_low", "harmful_share_ci95_high", "harmful_share_ci_over",
        "topic_entropy_bits", "mean_reward"};

    /** Column names of {@code daily.csv}. */
    public static final String[] DAILY_HEADER = {"agent", "persona", "day", "users", "items", "items_per_user",
        "harmful_share", "harmful_share_ci95_low", "harmful_share_ci95_high", "harmful_share_ci_over",
        "topic_entropy_bits", "mean_reward"};

    private TimeSeriesCsv() {
    }

    /** Writes the watch-time series of every agent that did not fail. */
    public static void write(Path file, List<AgentEvaluation> evaluations, List<String> personas, double bucketMinutes)
            throws IOException {
        write(file, HEADER, evaluations, AgentEvaluation::timeSeries, personas,
                c -> new Object[] {Csv.num(c.bucket() * bucketMinutes), Csv.num((c.bucket() + 1) * bucketMinutes),
                    c.users(), c.items()});
    }

    /** Writes the per-day series of every agent that did not fail; day 1 is the users' first. */
    public static void writeDaily(Path file, List<AgentEvaluation> evaluations, List<String> personas)
            throws IOException {
        write(file, DAILY_HEADER, evaluations, AgentEvaluation::daily, personas,
                c -> new Object[] {c.bucket() + 1, c.users(), c.items(), Csv.num((double) c.items() / c.users())});
    }

    /** Training runs for an agent that learns and has two or more of them, users otherwise. */
    static TimeSeries.Unit intervalUnit(AgentEvaluation ev) {
        return ev.learns() && ev.replicates().size() >= 2 ? TimeSeries.Unit.TRAINING_RUNS : TimeSeries.Unit.USERS;
    }

    private static void write(Path file, String[] header, List<AgentEvaluation> evaluations,
                              Function<AgentEvaluation, TimeSeries> series, List<String> personas,
                              Function<TimeSeries.Cell, Object[]> bucketColumns) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get();
        IntFunction<String> persona = g -> g == 0 ? "all" : personas.get(g - 1);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (AgentEvaluation ev : evaluations) {
                if (ev.failed()) {
                    continue;
                }
                List<TimeSeries.Cell> cells = series.apply(ev).cells();
                TimeSeries.Unit unit = intervalUnit(ev);
                for (int g = 0; g <= personas.size(); g++) {
                    for (TimeSeries.Cell c : cells) {
                        if (c.group() != g) {
                            continue;
                        }
                        int[] counts = new int[c.topicCounts().length];
                        for (int t = 0; t < counts.length; t++) {
                            counts[t] = (int) Math.min(Integer.MAX_VALUE, c.topicCounts()[t]);
                        }
                        List<Object> row = new ArrayList<>(List.of(ev.name(), persona.apply(g)));
                        row.addAll(List.of(bucketColumns.apply(c)));
                        row.add(Csv.num(c.harmfulShare()));
                        double[] interval = c.harmfulShareInterval(unit);
                        row.add(interval == null ? "" : Csv.num(interval[0]));
                        row.add(interval == null ? "" : Csv.num(interval[1]));
                        row.add(interval == null ? "" : unit.label());
                        row.add(Csv.num(Entropy.bits(counts, 0, counts.length)));
                        row.add(Csv.num(c.reward() / c.items()));
                        out.printRecord(row);
                    }
                }
            }
        }
    }
}
