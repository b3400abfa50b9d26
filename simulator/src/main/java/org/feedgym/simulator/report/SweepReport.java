package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary.AgentSummary;
import org.feedgym.simulator.sweep.SweepSummary;
import org.feedgym.simulator.sweep.SweepSummary.Trial;
import org.knowm.xchart.XYChart;

/**
 * The HTML of a sweep's report: the trade-off of every agent across the sweep values, a table of
 * every trial and agent, harm by persona, and links to each trial's own report.
 */
final class SweepReport {

    private final SweepRun sweep;
    private final SweepSummary summary;
    private final List<String> parameters;
    private final List<Trial> trials;
    private final Map<String, Integer> colour = new LinkedHashMap<>();
    private final Set<String> trialReports;

    private SweepReport(SweepRun sweep, Set<String> trialReports) {
        this.sweep = sweep;
        this.summary = sweep.summary();
        this.trialReports = trialReports;
        this.parameters = summary.parameters();
        this.trials = summary.trials();
        for (Trial t : trials) {
            for (AgentSummary a : agents(t)) {
                colour.putIfAbsent(a.id(), colour.size());
            }
        }
    }

    /**
     * The report of a sweep as an HTML document.
     *
     * @param sweep        the sweep directory's files
     * @param trialReports ids of the trials that have their own {@code report.html} to link to
     */
    static String render(SweepRun sweep, Set<String> trialReports) throws IOException {
        return new SweepReport(sweep, trialReports).render();
    }

    /** A trial's agents; none when the trial failed. */
    private static List<AgentSummary> agents(Trial t) {
        return t.agents() == null ? List.of() : t.agents();
    }

    private static String errorText(String error) {
        return error == null ? "no error recorded" : error;
    }

