package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.sweep.SweepSummary;

/**
 * A sweep directory as the report reads it.
 *
 * @param directory the sweep directory
 * @param summary   {@code summary.json}: parameters and trials with their agents
 * @param config    {@code config.resolved.json} of the whole sweep
 * @param manifest  {@code manifest.json}, or null when absent (a sweep still running)
 */
record SweepRun(Path directory, SweepSummary summary, JsonNode config, Manifest manifest) {

    /** True when {@code dir} holds a sweep rather than a single run. */
    static boolean isSweep(Path dir) {
        return SweepSummary.isSweepDirectory(dir);
    }

    /** Reads a sweep directory. */
    static SweepRun read(Path dir) throws ReportException {
        RunFiles.requireDirectory(dir);
        if (!Files.isRegularFile(dir.resolve("summary.json"))) {
            throw new ReportException(dir, "the sweep has not finished (no summary.json); run it again with the same"
                    + " --out to finish it");
        }
        SweepSummary summary = RunFiles.sweepSummary(dir.resolve("summary.json"));
        if (summary.trials() == null) {
            throw new ReportException(dir.resolve("summary.json"), "has no \"trials\" list");
        }
        JsonNode config = RunFiles.json(dir.resolve("config.resolved.json"));
        Manifest manifest = RunFiles.manifest(dir.resolve("manifest.json"));
        return new SweepRun(dir, summary, config, manifest);
    }

    /**
     * The directory of one trial, or {@code null} when the id is not a plain file name (the
     * summary is data: it must not point the report outside the sweep directory).
     */
    Path trialDirectory(String id) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,100}") || id.matches("\\.+")) {
            return null;
        }
        return directory.resolve("trials").resolve(id);
    }
}
