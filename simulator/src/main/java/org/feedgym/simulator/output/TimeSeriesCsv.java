package org.feedgym.simulator.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.metrics.Entropy;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.TimeSeries;

/**
 * Writes {@code timeseries.csv}: per agent, persona ({@code all} first) and bucket of watch
 * time, the users and items in the bucket, the harmful share of those items, the entropy of
 * their topics and the mean reward per item. Buckets are in each user's own minutes watched, so
 * "minute 60" means an hour into that user's watching.
 */
public final class TimeSeriesCsv {

    /** Column names. */
    public static final String[] HEADER = {"agent", "persona", "bucket_start_minutes", "bucket_end_minutes", "users",
        "items", "harmful_share", "topic_entropy_bits", "mean_reward"};

    private TimeSeriesCsv() {
    }

    /** Writes the series of every agent that did not fail. */
    public static void write(Path file, List<AgentEvaluation> evaluations, List<String> personas, double bucketMinutes)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (AgentEvaluation ev : evaluations) {
                if (ev.failed()) {
                    continue;
                }
                List<TimeSeries.Cell> cells = ev.timeSeries().cells();
                for (int g = 0; g <= personas.size(); g++) {
                    String persona = g == 0 ? "all" : personas.get(g - 1);
                    for (TimeSeries.Cell c : cells) {
                        if (c.group() != g) {
                            continue;
                        }
                        int[] counts = new int[c.topicCounts().length];
                        for (int t = 0; t < counts.length; t++) {
                            counts[t] = (int) Math.min(Integer.MAX_VALUE, c.topicCounts()[t]);
                        }
                        out.printRecord(ev.name(), persona, Csv.num(c.bucket() * bucketMinutes),
                                Csv.num((c.bucket() + 1) * bucketMinutes), c.users(), c.items(),
                                Csv.num((double) c.harmful() / c.items()), Csv.num(Entropy.bits(counts, 0, counts.length)),
                                Csv.num(c.reward() / c.items()));
                    }
                }
            }
        }
    }
}
