package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;

/**
 * A single-run directory as the report reads it.
 *
 * @param directory  the run directory
 * @param summary    {@code summary.json}
 * @param config     {@code config.resolved.json}
 * @param manifest   {@code manifest.json}, or null when absent
 * @param timeSeries rows of {@code timeseries.csv}; empty when absent
 * @param training   rows of {@code training.csv}; empty when absent (no agent trained)
 * @param daily      rows of {@code daily.csv}; empty when absent (users live one session)
 */
record SingleRun(Path directory, Summary summary, JsonNode config, Manifest manifest,
                 List<TimeSeriesRow> timeSeries, List<TrainingRow> training, List<DailyRow> daily) {

    SingleRun {
        timeSeries = List.copyOf(timeSeries);
        daily = List.copyOf(daily);
        training = List.copyOf(training);
    }

    /**
     * One row of {@code timeseries.csv}: a bucket of watch time (minutes into each user's own
     * watching) for one agent and persona ({@code all} pools the personas).
     */
    record TimeSeriesRow(String agent, String persona, double startMinutes, double endMinutes, long users,
                         long items, double harmfulShare, double harmfulShareLow, double harmfulShareHigh,
                         double topicEntropyBits, double meanReward) {
    }

    /**
     * One row of {@code daily.csv}: simulated day {@code day} (1 = the first) for one agent and
     * persona. The harmful share's interval ends are NaN where the file has none (runs written
     * before it had them, or too few users or runs).
     */
    record DailyRow(String agent, String persona, int day, long users, long items, double itemsPerUser,
                    double harmfulShare, double harmfulShareLow, double harmfulShareHigh, double topicEntropyBits,
                    double meanReward) {
    }

    /** One row of {@code training.csv}: one training episode; NaN where a value does not apply. */
    record TrainingRow(String agent, int replicate, int episode, double episodeReturn, double loss, double epsilon) {
    }

    /** Reads a single-run directory. */
    static SingleRun read(Path dir) throws ReportException {
        RunFiles.requireDirectory(dir);
        Summary summary = RunFiles.summary(dir.resolve("summary.json"));
        JsonNode config = RunFiles.json(dir.resolve("config.resolved.json"));
        Manifest manifest = RunFiles.manifest(dir.resolve("manifest.json"));
        Path ts = dir.resolve("timeseries.csv");
        List<TimeSeriesRow> rows = new ArrayList<>();
        for (CSVRecord r : RunFiles.csv(ts, "agent", "persona", "bucket_start_minutes", "bucket_end_minutes", "users",
                "items", "harmful_share", "topic_entropy_bits", "mean_reward")) {
            rows.add(new TimeSeriesRow(r.get("agent"), r.get("persona"), RunFiles.number(r, "bucket_start_minutes", ts),
                    RunFiles.number(r, "bucket_end_minutes", ts), (long) RunFiles.number(r, "users", ts),
                    (long) RunFiles.number(r, "items", ts), RunFiles.number(r, "harmful_share", ts),
                    RunFiles.optionalNumber(r, "harmful_share_ci95_low", ts),
                    RunFiles.optionalNumber(r, "harmful_share_ci95_high", ts),
                    RunFiles.number(r, "topic_entropy_bits", ts), RunFiles.number(r, "mean_reward", ts)));
        }
        Path tr = dir.resolve("training.csv");
        List<TrainingRow> training = new ArrayList<>();
        for (CSVRecord r : RunFiles.csv(tr, "agent", "replicate", "episode", "return", "loss", "epsilon")) {
            training.add(new TrainingRow(r.get("agent"), (int) RunFiles.number(r, "replicate", tr),
                    (int) RunFiles.number(r, "episode", tr), RunFiles.number(r, "return", tr),
                    RunFiles.number(r, "loss", tr), RunFiles.number(r, "epsilon", tr)));
        }
        Path dl = dir.resolve("daily.csv");
        List<DailyRow> daily = new ArrayList<>();
        for (CSVRecord r : RunFiles.csv(dl, "agent", "persona", "day", "users", "items", "items_per_user",
                "harmful_share", "topic_entropy_bits", "mean_reward")) {
            daily.add(new DailyRow(r.get("agent"), r.get("persona"), (int) RunFiles.number(r, "day", dl),
                    (long) RunFiles.number(r, "users", dl), (long) RunFiles.number(r, "items", dl),
                    RunFiles.number(r, "items_per_user", dl), RunFiles.number(r, "harmful_share", dl),
                    RunFiles.optionalNumber(r, "harmful_share_ci95_low", dl),
                    RunFiles.optionalNumber(r, "harmful_share_ci95_high", dl),
                    RunFiles.number(r, "topic_entropy_bits", dl), RunFiles.number(r, "mean_reward", dl)));
        }
        return new SingleRun(dir, summary, config, manifest, rows, training, daily);
    }
}
