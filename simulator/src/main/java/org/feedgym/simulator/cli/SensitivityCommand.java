package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.report.ReportException;
import org.feedgym.simulator.report.ReportWriter;
import org.feedgym.simulator.sensitivity.SensitivityPlan;
import org.feedgym.simulator.sensitivity.SensitivityResult;
import org.feedgym.simulator.sensitivity.SensitivityRunner;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.EngineUnavailable;
import org.feedgym.simulator.sweep.LocalTrialExecutor;
import org.feedgym.simulator.sweep.SweepRunner;
import org.feedgym.simulator.sweep.TrialEngines;
import org.feedgym.simulator.sweep.TrialExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym sensitivity CONFIG [--out DIR] [--threads N] [--engine local|spark]}: runs the
 * config's {@code sensitivity} section on the sweep engine and writes {@code sensitivity.json},
 * {@code sensitivity.csv} and the report.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        header = "Global sensitivity analysis (Morris or Sobol) of a config with a \"sensitivity\" section.",
        description = {"Global sensitivity analysis of a config with a \"sensitivity\" section (Morris elementary",
            "effects or Sobol indices). Each sample point runs as a sweep trial under DIR/trials/; a killed",
            "analysis resumes when given the same --out. Writes sensitivity.json, sensitivity.csv, report.html."})
final class SensitivityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON) with a \"sensitivity\" section")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: runs/<name>-<timestamp>); must not exist or be empty,"
                    + " or hold the same analysis to resume")
    Path out;

    @picocli.CommandLine.Mixin
    ThreadsOption threadsOption = new ThreadsOption();

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = TrialEngines.LOCAL,
            description = "where the points run: local (a thread pool, default) or spark; results do not depend on it")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark")
    String master;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        AgentRegistry registry = AgentRegistry.builtIn();
        ConfigLoader loader = new ConfigLoader(registry);
        LoadedConfig loaded;
        SensitivityPlan plan;
        try {
            loaded = loader.load(config);
            if (loaded.config().sensitivity() == null) {
                System.err.println("error: " + config + ": $: has no \"sensitivity\" section; see README"
                        + " (Sensitivity analysis) for its form");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            plan = SensitivityPlan.of(loaded);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        java.util.OptionalInt resolved = threadsOption.resolve();
        if (resolved.isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = resolved.getAsInt();
        if (master != null && (TrialEngines.LOCAL.equals(engine) || master.isBlank())) {
            System.err.println("error: --master applies to --engine spark only and must not be blank");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name());
        int points = plan.unitPoints().size();
        int replicates = loaded.config().evaluation().replicates();
        System.out.printf(Locale.ROOT, "%s: %s over %d parameters, %d points × %d agents; each point evaluates %d"
                        + " replicate(s), and an agent that trains trains once per replicate (%d training runs per"
                        + " training agent in all)%n", loaded.config().name(), plan.config().method().type(),
                plan.factors().size(), points, loaded.agents().size(), replicates, (long) points * replicates);
        TrialExecutor executor;
        try {
            executor = TrialEngines.LOCAL.equals(engine)
                    ? new LocalTrialExecutor(registry, loader.mapper(), Clock.systemUTC(), t)
                    : TrialEngines.open(engine, new EngineOptions(t, master));
        } catch (EngineUnavailable e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        SensitivityRunner.Outcome outcome;
        try (executor; ProgressDisplay bar = ProgressDisplay.open(loaded.config().name(), points, "points",
                ProgressDisplay.wanted(quiet))) {
            outcome = new SensitivityRunner(new SweepRunner(registry, loader, Clock.systemUTC()), loader)
                    .run(loaded, dir, executor, bar::stepTo);
        } catch (SweepRunner.DirectoryConflict | ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        print(outcome.result());
        SweepRunner.Result sweep = outcome.sweep();
        System.out.printf(Locale.ROOT, "%nSensitivity analysis of %d points written to %s (%s%.1f s)%n", sweep.trials(),
                RunDirectories.shown(sweep.directory()), sweep.reused() > 0 ? sweep.reused() + " finished points reused, " : "",
                (System.nanoTime() - start) / 1e9);
        int code = 0;
        try {
            System.out.println("Report: " + RunDirectories.shown(ReportWriter.write(sweep.directory())));
        } catch (ReportException | IOException | RuntimeException e) {
            System.err.println("error: the analysis is complete but its report could not be written (" + e
                    + "); try again with 'feedgym report " + RunDirectories.shown(sweep.directory()) + "'");
            code = FeedGymCli.EXIT_INTERNAL;
        }
        if (!sweep.failed().isEmpty()) {
            sweep.failed().forEach((id, why) -> System.err.println("error: " + id + " failed: " + why));
            return FeedGymCli.EXIT_INTERNAL;
        }
        return code;
    }

    private static void print(SensitivityResult r) {
        boolean morris = "morris".equals(r.method().type());
        for (SensitivityResult.MetricIndices m : r.metrics()) {
            System.out.println();
            System.out.println(m.metric() + (morris ? "  (Morris: mu*, mu, sigma)" : "  (Sobol: first, total, 95% CIs)"));
            if (m.indices().isEmpty()) {
                System.out.println("  no indices: the value is missing at " + m.missing() + " point(s)");
            }
            for (SensitivityResult.Index i : m.indices()) {
                System.out.println(morris
                        ? String.format(Locale.ROOT, "  %-40s %10s %10s %10s", i.parameter(), f(i.muStar()), f(i.mu()),
                                f(i.sigma()))
                        : String.format(Locale.ROOT, "  %-40s %7s [%s, %s]  %7s [%s, %s]", i.parameter(), f(i.first()),
                                f(i.firstCi95Low()), f(i.firstCi95High()), f(i.total()), f(i.totalCi95Low()),
                                f(i.totalCi95High())));
            }
        }
        if (!r.conclusions().isEmpty()) {
            System.out.println();
            System.out.println("Conclusions (share of sampled points where each holds, Wilson 95% CI)");
            for (SensitivityResult.ConclusionShare c : r.conclusions()) {
                System.out.printf(Locale.ROOT, "  %-60s %3d/%-3d %.2f [%.2f, %.2f]%n", c.conclusion(), c.holds(),
                        c.points(), c.share(), c.ci95Low(), c.ci95High());
            }
        }
    }

    private static String f(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }
}
