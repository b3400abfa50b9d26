package org.feedgym.simulator.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.EpisodeRecord;

/** Writes {@code episodes.csv}: one row per agent × replicate × user. Empty cells mean "none". */
public final class EpisodesCsv {

    /** Column names, in order. */
    public static final String[] HEADER = {"agent", "replicate", "user", "seed", "persona", "return", "steps",
        "sessions", "watch_minutes", "likes", "shares", "comments", "downloads", "harmful_items",
        "harmful_minutes", "minutes_to_first_harmful", "items_to_first_harmful", "topic_entropy_bits",
        "interest_drift", "end_reason"};

    private EpisodesCsv() {
    }

    /** Writes every episode of every agent to {@code file}. */
    public static void write(Path file, List<AgentEvaluation> evaluations) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (AgentEvaluation ev : evaluations) {
                for (EpisodeRecord e : ev.episodes()) {
                    out.printRecord(e.agent(), e.replicate(), e.user(), Long.toUnsignedString(e.seed()), e.persona(),
                            num(e.totalReturn()), e.steps(), e.sessions(), num(e.watchSeconds() / 60), e.likes(),
                            e.shares(), e.comments(), e.downloads(), e.harmfulItems(),
                            num(e.harmfulWatchSeconds() / 60), num(e.watchSecondsToFirstHarmful() / 60),
                            e.reachedHarmful() ? Integer.toString(e.itemsToFirstHarmful()) : "",
                            num(e.topicEntropyBits()), num(e.interestDrift()), e.endReason());
                }
            }
        }
    }

    /** Six significant digits, or an empty cell for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
