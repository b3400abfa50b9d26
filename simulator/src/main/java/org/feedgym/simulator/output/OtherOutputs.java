package org.feedgym.simulator.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recognises the output directories of the commands whose results {@code report} and
 * {@code compare} do not read — a study's ({@code feedgym study}), an offline evaluation's
 * ({@code feedgym offline}) and a calibration's ({@code feedgym calibrate}) — so that those
 * commands can say what the directory is and where its results are, rather than that a file is
 * missing or unreadable.
 */
public final class OtherOutputs {

    private OtherOutputs() {
    }

    /**
     * When {@code dir} is one of those directories, why {@code command} does not take it and where
     * its results are, as one line to follow the directory's name, e.g. {@code is a study directory
     * (homogenization, written by 'feedgym study'), which report does not read (it takes run, sweep
     * and sensitivity directories); its results are in summary.json, simulations.csv,
     * timeseries.csv}. Empty for any other directory, and when its files cannot be read (the
     * command's own reading then names the problem).
     *
     * @param command the command, e.g. {@code "report"}
     * @param takes   the directories it takes, e.g. {@code "run, sweep and sensitivity directories"}
     */
    public static Optional<String> problem(Path dir, String command, String takes) {
        String kind;
        try {
            kind = kind(dir);
            if (kind == null) {
                return Optional.empty();
            }
            List<String> results;
            try (Stream<Path> files = Files.list(dir)) {
                // summary.json first, then the command's own files.
                results = files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith(".") && !n.equals("manifest.json") && !n.equals("config.resolved.json"))
                        .sorted(Comparator.comparing((String n) -> !n.equals("summary.json"))
                                .thenComparing(Comparator.naturalOrder()))
                        .toList();
            }
            String where = results.isEmpty() ? "" : "; its results are in " + String.join(", ", results);
            return Optional.of("is " + kind + ", which " + command + " does not read (it takes " + takes + ")" + where);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What kind of directory {@code dir} is, in words, or null for none of the three. */
    private static String kind(Path dir) throws IOException {
        String study = studyOf(dir.resolve("manifest.json"));
        if (study != null) {
            return "a study directory (" + study + ", written by 'feedgym study')";
        }
        if (Files.isRegularFile(dir.resolve("offline.json"))) {
            return "an offline evaluation directory (written by 'feedgym offline')";
        }
        if (Files.isRegularFile(dir.resolve("calibrated-world.json"))) {
            return "a calibration directory (written by 'feedgym calibrate'; its own report is report.html)";
        }
        return null;
    }

    /** The study a manifest names, or null when it names none or cannot be read. */
    private static String studyOf(Path manifest) {
        try {
            return Files.isRegularFile(manifest) ? Manifest.read(manifest).study() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
