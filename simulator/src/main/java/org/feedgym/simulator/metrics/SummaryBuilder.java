package org.feedgym.simulator.metrics;

import java.util.ArrayList;
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
import org.feedgym.simulator.run.Episodes;
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
    public double[] values(Metric metric, Episodes episodes) {
        return table(metric, episodes).values(0);
    }

    /** The estimate of one per-episode metric over a set of episodes (its interval as {@link ValueRange} says). */
    public Estimate estimate(Metric metric, Episodes episodes) {
        return metric.range().estimate(values(metric, episodes));
    }

    /**
     * The paired difference {@code agent − baseline} of a metric over episodes matched by
     * (replicate, user); pairs where either value is undefined are left out.
     */
    public Estimate pairedDifference(Metric metric, Episodes agent, Episodes baseline) {
        EpisodeTable a = table(metric, agent);
        EpisodeTable b = table(metric, baseline);
        return pairedDifference(metric, a.values(0), a.matchesIn(b), b.values(0), all(a.size()));
    }

    /** The columns of one metric's values over {@code episodes}. */
    private EpisodeTable table(Metric metric, Episodes episodes) {
        if (!metric.isPerEpisode()) {
            throw new IllegalArgumentException("metric '" + metric.key() + "' is computed per replicate, not per episode");
        }
        return EpisodeTable.of(episodes, List.of(metric), config, List.of());
    }

    /** The columns of every metric of this summary over an agent's episodes. */
    private EpisodeTable table(AgentEvaluation ev, List<String> personas) {
        return EpisodeTable.of(ev.episodes(), metrics, config, personas);
    }

    /**
     * {@code a − b} of {@code metric} over the episodes {@code at} of {@code a}, each matched to
     * {@code b}'s episode {@code match[k]} (-1: none, the difference undefined); the interval is cut
     * to the range of a difference.
     */
    private static Estimate pairedDifference(Metric metric, double[] a, int[] match, double[] b, int[] at) {
        double[] diffs = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            int k = at[j];
            diffs[j] = match[k] < 0 ? Double.NaN : a[k] - b[match[k]];
        }
        return metric.range().ofDifference().within(Estimate.of(diffs));
    }

    private static int[] all(int n) {
        return IntStream.range(0, n).toArray();
    }

    /**
     * Builds the summary of a run, reading each agent's episodes into columns ({@link EpisodeTable})
     * once: at most the agent's, the baseline's and its bare ranker's are held at a time.
     */
    public Summary build(String experiment, long seed, List<String> personas, ComparisonConfig comparison,
                         List<AgentEvaluation> evaluations) {
        AgentEvaluation baseline = evaluations.stream().filter(e -> e.name().equals(comparison.baseline()))
                .findFirst().orElse(null);
        EpisodeTable baseTable = baseline == null || baseline.failed() ? null : table(baseline, personas);
        Map<String, AgentEvaluation> byName = new LinkedHashMap<>();
        evaluations.forEach(e -> byName.put(e.name(), e));
        List<Summary.AgentSummary> agents = new ArrayList<>();
        for (AgentEvaluation ev : evaluations) {
            AgentEvaluation ranker = ev.ranker() == null ? null : byName.get(ev.ranker());
            if (ev.failed()) {
                agents.add(Summary.AgentSummary.failed(ev.name(), ev.type(), ev.error(), ev.userSide()));
                continue;
            }
            Tabled mine = new Tabled(ev, ev == baseline ? baseTable : table(ev, personas));
            Tabled base = baseTable == null ? null : new Tabled(baseline, baseTable);
            Tabled bare = ranker == null || ranker.failed() ? null
                    : new Tabled(ranker, ranker == baseline ? baseTable : ranker == ev ? mine.table()
                            : table(ranker, personas));
            agents.add(agent(mine, base, bare, seed, personas, comparison));
        }
        return new Summary(experiment, seed, comparison.baseline(), comparison.runInterval(), agents);
    }

    /** An agent's evaluation with its episodes' columns. */
    private record Tabled(AgentEvaluation ev, EpisodeTable table) {
    }

    private Summary.AgentSummary agent(Tabled me, Tabled base, Tabled bare, long seed, List<String> personas,
                                       ComparisonConfig comparison) {
        AgentEvaluation ev = me.ev();
        EpisodeTable mine = me.table();
        Estimate[] overall = perMetric(i -> metrics.get(i).isPerEpisode()
                ? metrics.get(i).range().estimate(mine.values(i))
                : replicateEstimate(metrics.get(i), ev.replicates()));
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            estimates.put(metrics.get(i).key(), overall[i]);
        }
        Map<String, int[]> split = byPersona(mine);
        Map<String, Summary.PersonaSummary> byPersona = new LinkedHashMap<>();
        for (String persona : personas) {
            int[] subset = split.get(persona);
            Map<String, Estimate> p = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (metrics.get(i).in(Metric.Use.BY_PERSONA)) {
                    p.put(metrics.get(i).key(),
                            metrics.get(i).range().estimate(EpisodeTable.select(mine.values(i), subset)));
                }
            }
            byPersona.put(persona, new Summary.PersonaSummary(subset.length, p));
        }
        Summary.VulnerableToControl ratios = null;
        if (split.containsKey(comparison.vulnerable()) && split.containsKey(comparison.control())) {
            // The generator of a ratio is numbered among the ratio metrics alone.
            int[] ratioIndex = new int[metrics.size()];
            int next = 0;
            for (int i = 0; i < metrics.size(); i++) {
                ratioIndex[i] = metrics.get(i).in(Metric.Use.VULNERABLE_RATIO) ? next++ : -1;
            }
            int[] vulnerable = split.get(comparison.vulnerable());
            int[] control = split.get(comparison.control());
            int ratioSamples = Bootstrap.resamples(comparison.bootstrapSamples(),
                    (long) vulnerable.length + control.length);
            Estimate[] figures = perMetric(i -> ratioIndex[i] < 0 ? null
                    : Bootstrap.ratioOfMeans(EpisodeTable.select(mine.values(i), vulnerable),
                            EpisodeTable.select(mine.values(i), control),
                            ratioSamples, Seeds.generator(seed, "bootstrap:" + ev.name(), ratioIndex[i])));
            Map<String, Estimate> r = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (figures[i] != null) {
                    r.put(metrics.get(i).key(), figures[i]);
                }
            }
            ratios = new Summary.VulnerableToControl(comparison.vulnerable(), comparison.control(), r);
        }
        boolean versusBaseline = base != null && base.ev() != ev;
        int[] baseMatch = versusBaseline ? mine.matchesIn(base.table()) : null;
        Summary.PairedDifference paired = null;
        if (versusBaseline) {
            int[] everyone = all(mine.size());
            Estimate[] figures = perMetric(i -> metrics.get(i).in(Metric.Use.PAIRED_DIFFERENCE)
                    ? pairedDifference(metrics.get(i), mine.values(i), baseMatch, base.table().values(i), everyone)
                    : null);
            Map<String, Estimate> d = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (figures[i] != null) {
                    d.put(metrics.get(i).key(), figures[i]);
                }
            }
            paired = new Summary.PairedDifference(base.ev().name(), d);
        }
        Map<String, Estimate> runLevel = new LinkedHashMap<>();
        Map<String, Estimate> iqm = new LinkedHashMap<>();
        Map<String, List<Double>> runMeans = new LinkedHashMap<>();
        // Split by run where needed, one metric at a time, rather than a second copy of every column.
        int runCount = ev.replicates().size();
        int iqmSamples = Bootstrap.resamples(comparison.bootstrapSamples(), mine.size());
        Estimate[] iqmFigures = perMetric(i -> metrics.get(i).isPerEpisode() && metrics.get(i).in(Metric.Use.ACROSS_RUNS)
                ? RunLevel.iqm(byRun(mine, i, runCount), iqmSamples,
                        Seeds.generator(seed, "iqm:" + ev.name(), i))
                : null);
        Estimate[] runFigures = perMetric(i -> metrics.get(i).isPerEpisode()
                ? metrics.get(i).range().within(RunLevel.interval(comparison.runIntervalKind(),
                        byRun(mine, i, runCount), comparison.bootstrapSamples(),
                        Seeds.generator(seed, "run-level:" + ev.name(), i)))
                : null);
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (m.isPerEpisode()) {
                runLevel.put(m.key(), runFigures[i]);
                if (m.in(Metric.Use.ACROSS_RUNS)) {
                    iqm.put(m.key(), iqmFigures[i]);
                    List<Double> means = new ArrayList<>();
                    for (double[] run : byRun(mine, i, runCount)) {
                        double[] mean = RunLevel.runMeans(new double[][] {run});
                        means.add(mean.length == 0 ? null : mean[0]);
                    }
                    runMeans.put(m.key(), means);
                }
            }
        }
        Summary.PairedDifference runDifference = null;
        Summary.PairedDifference improvement = null;
        if (ev.learns() && versusBaseline) {
            Map<String, Estimate> d = new LinkedHashMap<>();
            Map<String, Estimate> p = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                Metric m = metrics.get(i);
                if (m.in(Metric.Use.PAIRED_DIFFERENCE)) {
                    d.put(m.key(), runLevelDifference(i, me, baseMatch, base.table()));
                }
                if (m.in(Metric.Use.ACROSS_RUNS) && m.better() != Metric.Better.NEITHER) {
                    p.put(m.key(), RunLevel.probabilityOfImprovement(byRun(mine, i, runCount),
                            byRun(base.table(), i, base.ev().replicates().size()),
                            m.better() == Metric.Better.LOWER, comparison.bootstrapSamples(),
                            Seeds.generator(seed, "improvement:" + ev.name(), i)));
                }
            }
            runDifference = new Summary.PairedDifference(base.ev().name(), d);
            improvement = new Summary.PairedDifference(base.ev().name(), p);
        }
        return new Summary.AgentSummary(ev.name(), ev.type(), Summary.Status.OK, null, mine.size(),
                ev.replicates().size(), estimates, byPersona, ratios, paired, ev.learns(), runLevel, iqm,
                runDifference, improvement, runMeans,
                bare == null ? null : versusRanker(me, split, bare, personas),
                SupplySummary.of(ev.replicates()), ev.userSide());
    }

    /**
     * An intervention against its bare ranker: paired differences over all matched episodes, per
     * persona for the {@link Metric.Use#BY_PERSONA} metrics ({@code mine}: the intervention's
     * episodes by persona), and over training runs when it learns.
     */
    private Summary.RankerComparison versusRanker(Tabled me, Map<String, int[]> mine, Tabled ranker,
                                                  List<String> personas) {
        EpisodeTable theirs = ranker.table();
        int[] match = me.table().matchesIn(theirs);
        int[] everyone = all(me.table().size());
        Map<String, Estimate> paired = new LinkedHashMap<>();
        Map<String, Estimate> runLevel = me.ev().learns() ? new LinkedHashMap<>() : null;
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (m.in(Metric.Use.PAIRED_DIFFERENCE)) {
                paired.put(m.key(), pairedDifference(m, me.table().values(i), match, theirs.values(i), everyone));
                if (runLevel != null) {
                    runLevel.put(m.key(), runLevelDifference(i, me, match, theirs));
                }
            }
        }
        Map<String, Map<String, Estimate>> byPersona = new LinkedHashMap<>();
        for (String persona : personas) {
            // Within a persona, an episode is matched only to one of the same persona.
            int number = theirs.personas().indexOf(persona);
            int[] within = match.clone();
            for (int k = 0; k < within.length; k++) {
                if (within[k] >= 0 && theirs.persona(within[k]) != number) {
                    within[k] = -1;
                }
            }
            Map<String, Estimate> p = new LinkedHashMap<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (metrics.get(i).in(Metric.Use.BY_PERSONA)) {
                    p.put(metrics.get(i).key(), pairedDifference(metrics.get(i), me.table().values(i), within,
                            theirs.values(i), mine.get(persona)));
                }
            }
            byPersona.put(persona, p);
        }
        return new Summary.RankerComparison(ranker.ev().name(), paired, byPersona, runLevel);
    }

    /** Metric {@code i}'s values split by replicate (training run): {@code [run][episode]}. */
    private static double[][] byRun(EpisodeTable episodes, int i, int runs) {
        double[] values = episodes.values(i);
        int[] counts = new int[runs];
        for (int k = 0; k < values.length; k++) {
            counts[episodes.replicate(k)]++;
        }
        double[][] split = new double[runs][];
        for (int r = 0; r < runs; r++) {
            split[r] = new double[counts[r]];
        }
        int[] at = new int[runs];
        for (int k = 0; k < values.length; k++) {
            int r = episodes.replicate(k);
            split[r][at[r]++] = values[k];
        }
        return split;
    }

    /**
     * The paired difference agent − baseline of metric {@code i} per training run (mean over the
     * run's matched episodes, {@code match} into {@code baseline}), then a Student t interval over
     * runs ({@code n} = runs with a defined difference), cut to the range of a difference.
     */
    private Estimate runLevelDifference(int i, Tabled agent, int[] match, EpisodeTable baseline) {
        double[] b = baseline.values(i);
        double[] a = agent.table().values(i);
        int runs = agent.ev().replicates().size();
        double[] sum = new double[runs];
        int[] n = new int[runs];
        for (int k = 0; k < a.length; k++) {
            if (match[k] >= 0 && !Double.isNaN(a[k]) && !Double.isNaN(b[match[k]])) {
                int r = agent.table().replicate(k);
                sum[r] += a[k] - b[match[k]];
                n[r]++;
            }
        }
        double[] means = new double[runs];
        int defined = 0;
        for (int r = 0; r < runs; r++) {
            if (n[r] > 0) {
                means[defined++] = sum[r] / n[r];
            }
        }
        return metrics.get(i).range().ofDifference().within(Estimate.of(means, defined));
    }

    private static Estimate replicateEstimate(Metric metric, List<ReplicateRecord> replicates) {
        return metric.range().estimate(replicates.stream().mapToDouble(metric.perReplicate()).toArray());
    }

    /** The episodes of each persona ({@link EpisodeTable#personas()}: configured ones first, even if empty). */
    private static Map<String, int[]> byPersona(EpisodeTable episodes) {
        Map<String, int[]> split = new LinkedHashMap<>();
        for (int p = 0; p < episodes.personas().size(); p++) {
            split.putIfAbsent(episodes.personas().get(p), episodes.episodesOf(p));
        }
        return split;
    }

    /** The metrics config this summary is built for. */
    public MetricsConfig config() {
        return config;
    }
}
