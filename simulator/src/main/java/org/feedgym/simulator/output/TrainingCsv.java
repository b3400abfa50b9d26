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
import org.feedgym.simulator.run.TrainingPoint;

/** Writes {@code training.csv}: one row per training episode of every learning agent. */
public final class TrainingCsv {

    /** Column names. */
    public static final String[] HEADER = {"agent", "replicate", "episode", "step", "return", "loss", "epsilon"};

    private TrainingCsv() {
    }

    /** True when any agent trained. */
    public static boolean needed(List<AgentEvaluation> evaluations) {
        return evaluations.stream().anyMatch(e -> !e.training().isEmpty());
    }

    /** Writes the training curves. */
    public static void write(Path file, List<AgentEvaluation> evaluations) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (AgentEvaluation ev : evaluations) {
                for (TrainingPoint p : ev.training()) {
                    out.printRecord(p.agent(), p.replicate(), p.episode(), p.step(), Csv.num(p.episodeReturn()),
                            Csv.num(p.loss()), Csv.num(p.epsilon()));
                }
            }
        }
    }
}
