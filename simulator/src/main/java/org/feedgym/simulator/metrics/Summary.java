package org.feedgym.simulator.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.feedgym.simulator.run.AgentEvaluation;
import org.feedgym.simulator.run.EpisodeRecord;

/**
 * Builds {@code summary.json}: for every agent, each metric as {@code {mean, ci95Low, ci95High,
 * n}} over its episodes, and the harm metrics again per persona. Undefined values (no episode
 * reached a harmful item, fewer than two episodes for an interval) are written as {@code null}.
 *
 * <p>Metrics (one value per episode, then averaged over episodes):
 * <ul>
 *   <li>{@code return}: sum of rewards;</li>
 *   <li>{@code watchMinutes}: minutes watched;</li>
 *   <li>{@code sessionSteps}: items shown;</li>
 *   <li>{@code sessions}: sessions begun (1 in one-session episodes);</li>
 *   <li>{@code likeRate}, {@code shareRate}, {@code commentRate}: events per item shown;</li>
 *   <li>{@code harmfulShareItems}: harmful items / items shown;</li>
 *   <li>{@code harmfulShareMinutes}: minutes on harmful items / minutes watched;</li>
 *   <li>{@code reachedHarmful}: 1 if any harmful item was shown, else 0;</li>
 *   <li>{@code minutesToFirstHarmful}, {@code itemsToFirstHarmful}: watch minutes before, and
 *       position of, the first harmful item, over the episodes that reached one;</li>
 *   <li>{@code topicEntropyBits}: Shannon entropy of the topics shown;</li>
 *   <li>{@code interestDrift}: distance the interest vector moved;</li>
 *   <li>{@code boredExit}: 1 if the user left bored, else 0.</li>
 * </ul>
 */
public final class Summary {

    private static final Map<String, ToDoubleFunction<EpisodeRecord>> METRICS = new LinkedHashMap<>();
    private static final Map<String, ToDoubleFunction<EpisodeRecord>> HARM_METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("return", EpisodeRecord::totalReturn);
        METRICS.put("watchMinutes", e -> e.watchSeconds() / 60);
        METRICS.put("sessionSteps", EpisodeRecord::steps);
        METRICS.put("sessions", EpisodeRecord::sessions);
        METRICS.put("likeRate", e -> rate(e.likes(), e.steps()));
        METRICS.put("shareRate", e -> rate(e.shares(), e.steps()));
        METRICS.put("commentRate", e -> rate(e.comments(), e.steps()));
        HARM_METRICS.put("harmfulShareItems", e -> rate(e.harmfulItems(), e.steps()));
        HARM_METRICS.put("harmfulShareMinutes", e -> e.watchSeconds() > 0 ? e.harmfulWatchSeconds() / e.watchSeconds() : Double.NaN);
        HARM_METRICS.put("reachedHarmful", e -> e.reachedHarmful() ? 1 : 0);
        HARM_METRICS.put("minutesToFirstHarmful", e -> e.watchSecondsToFirstHarmful() / 60);
        HARM_METRICS.put("itemsToFirstHarmful", e -> e.reachedHarmful() ? e.itemsToFirstHarmful() : Double.NaN);
        METRICS.putAll(HARM_METRICS);
        METRICS.put("topicEntropyBits", EpisodeRecord::topicEntropyBits);
        METRICS.put("interestDrift", EpisodeRecord::interestDrift);
        METRICS.put("boredExit", e -> "bored".equals(e.endReason()) ? 1 : 0);
    }

    private Summary() {
    }

    /** The metric names, in output order. */
    public static List<String> metricNames() {
        return List.copyOf(METRICS.keySet());
    }

    /** The estimate of one metric over a set of episodes. */
    public static Estimate estimate(String metric, List<EpisodeRecord> episodes) {
        ToDoubleFunction<EpisodeRecord> f = METRICS.get(metric);
        if (f == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + METRICS.keySet());
        }
        double[] values = new double[episodes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(episodes.get(i));
        }
        return Estimate.of(values);
    }

    /** Builds the summary document. */
    public static ObjectNode build(ObjectMapper mapper, String experiment, long seed, List<String> personas,
                                   List<AgentEvaluation> evaluations) {
        ObjectNode root = mapper.createObjectNode();
        root.put("experiment", experiment);
        root.put("seed", seed);
        ArrayNode agents = root.putArray("agents");
        for (AgentEvaluation ev : evaluations) {
            ObjectNode a = agents.addObject();
            a.put("id", ev.name());
            a.put("type", ev.type());
            a.put("episodes", ev.episodes().size());
            ObjectNode metrics = a.putObject("metrics");
            for (String m : METRICS.keySet()) {
                metrics.set(m, toJson(mapper, estimate(m, ev.episodes())));
            }
            ObjectNode byPersona = a.putObject("byPersona");
            for (String persona : personas) {
                List<EpisodeRecord> subset = filter(ev.episodes(), e -> e.persona().equals(persona));
                ObjectNode p = byPersona.putObject(persona);
                p.put("episodes", subset.size());
                p.set("return", toJson(mapper, estimate("return", subset)));
                for (String m : HARM_METRICS.keySet()) {
                    p.set(m, toJson(mapper, estimate(m, subset)));
                }
            }
        }
        return root;
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

    private static List<EpisodeRecord> filter(List<EpisodeRecord> all, Predicate<EpisodeRecord> keep) {
        List<EpisodeRecord> out = new ArrayList<>();
        for (EpisodeRecord e : all) {
            if (keep.test(e)) {
                out.add(e);
            }
        }
        return out;
    }
}
