package org.feedgym.simulator.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.config.ComparisonConfig;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.EpisodeRecord;
import org.feedgym.simulator.run.ReplicateRecord;

/**
 * Builds {@code summary.json}: for every agent, each metric as {@code {mean, ci95Low, ci95High,
 * n}}; the harm metrics again per persona; vulnerable-to-control ratios; population figures per
 * replicate; and the paired difference of each metric to the baseline agent. Undefined values
 * (no episode reached a harmful item, fewer than two observations for an interval) are written
 * as {@code null}.
 *
 * <p>Episode metrics (one value per episode, then averaged over episodes):
 * <ul>
 *   <li>engagement: {@code return}, {@code watchMinutes}, {@code sessionSteps} (items shown),
 *       {@code sessions}, {@code returned} (1 if the user came back for a second session),
 *       {@code likeRate}, {@code shareRate}, {@code commentRate} (events per item), {@code
 *       boredExit} (1 if the user left bored), {@code churned} (1 if the user left for good);</li>
 *   <li>harm: {@code harmfulShareItems}, {@code harmfulShareMinutes}, {@code reachedHarmful},
 *       {@code minutesToFirstHarmful} and {@code itemsToFirstHarmful} (over episodes that reached
 *       one), {@code harmfulShareWithinNMin} for each checkpoint N (over users who watched at
 *       least N minutes);</li>
 *   <li>filter bubble: {@code topicEntropyBits}, {@code majorityTopicShare},
 *       {@code intraListDiversity}, {@code interestDrift}, {@code similarAfterTrigger} (items
 *       similar to the first trigger within the window, over users with a trigger) and
 *       {@code similarRunReached} (1 if that count reached the configured minimum).</li>
 * </ul>
 * Population metrics (one value per replicate): {@code coverage}, {@code exposureGini},
 * {@code homogenizationJaccard}.
 */
public final class Summary {

    /** Metrics whose paired difference to the baseline is reported. */
    public static final List<String> PAIRED = List.of("return", "watchMinutes", "sessionSteps", "likeRate",
            "harmfulShareItems", "harmfulShareMinutes", "reachedHarmful", "topicEntropyBits", "interestDrift");

    private final Map<String, ToDoubleFunction<EpisodeRecord>> metrics = new LinkedHashMap<>();
    private final Map<String, ToDoubleFunction<EpisodeRecord>> harmMetrics = new LinkedHashMap<>();
    private final MetricsConfig config;

    /** The metric set for a metrics config (checkpoints and similar-run minimum). */
    public Summary(MetricsConfig config) {
        this.config = config;
        metrics.put("return", EpisodeRecord::totalReturn);
        metrics.put("watchMinutes", e -> e.watchSeconds() / 60);
        metrics.put("sessionSteps", EpisodeRecord::steps);
        metrics.put("sessions", EpisodeRecord::sessions);
        metrics.put("returned", e -> e.sessions() > 1 ? 1 : 0);
        metrics.put("likeRate", e -> rate(e.likes(), e.steps()));
        metrics.put("shareRate", e -> rate(e.shares(), e.steps()));
        metrics.put("commentRate", e -> rate(e.comments(), e.steps()));
        metrics.put("boredExit", e -> "bored".equals(e.endReason()) ? 1 : 0);
        metrics.put("churned", e -> "churned".equals(e.endReason()) ? 1 : 0);
        harmMetrics.put("harmfulShareItems", e -> rate(e.harmfulItems(), e.steps()));
        harmMetrics.put("harmfulShareMinutes",
                e -> e.watchSeconds() > 0 ? e.harmfulWatchSeconds() / e.watchSeconds() : Double.NaN);
        harmMetrics.put("reachedHarmful", e -> e.reachedHarmful() ? 1 : 0);
        harmMetrics.put("minutesToFirstHarmful", e -> e.watchSecondsToFirstHarmful() / 60);
        harmMetrics.put("itemsToFirstHarmful", e -> e.reachedHarmful() ? e.itemsToFirstHarmful() : Double.NaN);
        List<Double> checkpoints = config.checkpointsMinutes();
        for (int c = 0; c < checkpoints.size(); c++) {
            int index = c;
            harmMetrics.put("harmfulShareWithin" + label(checkpoints.get(c)) + "Min",
                    e -> e.harmfulShareByCheckpoint(index));
        }
        metrics.putAll(harmMetrics);
        metrics.put("topicEntropyBits", EpisodeRecord::topicEntropyBits);
        metrics.put("majorityTopicShare", EpisodeRecord::majorityTopicShare);
        metrics.put("intraListDiversity", EpisodeRecord::intraListDiversity);
        metrics.put("interestDrift", EpisodeRecord::interestDrift);
        int minCount = config.similarRuns().minCount();
        metrics.put("similarAfterTrigger", EpisodeRecord::similarAfterTrigger);
        metrics.put("similarRunReached", e -> Double.isNaN(e.similarAfterTrigger()) ? Double.NaN
                : e.similarAfterTrigger() >= minCount ? 1 : 0);
    }

