package org.feedgym.simulator.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.config.ComparisonConfig;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.EpisodeRecord;
import org.feedgym.simulator.run.ReplicateRecord;

/**
 * Computes a run's {@link Summary} from its episodes and replicates: every metric of
 * {@link MetricRegistry#forConfig} as an estimate over episodes (population metrics: over
 * replicates); the {@link Metric.Use#BY_PERSONA} metrics per persona; the
 * {@link Metric.Use#VULNERABLE_RATIO} metrics as vulnerable ÷ control ratios with bootstrap CIs;
 * and the {@link Metric.Use#PAIRED_DIFFERENCE} metrics as paired differences to the baseline
 * agent. Beside them, figures across training runs ({@link RunLevel}): a run-level interval per
 * per-episode metric, the IQM of the {@link Metric.Use#ACROSS_RUNS} metrics, and for agents that
 * learn the per-run paired differences and the probability of improvement over the baseline.
 * Every bootstrap draws from {@code Seeds.generator(seed, <figure>:<agent>, <metric index>)}, so
 * the summary is the same whatever the thread count: with a pool ({@link #SummaryBuilder(MetricsConfig,
 * ForkJoinPool)}) the figures of different metrics are computed in parallel, each from its own
 * generator, and gathered in metric order. Undefined values (no episode reached a harmful item, fewer than two observations for an
 * interval) are NaN, written as {@code null}.
 */
public final class SummaryBuilder {

    private final MetricsConfig config;
    private final List<Metric> metrics;
    private final ForkJoinPool pool;

    /** The metric set for a metrics config (checkpoints and similar-run minimum), computed on the calling thread. */
    public SummaryBuilder(MetricsConfig config) {
        this(config, null);
    }

    /**
     * As {@link #SummaryBuilder(MetricsConfig)}, the metrics' figures computed in parallel on
     * {@code pool} ({@code null}: the calling thread); the summary is the same either way.
     */
    public SummaryBuilder(MetricsConfig config, ForkJoinPool pool) {
        this.config = config;
        this.metrics = MetricRegistry.forConfig(config);
        this.pool = pool;
    }

