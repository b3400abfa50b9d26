package org.feedgym.simulator.sensitivity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.metrics.Wilson;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.ExperimentConfig;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.config.SweepConfig;
import org.feedgym.simulator.metrics.Summary.AgentSummary;
import org.feedgym.simulator.output.Csv;
import org.feedgym.simulator.sweep.SweepRunner;
import org.feedgym.simulator.sweep.SweepSummary;
import org.feedgym.simulator.sweep.TrialExecutor;

/**
 * Runs a sensitivity analysis as a sweep of its sample points and analyses the results. The
 * directory is a sweep directory (config, plan, {@code trials/trial-NNN}, summary, manifest; so
 * threads, engines and resuming after a kill work as for any sweep) plus:
 * <pre>
 * DIR/sensitivity.json   parameters, method, indices per metric, conclusions with shares and CIs
 * DIR/sensitivity.csv    one row per point: its parameter values and metric values
 * </pre>
 * Both are derived from the committed trials alone, so a rerun or a resumed run writes the same bytes.
 */
public final class SensitivityRunner {

    /** File names inside the output directory. */
    public static final String JSON = "sensitivity.json";
    public static final String CSV = "sensitivity.csv";

    private final SweepRunner sweeps;
    private final ConfigLoader loader;

    public SensitivityRunner(SweepRunner sweeps, ConfigLoader loader) {
        this.sweeps = sweeps;
        this.loader = loader;
    }

    /**
     * What the analysis produced.
     *
     * @param sweep  the sweep of sample points
     * @param result {@code sensitivity.json}'s content
     */
    public record Outcome(SweepRunner.Result sweep, SensitivityResult result) {
    }

    /**
     * The sweep a sensitivity config runs: its sample points as a {@code list} sweep. The resolved
     * config stays the sensitivity config as written (the points follow from it and the root seed),
     * so {@code config.resolved.json} and the resume hash say what was asked, and
     * {@code feedgym sensitivity config.resolved.json} (what {@code feedgym reproduce} runs) asks
     * for the same points; {@code sweep-plan.json} lists them.
     */
    public static LoadedConfig asSweep(LoadedConfig loaded, SensitivityPlan plan) {
        ExperimentConfig c = loaded.config();
        ExperimentConfig config = new ExperimentConfig(c.name(), c.seed(), c.world(), c.evaluation(), c.agents(),
                c.metrics(), c.comparison(), new SweepConfig(null, plan.points()), null);
        return new LoadedConfig(loaded.source(), config, loaded.agents(), loaded.resolved());
    }

    /**
     * Runs the pending points on {@code executor}, then writes {@code sensitivity.json} and
     * {@code sensitivity.csv}.
     *
     * @param loaded   a config with a {@code sensitivity} section
     * @param out      new, empty, or the directory of the same analysis to resume
     * @param executor runs the points (not closed here)
     * @param progress told the number of points finished
     */
    public Outcome run(LoadedConfig loaded, Path out, TrialExecutor executor, IntConsumer progress)
            throws IOException, ConfigException {
        SensitivityPlan plan = SensitivityPlan.of(loaded);
        SweepRunner.Result sweep = sweeps.run(asSweep(loaded, plan), out, executor, progress);
        SensitivityResult result = analyse(loaded, plan, sweep.summary());
        write(out.resolve(JSON), result.toJson(loader.mapper()));
        write(out.resolve(CSV), csv(plan, sweep.summary()));
        return new Outcome(sweep, result);
    }

    /** The indices and conclusion shares from a finished sweep of the plan's points. */
    public static SensitivityResult analyse(LoadedConfig loaded, SensitivityPlan plan, SweepSummary summary) {
        long seed = loaded.config().seed();
        List<SweepSummary.Trial> trials = summary.trials();
        int n = trials.size();
        int k = plan.factors().size();
        List<SensitivityResult.MetricIndices> metrics = new ArrayList<>();
        for (int m = 0; m < plan.metrics().size(); m++) {
            MetricReference ref = plan.metrics().get(m);
            double[] y = new double[n];
            int missing = 0;
            for (int i = 0; i < n; i++) {
                y[i] = ref.value(trials.get(i).agents());
                missing += Double.isNaN(y[i]) ? 1 : 0;
            }
            List<SensitivityResult.Index> rows = new ArrayList<>();
            if (missing == 0) {
                if (plan.morris()) {
                    List<Morris.Effects> e = Morris.analyse(plan.morrisDesign(seed), y);
                    for (int i = 0; i < k; i++) {
                        rows.add(new SensitivityResult.Index(plan.factors().get(i).path(),
                                SensitivityResult.finite(e.get(i).muStar()), SensitivityResult.finite(e.get(i).mu()),
                                SensitivityResult.finite(e.get(i).sigma()), null, null, null, null, null, null));
                    }
                } else {
                    List<Saltelli.Indices> s = Saltelli.analyse(k, y, plan.config().method().bootstrap(),
                            Seeds.generator(seed, "sensitivity-bootstrap", m));
                    for (int i = 0; i < k; i++) {
                        Saltelli.Interval f = s.get(i).first();
                        Saltelli.Interval t = s.get(i).total();
                        rows.add(new SensitivityResult.Index(plan.factors().get(i).path(), null, null, null,
                                SensitivityResult.finite(f.value()), SensitivityResult.finite(f.ci95Low()),
                                SensitivityResult.finite(f.ci95High()), SensitivityResult.finite(t.value()),
                                SensitivityResult.finite(t.ci95Low()), SensitivityResult.finite(t.ci95High())));
                    }
                }
            }
            metrics.add(new SensitivityResult.MetricIndices(ref.text(), missing, rows));
        }
        List<SensitivityResult.ConclusionShare> conclusions = new ArrayList<>();
        for (Conclusion c : plan.conclusions()) {
            int holds = 0;
            int points = 0;
            for (SweepSummary.Trial t : trials) {
                if (t.ok()) {
                    points++;
                    holds += c.holds(t.agents()) ? 1 : 0;
                }
            }
            double[] ci = Wilson.interval95(holds, points);
            conclusions.add(new SensitivityResult.ConclusionShare(c.text(), holds, points,
                    points == 0 ? Double.NaN : (double) holds / points, ci[0], ci[1]));
        }
        int failed = (int) trials.stream().filter(t -> !t.ok()).count();
        return new SensitivityResult(loaded.config().name(), seed, plan.config().method(), plan.config().parameters(), n,
                loaded.config().evaluation().replicates(), failed, metrics, conclusions);
    }

    /** One row per point: point index, trial id, parameter values as run, metric values (empty when missing). */
    static String csv(SensitivityPlan plan, SweepSummary summary) {
        StringBuilder sb = new StringBuilder("point,trial");
        plan.factors().forEach(f -> sb.append(',').append(quote(f.path())));
        plan.metrics().forEach(m -> sb.append(',').append(quote(m.text())));
        sb.append('\n');
        List<SweepSummary.Trial> trials = summary.trials();
        for (int i = 0; i < trials.size(); i++) {
            SweepSummary.Trial t = trials.get(i);
            sb.append(i).append(',').append(t.id());
            for (SensitivityPlan.Factor f : plan.factors()) {
                sb.append(',').append(t.values().get(f.path()).asText());
            }
            List<AgentSummary> agents = t.agents();
            for (MetricReference m : plan.metrics()) {
                double v = m.value(agents);
                sb.append(',').append(Double.isFinite(v) ? Csv.num(v) : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
