package org.feedgym.simulator.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.metrics.Summary.AgentSummary;
import org.knowm.xchart.XYChart;

/**
 * The report's "Interventions" section, for runs that evaluate interventions beside their bare
 * rankers ({@code versusRanker} in summary.json): per intervention an engagement-versus-harm chart
 * with an arrow-like segment from each bare ranker to the same ranker with the intervention, and a
 * table of the paired differences intervention − ranker.
 */
final class InterventionsSection {

    /** The differences the table shows, in order. */
    private static final List<Metric> SHOWN = List.of(MetricRegistry.RETURN, MetricRegistry.WATCH_MINUTES,
            MetricRegistry.HARMFUL_SHARE_ITEMS, MetricRegistry.MINUTES_TO_FIRST_HARMFUL,
            MetricRegistry.TOPIC_ENTROPY_BITS);

    private InterventionsSection() {
    }

    /**
     * The intervention an agent applies, with its ranker's name (its last occurrence, the innermost)
     * replaced by a dot: {@code harm-filter(dqn)} → {@code harm-filter(·)}.
     */
    static String intervention(AgentSummary agent) {
        String id = agent.id();
        String ranker = agent.versusRanker().ranker();
        int at = id.lastIndexOf(ranker);
        return at < 0 ? id : id.substring(0, at) + "·" + id.substring(at + ranker.length());
    }

    /** Adds the section to {@code page}; nothing when no agent is compared with a bare ranker. */
    static void render(Page page, List<AgentSummary> ok, String vulnerable) throws IOException {
        Map<String, AgentSummary> byId = new LinkedHashMap<>();
        ok.forEach(a -> byId.put(a.id(), a));
        Map<String, List<AgentSummary>> byIntervention = new LinkedHashMap<>();
        for (AgentSummary a : ok) {
            if (a.versusRanker() != null && byId.containsKey(a.versusRanker().ranker())) {
                byIntervention.computeIfAbsent(intervention(a), k -> new ArrayList<>()).add(a);
            }
        }
        if (byIntervention.isEmpty()) {
            return;
        }
        page.raw("<h2>Interventions</h2>\n");
        page.noteHtml("Each intervention beside the same ranker without it, on the same users (and, for rankers "
                + "that learn, the same training runs). In each chart a segment joins a bare ranker to "
                + "the ranker with the intervention (labelled “bare … with”): left is less harm, up is more watch time. The "
                + "table gives the paired differences intervention − ranker with 95% CIs (over training runs for "
                + "rankers that learn, over users otherwise); bold when the CI excludes 0.");
        page.raw("<div class=\"figs\">\n");
        for (Map.Entry<String, List<AgentSummary>> e : byIntervention.entrySet()) {
            chart(page, e.getKey(), e.getValue(), byId);
        }
        page.raw("</div>\n");
        page.raw(table(byIntervention, vulnerable));
    }

    private static void chart(Page page, String intervention, List<AgentSummary> wrapped,
                              Map<String, AgentSummary> byId) throws IOException {
        List<Charts.Line> lines = new ArrayList<>();
        int i = 0;
        for (AgentSummary a : wrapped) {
            AgentSummary bare = byId.get(a.versusRanker().ranker());
            double[] x = {mean(bare, MetricRegistry.HARMFUL_SHARE_ITEMS), mean(a, MetricRegistry.HARMFUL_SHARE_ITEMS)};
            double[] y = {mean(bare, MetricRegistry.WATCH_MINUTES), mean(a, MetricRegistry.WATCH_MINUTES)};
            lines.add(new Charts.Line(bare.id(), i++, x, y, new String[] {"bare", "with"}));
        }
        String title = intervention;
        XYChart chart = Charts.lines(title, "harmful share of items shown (fraction)", "watch time (min per episode)",
                lines, true);
        page.figure(Charts.dataUri(chart), "Engagement against harm with " + intervention,
                intervention + ": each ranker without the intervention (bare) and with it (with).");
    }

    private static double mean(AgentSummary a, Metric m) {
        return a.shown(m).map(Estimate::mean).orElse(Double.NaN);
    }

    private static String table(Map<String, List<AgentSummary>> byIntervention, String vulnerable) {
        StringBuilder t = new StringBuilder("<table><tr><th>intervention</th><th>ranker</th>");
        for (Metric m : SHOWN) {
            t.append("<th>Δ ").append(Html.escape(m.label())).append("</th>");
        }
        t.append("<th>Δ harmful share, ").append(Html.escape(vulnerable)).append("</th></tr>\n");
        for (Map.Entry<String, List<AgentSummary>> e : byIntervention.entrySet()) {
            for (AgentSummary a : e.getValue()) {
                Summary.RankerComparison v = a.versusRanker();
                t.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>")
                        .append(Html.escape(v.ranker())).append("</td>");
                for (Metric m : SHOWN) {
                    t.append("<td>").append(Page.comparison("", difference(v, m), 0, true)).append("</td>");
                }
                Estimate persona = Optional.ofNullable(v.byPersona().get(vulnerable))
                        .map(p -> p.get(MetricRegistry.HARMFUL_SHARE_ITEMS.key())).orElse(null);
                t.append("<td>").append(Page.comparison("", persona, 0, true)).append("</td></tr>\n");
            }
        }
        return t.append("</table>\n").toString();
    }

    /** The run-level difference for a ranker that learns, else the difference over users. */
    private static Estimate difference(Summary.RankerComparison v, Metric m) {
        if (v.runLevel() != null && v.runLevel().get(m.key()) != null) {
            return v.runLevel().get(m.key());
        }
        return v.paired().get(m.key());
    }
}
