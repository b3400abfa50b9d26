package org.feedgym.simulator.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.feedgym.env.io.AtomicFiles;
import org.feedgym.simulator.output.OtherOutputs;
import org.feedgym.simulator.sweep.SweepSummary;

/**
 * Writes {@code report.html} into a run directory, single run or sweep, from the files already
 * there. For a sweep it first writes each finished trial's own report (in
 * {@code trials/<id>/report.html}) and links to them from the sweep's report.
 *
 * <p>The report replaces any earlier one atomically: it is written to a hidden temporary file in
 * the same directory and renamed, so a reader sees the old report or the new one, never half of
 * one. Writing it twice from the same directory gives the same bytes.
 *
 * <pre>{@code
 * Path report = ReportWriter.write(Path.of("runs/quickstart-20250101-120000"));
 * }</pre>
 */
public final class ReportWriter {

    /** File name of the report inside the run directory. */
    public static final String FILE_NAME = "report.html";

    private ReportWriter() {
    }

    /**
     * Writes the report of a run directory.
     *
     * @param runDirectory a directory written by {@code feedgym run}: a single run (with
     *                     {@code summary.json} and {@code config.resolved.json}) or a finished
     *                     sweep (with {@code sweep-plan.json} too)
     * @return the report file
     * @throws ReportException when the directory is missing or is not a readable run directory
     *                         (a study's, offline evaluation's or calibration's among them)
     * @throws IOException     when the report cannot be written
     */
    public static Path write(Path runDirectory) throws ReportException, IOException {
        Optional<String> other = OtherOutputs.problem(runDirectory, "report", "run, sweep and sensitivity directories");
        if (other.isPresent()) {
            throw new ReportException(runDirectory, other.get());
        }
        if (SweepRun.isSweep(runDirectory) && SensitivityReport.isSensitivity(runDirectory)) {
            return writeAtomically(runDirectory.resolve(FILE_NAME), SensitivityReport.render(SweepRun.read(runDirectory)));
        }
        if (SweepRun.isSweep(runDirectory)) {
            SweepRun sweep = SweepRun.read(runDirectory);
            Set<String> trialReports = new LinkedHashSet<>();
            for (SweepSummary.Trial t : sweep.summary().trials()) {
                Path dir = sweep.trialDirectory(t.id());
                if (t.ok() && dir != null && Files.isRegularFile(dir.resolve("summary.json"))) {
                    writeAtomically(dir.resolve(FILE_NAME), SingleRunReport.render(SingleRun.read(dir)));
                    trialReports.add(t.id());
                }
            }
            return writeAtomically(runDirectory.resolve(FILE_NAME), SweepReport.render(sweep, trialReports));
        }
        SingleRun run = SingleRun.read(runDirectory);
        return writeAtomically(runDirectory.resolve(FILE_NAME), SingleRunReport.render(run));
    }

    /** File name of the stand-alone fidelity page. */
    public static final String FIDELITY_FILE_NAME = "fidelity.html";

    /**
     * Writes {@code fidelity.html}, the fidelity section as a page of its own, from the
     * {@code fidelity.json} in a directory (the output of {@code feedgym calibrate}). Writing it
     * twice from the same file gives the same bytes.
     *
     * @param directory a directory holding {@code fidelity.json}
     * @param title     the page's title (text)
     * @return the page
     * @throws ReportException when the directory or its {@code fidelity.json} is missing or unreadable
     * @throws IOException     when the page cannot be written
     */
    public static Path writeFidelity(Path directory, String title) throws ReportException, IOException {
        return writeFidelity(directory, title, FIDELITY_FILE_NAME);
    }

    /**
     * As {@link #writeFidelity(Path, String)}, into a file of the given name in the directory
     * ({@code feedgym calibrate} writes it as {@code report.html}).
     */
    public static Path writeFidelity(Path directory, String title, String fileName) throws ReportException, IOException {
        RunFiles.requireDirectory(directory);
        org.feedgym.simulator.fidelity.FidelityResult result = FidelityReport.readIfPresent(directory);
        if (result == null) {
            throw new ReportException(directory, "has no " + org.feedgym.simulator.fidelity.FidelityJson.FILE_NAME);
        }
        return writeAtomically(directory.resolve(fileName), FidelityReport.render(result, title));
    }

    private static Path writeAtomically(Path file, String html) throws IOException {
        AtomicFiles.writeString(file, html);
        return file;
    }
}
