package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.calibration.Calibration;
import org.feedgym.simulator.calibration.CalibrationOutputs;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.fidelity.TargetFidelity;
import org.feedgym.simulator.output.StagedDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym calibrate CONFIG [--out DIR] [--threads N]}: fits the user-model parameters
 * named in {@code world.calibration.fit} to a real log and writes {@code calibrated-world.json},
 * {@code fidelity.json}, {@code report.html} and {@code manifest.json}.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit user-model parameters to a real interaction log (world.calibration)",
            "by simulated method of moments on the fitting users; compare default and",
            "calibrated users on the held-out users. Writes calibrated-world.json (a config",
            "'feedgym run' accepts), fidelity.json, report.html and manifest.json.",
            "Progress goes to stderr."})
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON) with world.calibration")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: runs/<name>-calibration-<timestamp>); must not exist or be empty")
    Path out;

    @picocli.CommandLine.Mixin
    ThreadsOption threadsOption = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded;
        try {
            loaded = loader.load(config);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (loaded.config().world().calibration() == null) {
            System.err.println("error: " + config + ": $.world.calibration: missing; calibrate needs a"
                    + " \"calibration\" section naming the log and the parameters to fit (README: Calibrating to a log)");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        java.util.OptionalInt resolved = threadsOption.resolve();
        if (resolved.isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = resolved.getAsInt();
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name() + "-calibration");
        if (dir.toString().isBlank()) {
            System.err.println("error: " + StagedDirectory.EMPTY_TARGET);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            System.err.println("error: " + dir + ": output directory exists and is not an empty directory;"
                    + " choose another --out or remove it");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        Calibration.Result result;
        try {
            result = new CalibrationOutputs(loader.mapper(), Clock.systemUTC()).run(loaded, dir, t, System.err::println);
        } catch (CalibrationOutputs.InputException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        // The target column is as wide as its longest name ("... (free-running)" ones are long).
        int width = result.fidelity().targets().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        String row = "%-" + Math.max(26, width) + "s %11s %14s%n";
        System.out.printf(Locale.ROOT, row, "target", "KS default", "KS calibrated");
        for (TargetFidelity f : result.fidelity().targets()) {
            System.out.printf(Locale.ROOT, row, f.name(), String.format(Locale.ROOT, "%.4f", f.ks().defaultModel()),
                    String.format(Locale.ROOT, "%.4f", f.ks().calibrated()));
        }
        System.out.printf(Locale.ROOT, "Calibration written to %s (%.1f s)%n", RunDirectories.shown(dir.toAbsolutePath()
                .normalize()), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