    /** {@code figure(i)} for every metric index {@code i}, in parallel on the pool if there is one. */
    private Estimate[] perMetric(IntFunction<Estimate> figure) {
        Estimate[] out = new Estimate[metrics.size()];
        if (pool == null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = figure.apply(i);
            }
        } else {
            pool.submit(() -> IntStream.range(0, out.length).parallel().forEach(i -> out[i] = figure.apply(i)))
                    .join();
        }
        return out;
    }

    /** The metrics of this summary, in output order. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** One per-episode metric's value per episode. */
    public double[] values(Metric metric, List<EpisodeRecord> episodes) {
        if (!metric.isPerEpisode()) {
            throw new IllegalArgumentException("metric '" + metric.key() + "' is computed per replicate, not per episode");
        }
        double[] values = new double[episodes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric.perEpisode().of(episodes.get(i), config);
        }
        return values;
    }

    /** The estimate of one per-episode metric over a set of episodes. */
    public Estimate estimate(Metric metric, List<EpisodeRecord> episodes) {
        return Estimate.of(values(metric, episodes));
    }

    /**
     * The paired difference {@code agent − baseline} of a metric over episodes matched by
     * (replicate, user); pairs where either value is undefined are left out.
     */
    public Estimate pairedDifference(Metric metric, List<EpisodeRecord> agent, List<EpisodeRecord> baseline) {
        double[] b = values(metric, baseline);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < baseline.size(); i++) {
            index.put(key(baseline.get(i)), i);
        }
        double[] a = values(metric, agent);
        double[] diffs = new double[agent.size()];
        for (int i = 0; i < diffs.length; i++) {
            Integer match = index.get(key(agent.get(i)));
            diffs[i] = match == null ? Double.NaN : a[i] - b[match];
        }
        return Estimate.of(diffs);
    }

    private static long key(EpisodeRecord e) {
        return ((long) e.replicate() << 32) | (e.user() & 0xFFFFFFFFL);
    }

    /** Builds the summary of a run. */
    public Summary build(String experiment, long seed, List<String> personas, ComparisonConfig comparison,
                         List<AgentEvaluation> evaluations) {
        AgentEvaluation baseline = evaluations.stream().filter(e -> e.name().equals(comparison.baseline()))
                .findFirst().orElse(null);
        Map<String, AgentEvaluation> byName = new LinkedHashMap<>();
        evaluations.forEach(e -> byName.put(e.name(), e));
        List<Summary.AgentSummary> agents = new ArrayList<>();
        for (AgentEvaluation ev : evaluations) {
            AgentEvaluation ranker = ev.ranker() == null ? null : byName.get(ev.ranker());
            agents.add(ev.failed() ? Summary.AgentSummary.failed(ev.name(), ev.type(), ev.error())
                    : agent(ev, baseline, ranker, seed, personas, comparison));
        }
        return new Summary(experiment, seed, comparison.baseline(), comparison.runInterval(), agents);
    }

    private Summary.AgentSummary agent(AgentEvaluation ev, AgentEvaluation baseline, AgentEvaluation ranker, long seed,
                                       List<String> personas, ComparisonConfig comparison) {
        Estimate[] overall = perMetric(i -> metrics.get(i).isPerEpisode() ? estimate(metrics.get(i), ev.episodes())
                : replicateEstimate(metrics.get(i), ev.replicates()));
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            estimates.put(metrics.get(i).key(), overall[i]);
        }
        Map<String, List<EpisodeRecord>> split = byPersona(ev.episodes(), personas);
        Map<String, Summary.PersonaSummary> byPersona = new LinkedHashMap<>();
        for (String persona : personas) {
            List<EpisodeRecord> subset = split.get(persona);
            Map<String, Estimate> p = new LinkedHashMap<>();
            for (Metric m : metrics) {
                if (m.in(Metric.Use.BY_PERSONA)) {
                    p.put(m.key(), estimate(m, subset));
                }
            }
            byPersona.put(persona, new Summary.PersonaSummary(subset.size(), p));
        }
        Summary.VulnerableToControl ratios = null;
        if (split.containsKey(comparison.vulnerable()) && split.containsKey(comparison.control())) {
            // The generator of a ratio is numbered among the ratio metrics alone.
            int[] ratioIndex = new int[metrics.size()];
            int next = 0;
            for (int i = 0; i < metrics.size(); i++) {
                ratioIndex[i] = metrics.get(i).in(Metric.Use.VULNERABLE_RATIO) ? next++ : -1;
            }
            List<EpisodeRecord> vulnerable = split.get(comparison.vulnerable());
            List<EpisodeRecord> control = split.get(comparison.control());
            int ratioSamples = Bootstrap.resamples(comparison.bootstrapSamples(),
                    (long) vulnerable.size() + control.size());
            Estimate[] figures = perMetric(i -> ratioIndex[i] < 0 ? null
                    : Bootstrap.ratioOfMeans(values(metrics.get(i), vulnerable), values(metrics.get(i), control),
                            ratioSamples, Seeds.generator(seed, "bootstrap:" + ev.name(), ratioIndex[i])));
            Map<String, Estimate> r = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (figures[i] != null) {
                    r.put(metrics.get(i).key(), figures[i]);
                }
            }
            ratios = new Summary.VulnerableToControl(comparison.vulnerable(), comparison.control(), r);
        }
        Summary.PairedDifference paired = null;
        if (baseline != null && !baseline.failed() && baseline != ev) {
            Estimate[] figures = perMetric(i -> metrics.get(i).in(Metric.Use.PAIRED_DIFFERENCE)
                    ? pairedDifference(metrics.get(i), ev.episodes(), baseline.episodes()) : null);
            Map<String, Estimate> d = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (figures[i] != null) {
                    d.put(metrics.get(i).key(), figures[i]);
                }
            }
            paired = new Summary.PairedDifference(baseline.name(), d);
        }
        Map<String, Estimate> runLevel = new LinkedHashMap<>();
        Map<String, Estimate> iqm = new LinkedHashMap<>();
        Map<String, List<Double>> runMeans = new LinkedHashMap<>();
        Map<String, double[][]> byRun = new LinkedHashMap<>();
        for (Metric m : metrics) {
            if (m.isPerEpisode()) {
                byRun.put(m.key(), byRun(m, ev.episodes(), ev.replicates().size()));
            }
        }
        int iqmSamples = Bootstrap.resamples(comparison.bootstrapSamples(), ev.episodes().size());
        Estimate[] iqmFigures = perMetric(i -> metrics.get(i).isPerEpisode() && metrics.get(i).in(Metric.Use.ACROSS_RUNS)
                ? RunLevel.iqm(byRun.get(metrics.get(i).key()), iqmSamples,
                        Seeds.generator(seed, "iqm:" + ev.name(), i))
                : null);
        Estimate[] runFigures = perMetric(i -> metrics.get(i).isPerEpisode()
                ? RunLevel.interval(comparison.runIntervalKind(), byRun.get(metrics.get(i).key()),
                        comparison.bootstrapSamples(), Seeds.generator(seed, "run-level:" + ev.name(), i))
                : null);
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (m.isPerEpisode()) {
                double[][] runs = byRun.get(m.key());
                runLevel.put(m.key(), runFigures[i]);
                if (m.in(Metric.Use.ACROSS_RUNS)) {
                    iqm.put(m.key(), iqmFigures[i]);
                    List<Double> means = new ArrayList<>();
                    for (double[] run : runs) {
                        double[] mean = RunLevel.runMeans(new double[][] {run});
                        means.add(mean.length == 0 ? null : mean[0]);
                    }
                    runMeans.put(m.key(), means);
                }
            }
        }
        Summary.PairedDifference runDifference = null;
        Summary.PairedDifference improvement = null;
        if (ev.learns() && baseline != null && !baseline.failed() && baseline != ev) {
            Map<String, Estimate> d = new LinkedHashMap<>();
            Map<String, Estimate> p = new LinkedHashMap<>();
            int j = 0;
            for (Metric m : metrics) {
                if (m.in(Metric.Use.PAIRED_DIFFERENCE)) {
                    d.put(m.key(), runLevelDifference(m, ev, baseline));
                }
                if (m.in(Metric.Use.ACROSS_RUNS) && m.better() != Metric.Better.NEITHER) {
                    p.put(m.key(), RunLevel.probabilityOfImprovement(byRun.get(m.key()),
                            byRun(m, baseline.episodes(), baseline.replicates().size()),
                            m.better() == Metric.Better.LOWER, comparison.bootstrapSamples(),
                            Seeds.generator(seed, "improvement:" + ev.name(), j)));
                }
                j++;
            }
            runDifference = new Summary.PairedDifference(baseline.name(), d);
            improvement = new Summary.PairedDifference(baseline.name(), p);
        }
        return new Summary.AgentSummary(ev.name(), ev.type(), Summary.Status.OK, null, ev.episodes().size(),
                ev.replicates().size(), estimates, byPersona, ratios, paired, ev.learns(), runLevel, iqm,
                runDifference, improvement, runMeans,
                ranker == null || ranker.failed() ? null : versusRanker(ev, split, ranker, personas),
                SupplySummary.of(ev.replicates()));
    }

    /**
     * An intervention against its bare ranker: paired differences over all matched episodes, per
     * persona for the {@link Metric.Use#BY_PERSONA} metrics ({@code mine}: the intervention's
     * episodes by persona), and over training runs when it learns.
     */
    private Summary.RankerComparison versusRanker(AgentEvaluation ev, Map<String, List<EpisodeRecord>> mine,
                                                  AgentEvaluation ranker, List<String> personas) {
        Map<String, Estimate> paired = new LinkedHashMap<>();
        Map<String, Estimate> runLevel = ev.learns() ? new LinkedHashMap<>() : null;
        for (Metric m : metrics) {
            if (m.in(Metric.Use.PAIRED_DIFFERENCE)) {
                paired.put(m.key(), pairedDifference(m, ev.episodes(), ranker.episodes()));
                if (runLevel != null) {
                    runLevel.put(m.key(), runLevelDifference(m, ev, ranker));
                }
            }
        }
        Map<String, List<EpisodeRecord>> theirs = byPersona(ranker.episodes(), personas);
        Map<String, Map<String, Estimate>> byPersona = new LinkedHashMap<>();
        for (String persona : personas) {
            Map<String, Estimate> p = new LinkedHashMap<>();
            for (Metric m : metrics) {
                if (m.in(Metric.Use.BY_PERSONA)) {
                    p.put(m.key(), pairedDifference(m, mine.get(persona), theirs.get(persona)));
                }
            }
            byPersona.put(persona, p);
        }
        return new Summary.RankerComparison(ranker.name(), paired, byPersona, runLevel);
    }

    /** A per-episode metric's values split by replicate (training run): {@code [run][episode]}. */
    public double[][] byRun(Metric metric, List<EpisodeRecord> episodes, int runs) {
        double[] values = values(metric, episodes);
        int[] counts = new int[runs];
        for (EpisodeRecord e : episodes) {
            counts[e.replicate()]++;
        }
        double[][] split = new double[runs][];
        for (int r = 0; r < runs; r++) {
            split[r] = new double[counts[r]];
        }
        int[] at = new int[runs];
        for (int k = 0; k < values.length; k++) {
            int r = episodes.get(k).replicate();
            split[r][at[r]++] = values[k];
        }
        return split;
    }

    /**
     * The paired difference agent − baseline per training run (mean over the run's matched
     * episodes), then a Student t interval over runs ({@code n} = runs with a defined difference).
     */
    public Estimate runLevelDifference(Metric metric, AgentEvaluation agent, AgentEvaluation baseline) {
        double[] b = values(metric, baseline.episodes());
        Map<Long, Integer> index = new HashMap<>();
        for (int k = 0; k < baseline.episodes().size(); k++) {
            index.put(key(baseline.episodes().get(k)), k);
        }
        double[] a = values(metric, agent.episodes());
        int runs = agent.replicates().size();
        double[] sum = new double[runs];
        int[] n = new int[runs];
        for (int k = 0; k < a.length; k++) {
            EpisodeRecord e = agent.episodes().get(k);
            Integer match = index.get(key(e));
            if (match != null && !Double.isNaN(a[k]) && !Double.isNaN(b[match])) {
                sum[e.replicate()] += a[k] - b[match];
                n[e.replicate()]++;
            }
        }
        double[] means = new double[runs];
        int defined = 0;
        for (int r = 0; r < runs; r++) {
            if (n[r] > 0) {
                means[defined++] = sum[r] / n[r];
            }
        }
        return Estimate.of(means, defined);
    }

    private static Estimate replicateEstimate(Metric metric, List<ReplicateRecord> replicates) {
        return Estimate.of(replicates.stream().mapToDouble(metric.perReplicate()).toArray());
    }

    private static Map<String, List<EpisodeRecord>> byPersona(List<EpisodeRecord> episodes, List<String> personas) {
        Map<String, List<EpisodeRecord>> split = new LinkedHashMap<>();
        for (String p : personas) {
            split.put(p, new ArrayList<>());
        }
        for (EpisodeRecord e : episodes) {
            split.computeIfAbsent(e.persona(), k -> new ArrayList<>()).add(e);
        }
        return split;
    }

    /** The metrics config this summary is built for. */
    public MetricsConfig config() {
        return config;
    }
}
