package org.feedgym.simulator.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.fidelity.FidelityJson;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.StagedDirectory;
import org.feedgym.simulator.report.ReportException;
import org.feedgym.simulator.report.ReportWriter;

/**
 * Runs a calibration and writes its directory all at once: {@code calibrated-world.json} (the
 * input config with the calibrated user model written into {@code world.userModel}, every other
 * key as given, the calibration section kept, so {@code feedgym run} accepts it),
 * {@code fidelity.json}, {@code report.html} (the fidelity section) and {@code manifest.json}.
 * The first three hold no paths and no times: a rerun writes the same bytes.
 */
public final class CalibrationOutputs {

    /** The calibrated config's file name. */
    public static final String CALIBRATED_WORLD = "calibrated-world.json";

    private final ObjectMapper mapper;
    private final Clock clock;

    /**
     * @param mapper the config mapper ({@link ConfigLoader#mapper()})
     * @param clock  the manifest's clock
     */
    public CalibrationOutputs(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Calibrates and writes.
     *
     * @param loaded   the validated config, with {@code world.calibration}
     * @param out      the directory to create (must not exist or be empty)
     * @param threads  worker threads (results do not depend on them)
     * @param progress receives progress lines
     * @return the calibration
     * @throws InputException when the log cannot be read or has no usable rows
     * @throws IOException    when the outputs cannot be written
     */
    public Calibration.Result run(LoadedConfig loaded, Path out, int threads, Consumer<String> progress)
            throws IOException {
        Instant start = clock.instant();
        String resolved = mapper.writeValueAsString(loaded.resolved()) + "\n";
        JsonNode input;
        try {
            input = ConfigLoader.readObject(mapper, loaded.source(), ConfigLoader.readText(Path.of(loaded.source())));
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        Calibration.Result result;
        try {
            result = Calibration.calibrate(loaded.config().world(), loaded.config().seed(), pool, progress);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            String why = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            String at = e instanceof org.feedgym.env.params.FieldException f ? "$.world.calibration." + f.field()
                    : LOG_PATH;
            throw new InputException(loaded.source() + ": " + at + ": " + why, e);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        try (StagedDirectory dir = StagedDirectory.create(out)) {
            ObjectNode calibrated = input.deepCopy();
            ObjectNode world = calibrated.has("world") ? (ObjectNode) calibrated.get("world") : calibrated.putObject("world");
            world.set("userModel", mapper.valueToTree(result.model()));
            write(dir.path().resolve(CALIBRATED_WORLD), mapper.writeValueAsString(calibrated) + "\n");
            write(dir.path().resolve(FidelityJson.FILE_NAME), FidelityJson.write(result.fidelity()));
            try {
                ReportWriter.writeFidelity(dir.path(), "Calibration of " + loaded.config().name(),
                        ReportWriter.FILE_NAME);
            } catch (ReportException e) {
                throw new IOException(e.getMessage(), e);
            }
            Manifest manifest = Manifest.of(loaded.source(), resolved, loaded.config().seed(), threads, start,
                    clock.instant()).withInputs(result.log().readReport());
            write(dir.path().resolve("manifest.json"), manifest.toJson(mapper));
            dir.commit();
        }
        return result;
    }

    /** Where a calibration's log is named in a config. */
    public static final String LOG_PATH = "$.world.calibration.log";

    /** The log cannot be used: the message names the config, the JSON path and the rule or data file. */
    public static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
