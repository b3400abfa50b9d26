package org.feedgym.simulator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.run.AgentEvaluation;

/** Writes {@code episodes.csv}: one row per agent × replicate × user. Empty cells mean "none". */
public final class EpisodesCsv {

    private static final String[] FIXED = {"agent", "replicate", "user", "seed", "persona", "return", "steps",
        "sessions", "watch_minutes", "likes", "shares", "comments", "downloads", "hates", "harmful_items",
        "harmful_minutes", "minutes_to_first_harmful", "items_to_first_harmful", "topic_entropy_bits",
        "majority_topic_share", "intra_list_diversity", "interest_drift", "similar_after_trigger", "end_reason",
        "unwanted_return_items", "unwanted_return_minutes", "unwanted_returned_share", "bep_distance",
        "bep_entropy_gain", "bep_share_drop"};

    private EpisodesCsv() {
    }

    /** The header for these watch-time checkpoints (minutes). */
    public static List<String> header(List<Double> checkpointsMinutes) {
        List<String> h = new ArrayList<>(List.of(FIXED));
        int at = h.indexOf("topic_entropy_bits");
        for (Double c : checkpointsMinutes) {
            h.add(at++, "harmful_share_within_" + Csv.num(c) + "_min");
        }
        return h;
    }

    /** Writes every episode of every agent to {@code file}, reading each agent's episodes in one pass. */
    public static void write(Path file, List<AgentEvaluation> evaluations, List<Double> checkpointsMinutes)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(checkpointsMinutes).toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            List<Object> row = new ArrayList<>();
            for (AgentEvaluation ev : evaluations) {
                ev.episodes().forEach(e -> {
                    row.clear();
                    row.addAll(List.of(e.agent(), e.replicate(), e.user(), Long.toUnsignedString(e.seed()), e.persona(),
                            Csv.num(e.totalReturn()), e.steps(), e.sessions(), Csv.num(e.watchSeconds() / 60), e.likes(),
                            e.shares(), e.comments(), e.downloads(), e.hates(), e.harmfulItems(),
                            Csv.num(e.harmfulWatchSeconds() / 60), Csv.num(e.watchSecondsToFirstHarmful() / 60),
                            e.reachedHarmful() ? Integer.toString(e.itemsToFirstHarmful()) : ""));
                    for (int c = 0; c < checkpointsMinutes.size(); c++) {
                        row.add(Csv.num(e.harmfulShareByCheckpoint(c)));
                    }
                    row.addAll(List.of(Csv.num(e.topicEntropyBits()), Csv.num(e.majorityTopicShare()),
                            Csv.num(e.intraListDiversity()), Csv.num(e.interestDrift()),
                            Csv.num(e.similarAfterTrigger()), e.endReason(), Csv.num(e.unwantedReturnItems()),
                            Csv.num(e.unwantedReturnMinutes()), Csv.num(e.unwantedReturnedShare()),
                            Csv.num(e.bepDistance()), Csv.num(e.bepEntropyGain()),
                            Csv.num(e.bepShareDrop())));
                    try {
                        out.printRecord(row);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