    private String render() throws IOException {
        String name = summary.experiment() != null ? summary.experiment() : sweep.config().path("name").asText("sweep");
        JsonNode eval = sweep.config().path("evaluation");
        long failed = trials.stream().filter(t -> !t.ok()).count();
        Page page = new Page("FeedGym sweep report: " + name);
        page.raw("<header>").text("h1", name).raw("<p>" + Html.escape("FeedGym sweep report · " + trials.size()
                + " trials over " + String.join(", ", parameters) + " · " + colour.size() + " agents · seed "
                + summary.seed() + " · " + eval.path("users").asText() + " users × "
                + eval.path("replicates").asText() + " replicates per trial · ")
                + "<a href=\"#configuration\">configuration</a></p></header>\n");
        for (Trial t : trials) {
            if (!t.ok()) {
                page.raw("<div class=\"alert\"><strong>Trial " + Html.escape(t.id()) + " ("
                        + Html.escape(values(t)) + ") failed:</strong> "
                        + Html.escape(errorText(t.error())) + "</div>\n");
            }
            for (AgentSummary a : agents(t)) {
                if (!a.ok()) {
                    page.raw("<div class=\"alert\"><strong>Agent " + Html.escape(a.id()) + " failed in "
                            + Html.escape(t.id()) + " (" + Html.escape(values(t)) + "):</strong> "
                            + Html.escape(errorText(a.error())) + "</div>\n");
                }
            }
        }

        page.raw("<h2>Engagement against harm across the sweep</h2>\n");
        page.noteHtml("One line per agent" + (parameters.size() > 1 ? " and combination of "
                + Html.escape(String.join(", ", parameters.subList(1, parameters.size()))) : "")
                + ", through the trials in order of <strong>" + Html.escape(parameters.isEmpty() ? "trial" : parameters.get(0))
                + "</strong>; the numbers by the first and last point are its values (“a … b” where the points "
                + "coincide). Up is more engagement, left is less harm. Confidence intervals are in the table below.");
        page.raw("<div class=\"figs\">\n");
        tradeOff(page, MetricRegistry.RETURN, "Return vs harmful share", "return (reward per episode)");
        tradeOff(page, MetricRegistry.WATCH_MINUTES, "Watch time vs harmful share", "watch time (min per episode)");
        page.raw("</div>\n");

        page.raw("<h2>Trials</h2>\n");
        page.noteHtml("Mean per episode with its 95% CI below it; <strong>Δ</strong> is the paired difference to the "
                + "trial's baseline agent (bold when its CI excludes 0); the last column is the vulnerable ÷ control "
                + "ratio of the harmful share of items (bold when its CI excludes 1).");
        page.raw(trialTable());

        page.raw("<h2>Harm by persona</h2>\n");
        page.noteHtml("Harmful share of items shown, per persona: mean with 95% CI.");
        page.raw(personaTable());

        if (!trialReports.isEmpty()) {
            page.raw("<h2>Trial reports</h2>\n<p class=\"note\">Each trial's own report, with its time series and "
                    + "per-persona plots:</p>\n<ul>\n");
            for (Trial t : trials) {
                String id = t.id();
                if (trialReports.contains(id)) {
                    page.raw("<li><a href=\"trials/" + Html.escape(id) + "/report.html\">" + Html.escape(id) + "</a> "
                            + Html.escape(values(t)) + "</li>\n");
                }
            }
            page.raw("</ul>\n");
        }
        StringBuilder sweepRows = new StringBuilder();
        Page.row(sweepRows, "sweep", Fmt.inline(sweep.config().path("sweep")) + " → " + trials.size() + " trials"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        page.raw("<h2 id=\"configuration\">Configuration</h2>\n").raw(Page.configHtml(sweep.config(), sweep.manifest(), sweepRows.toString()));

        return page.finish("Made from the files in this sweep directory (summary.json, config.resolved.json, "
                + "manifest.json). Write it again with <code>feedgym report RUN_DIR</code>.");
    }

    /** A trial's values as {@code path = value, ...}. */
    private String values(Trial trial) {
        List<String> parts = new ArrayList<>();
        for (String p : parameters) {
            parts.add(p + " = " + Fmt.inline(trial.values().get(p)));
        }
        return String.join(", ", parts);
    }

    private void tradeOff(Page page, Metric yMetric, String title, String yTitle) throws IOException {
        String first = parameters.isEmpty() ? null : parameters.get(0);
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, Integer> lineColour = new LinkedHashMap<>();
        for (Trial t : ordered(first)) {
            String rest = rest(t);
            for (AgentSummary a : agents(t)) {
                if (!a.ok()) {
                    continue;
                }
                String id = a.id();
                String key = rest.isEmpty() ? id : id + " (" + rest + ")";
                points.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
                    mean(a, MetricRegistry.HARMFUL_SHARE_ITEMS), mean(a, yMetric)});
                labels.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(first == null ? t.id() : Fmt.inline(t.values().get(first)));
                // One parameter: a line is an agent, coloured as everywhere else. Several: every
                // line gets its own colour, since one agent has several lines.
                lineColour.putIfAbsent(key, rest.isEmpty() ? colour.get(id) : lineColour.size());
            }
        }
        List<Charts.Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : points.entrySet()) {
            List<double[]> ps = e.getValue();
            double[] x = new double[ps.size()];
            double[] y = new double[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                x[i] = ps.get(i)[0];
                y[i] = ps.get(i)[1];
            }
            lines.add(new Charts.Line(e.getKey(), lineColour.get(e.getKey()), x, y,
                    labels.get(e.getKey()).toArray(String[]::new)));
        }
        if (lines.isEmpty()) {
            return;
        }
        XYChart chart = Charts.lines(title, "harmful share of items shown (fraction)", yTitle, lines, true);
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart),
                title + ", one line per agent across the sweep", title + " per agent across the sweep"
                        + (first == null ? "." : "; labels are " + first + "."));
    }

    /** The trials sorted by the first parameter: numerically when every value is a number. */
    private static double mean(AgentSummary a, Metric metric) {
        return a.metric(metric).map(Estimate::mean).orElse(Double.NaN);
    }

    private List<Trial> ordered(String first) {
        List<Trial> ok = trials.stream().filter(Trial::ok).toList();
        if (first == null) {
            return ok;
        }
        boolean numeric = ok.stream().allMatch(t -> t.values().get(first) != null && t.values().get(first).isNumber());
        Comparator<Trial> order = numeric
                ? Comparator.comparingDouble(t -> t.values().get(first).asDouble())
                : Comparator.comparing(t -> Fmt.inline(t.values().get(first)));
        return ok.stream().sorted(order).toList();
    }

    /** The values of the parameters after the first, which tell the lines apart. */
    private String rest(Trial trial) {
        List<String> parts = new ArrayList<>();
        for (String p : parameters.subList(Math.min(1, parameters.size()), parameters.size())) {
            parts.add(p + " = " + Fmt.inline(trial.values().get(p)));
        }
        return String.join(", ", parts);
    }

    private String trialTable() {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"trials\">\n<thead><tr>"
                + "<th class=\"l\">Trial<small>sweep values</small></th><th class=\"l\">Agent</th>");
        List<Metric> table = MetricRegistry.in(Metric.Use.REPORT_SWEEP);
        for (Metric c : table) {
            sb.append("<th>").append(Html.escape(c.label())).append("<small>").append(Html.escape(c.unit()))
                    .append("</small></th>");
        }
        sb.append("<th>Vulnerable ÷ control<small>harmful share of items</small></th></tr></thead>\n<tbody>\n");
        int columns = table.size() + 1;
        for (Trial t : trials) {
            String lead = trialCells(t);
            if (!t.ok()) {
                sb.append("<tr class=\"group\">").append(lead).append("<td class=\"l\"></td><td class=\"err\" colspan=\"")
                        .append(columns).append("\">trial failed: ")
                        .append(Html.escape(errorText(t.error()))).append("</td></tr>\n");
                continue;
            }
            boolean first = true;
            for (AgentSummary a : agents(t)) {
                sb.append(first ? "<tr class=\"group\">" + lead : "<tr>" + blankTrialCells());
                sb.append(agentCell(a));
                if (!a.ok()) {
                    sb.append("<td class=\"err\" colspan=\"").append(columns).append("\">failed: ")
                            .append(Html.escape(errorText(a.error()))).append("</td></tr>\n");
                    first = false;
                    continue;
                }
                for (Metric c : table) {
                    sb.append(Page.cell(a.metric(c).orElse(null),
                            Page.comparison("Δ", a.difference(c).orElse(null), 0, true)));
                }
                sb.append(SingleRunReport.ratioCell(SingleRunReport.ratio(a, MetricRegistry.HARMFUL_SHARE_ITEMS.key())
                        .orElse(null)));
                sb.append("</tr>\n");
                first = false;
            }
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private String personaTable() {
        Set<String> personas = new LinkedHashSet<>();
        for (Trial t : trials) {
            for (AgentSummary a : agents(t)) {
                if (a.byPersona() != null) {
                    personas.addAll(a.byPersona().keySet());
                }
            }
        }
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"personas\">\n<thead><tr>"
                + "<th class=\"l\">Trial<small>sweep values</small></th><th class=\"l\">Agent</th>");
        for (String p : personas) {
            sb.append("<th>").append(Html.escape(p)).append("<small>harmful share of items</small></th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Trial t : trials) {
            boolean first = true;
            for (AgentSummary a : agents(t)) {
                if (!a.ok()) {
                    continue;
                }
                sb.append(first ? "<tr class=\"group\">" + trialCells(t) : "<tr>" + blankTrialCells()).append(agentCell(a));
                for (String p : personas) {
                    sb.append(Page.cell(a.persona(p).flatMap(x -> x.metric(MetricRegistry.HARMFUL_SHARE_ITEMS))
                            .orElse(null), null));
                }
                sb.append("</tr>\n");
                first = false;
            }
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    /** The trial's cell: its id, and its sweep values below. */
    private String trialCells(Trial t) {
        StringBuilder sb = new StringBuilder("<td class=\"l\"><strong>").append(Html.escape(t.id()))
                .append("</strong>");
        for (String p : parameters) {
            sb.append("<span class=\"ci\">").append(Html.escape(p + " = " + Fmt.inline(t.values().get(p))))
                    .append("</span>");
        }
        return sb.append("</td>").toString();
    }

    private String blankTrialCells() {
        return "<td class=\"l\"></td>";
    }

    private String agentCell(AgentSummary a) {
        String id = a.id();
        return "<td class=\"l agent\">" + Page.swatch(colour.getOrDefault(id, 0)) + Html.escape(id) + "</td>";
    }
}