    private static String label(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes).replace('.', '_');
    }

    /** The episode metric names, in output order. */
    public List<String> metricNames() {
        return List.copyOf(metrics.keySet());
    }

    /** The harm metric names (also reported per persona), in output order. */
    public List<String> harmMetricNames() {
        return List.copyOf(harmMetrics.keySet());
    }

    /** One metric's value per episode. */
    public double[] values(String metric, List<EpisodeRecord> episodes) {
        ToDoubleFunction<EpisodeRecord> f = metrics.get(metric);
        if (f == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + metrics.keySet());
        }
        double[] values = new double[episodes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(episodes.get(i));
        }
        return values;
    }

    /** The estimate of one metric over a set of episodes. */
    public Estimate estimate(String metric, List<EpisodeRecord> episodes) {
        return Estimate.of(values(metric, episodes));
    }

    /**
     * The paired difference {@code agent − baseline} of a metric over episodes matched by
     * (replicate, user); pairs where either value is undefined are left out.
     */
    public Estimate pairedDifference(String metric, List<EpisodeRecord> agent, List<EpisodeRecord> baseline) {
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

    /** Builds the summary document. */
    public ObjectNode build(ObjectMapper mapper, String experiment, long seed, List<String> personas,
                            ComparisonConfig comparison, List<AgentEvaluation> evaluations) {
        ObjectNode root = mapper.createObjectNode();
        root.put("experiment", experiment);
        root.put("seed", seed);
        root.put("baseline", comparison.baseline());
        AgentEvaluation baseline = evaluations.stream().filter(e -> e.name().equals(comparison.baseline()))
                .findFirst().orElse(null);
        ArrayNode agents = root.putArray("agents");
        for (AgentEvaluation ev : evaluations) {
            ObjectNode a = agents.addObject();
            a.put("id", ev.name());
            a.put("type", ev.type());
            a.put("status", ev.failed() ? "failed" : "ok");
            if (ev.failed()) {
                a.put("error", ev.error());
                continue;
            }
            a.put("episodes", ev.episodes().size());
            a.put("replicates", ev.replicates().size());
            ObjectNode m = a.putObject("metrics");
            for (String name : metrics.keySet()) {
                m.set(name, toJson(mapper, estimate(name, ev.episodes())));
            }
            putReplicateMetric(mapper, m, "coverage", ev.replicates(), ReplicateRecord::coverage);
            putReplicateMetric(mapper, m, "exposureGini", ev.replicates(), ReplicateRecord::exposureGini);
            putReplicateMetric(mapper, m, "homogenizationJaccard", ev.replicates(),
                    ReplicateRecord::homogenizationJaccard);
            ObjectNode byPersona = a.putObject("byPersona");
            Map<String, List<EpisodeRecord>> split = byPersona(ev.episodes(), personas);
            for (String persona : personas) {
                List<EpisodeRecord> subset = split.get(persona);
                ObjectNode p = byPersona.putObject(persona);
                p.put("episodes", subset.size());
                p.set("return", toJson(mapper, estimate("return", subset)));
                p.set("watchMinutes", toJson(mapper, estimate("watchMinutes", subset)));
                for (String h : harmMetrics.keySet()) {
                    p.set(h, toJson(mapper, estimate(h, subset)));
                }
            }
            if (split.containsKey(comparison.vulnerable()) && split.containsKey(comparison.control())) {
                ObjectNode ratios = a.putObject("vulnerableToControl");
                ratios.put("vulnerable", comparison.vulnerable());
                ratios.put("control", comparison.control());
                int i = 0;
                for (String h : harmMetrics.keySet()) {
                    ratios.set(h, toJson(mapper, Bootstrap.ratioOfMeans(
                            values(h, split.get(comparison.vulnerable())), values(h, split.get(comparison.control())),
                            comparison.bootstrapSamples(), Seeds.generator(seed, "bootstrap:" + ev.name(), i++))));
                }
            }
            if (baseline != null && !baseline.failed() && baseline != ev) {
                ObjectNode d = a.putObject("pairedDifference");
                d.put("baseline", baseline.name());
                for (String name : PAIRED) {
                    d.set(name, toJson(mapper, pairedDifference(name, ev.episodes(), baseline.episodes())));
                }
            }
        }
        return root;
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

    private static void putReplicateMetric(ObjectMapper mapper, ObjectNode m, String name,
                                           List<ReplicateRecord> replicates, ToDoubleFunction<ReplicateRecord> f) {
        m.set(name, toJson(mapper, Estimate.of(replicates.stream().mapToDouble(f).toArray())));
    }

    /** {@code {mean, ci95Low, ci95High, n}} with NaN written as null. */
    public static ObjectNode toJson(ObjectMapper mapper, Estimate e) {
        ObjectNode o = mapper.createObjectNode();
        putNumber(o, "mean", e.mean());
        putNumber(o, "ci95Low", e.ci95Low());
        putNumber(o, "ci95High", e.ci95High());
        o.put("n", e.n());
        return o;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static double rate(int count, int steps) {
        return steps > 0 ? (double) count / steps : Double.NaN;
    }

    /** The metrics config this summary was built for. */
    public MetricsConfig config() {
        return config;
    }
}
