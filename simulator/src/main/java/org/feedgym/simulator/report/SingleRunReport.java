package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

/** The HTML of one run's report: config, agent table, harm by persona, and the plots. */
final class SingleRunReport {

    /** Buckets of the time series with fewer users than this are too noisy to draw. */
    static final int MIN_USERS_PER_BUCKET = 20;
    /** Fewer users than this give a time-to-first-harm bar whose interval hides every other bar. */
    static final int MIN_USERS_PER_BAR = 10;

    private final SingleRun run;
    private final JsonNode summary;
    private final List<JsonNode> agents = new ArrayList<>();
    private final List<JsonNode> ok = new ArrayList<>();
    private final Map<String, Integer> colour = new LinkedHashMap<>();
    private final List<String> personas = new ArrayList<>();
    private final String baseline;

    private SingleRunReport(SingleRun run) {
        this.run = run;
        this.summary = run.summary();
        int i = 0;
        for (JsonNode a : summary.path("agents")) {
            agents.add(a);
            colour.put(a.path("id").asText(), i++);
            if ("ok".equals(a.path("status").asText())) {
                ok.add(a);
            }
        }
        run.config().path("world").path("users").path("personas").fieldNames().forEachRemaining(personas::add);
        if (personas.isEmpty() && !ok.isEmpty()) {
            ok.get(0).path("byPersona").fieldNames().forEachRemaining(personas::add);
        }
        String b = summary.path("baseline").asText("");
        this.baseline = b.isEmpty() ? null : b;
    }

    /** The report of a single run as an HTML document. */
    static String render(SingleRun run) throws IOException {
        return new SingleRunReport(run).render();
    }

    private String render() throws IOException {
        String name = summary.path("experiment").asText(run.config().path("name").asText("run"));
        JsonNode eval = run.config().path("evaluation");
        Page page = new Page("FeedGym report: " + name);
        page.raw("<header>").text("h1", name).raw("<p>" + Html.escape("FeedGym run report · " + agents.size()
                + " agents · seed " + summary.path("seed").asText() + " · " + eval.path("users").asText() + " users × "
                + eval.path("replicates").asText() + " replicates · ") + "<a href=\"#configuration\">configuration</a>"
                + "</p></header>\n");
        failures(page);

        page.raw("<h2>Engagement against harm</h2>\n");
        page.noteHtml("Each point is an agent; whiskers are 95% confidence intervals in both directions. "
                + "Up is more engagement, left is less harm.");
        page.raw("<div class=\"figs\">\n");
        tradeOff(page, "return", "Return vs harmful share", "return (reward per episode)");
        tradeOff(page, "watchMinutes", "Watch time vs harmful share", "watch time (min per episode)");
        page.raw("</div>\n");

        page.raw("<h2>Agents</h2>\n");
        page.noteHtml("Mean per episode with its 95% confidence interval below it. "
                + (baseline == null ? "No baseline agent, so no paired differences."
                : "<strong>Δ</strong> is the paired difference agent − baseline (<strong>" + Html.escape(baseline)
                + "</strong>) over the same users and seeds, with its 95% CI; bold when that CI excludes 0.")
                + " Coverage and exposure Gini are per replicate.");
        page.raw("<h3>Engagement</h3>\n").raw(agentTable(Metrics.ENGAGEMENT));
        page.raw("<h3>Harm, filter bubble and exposure</h3>\n").raw(agentTable(Metrics.HARM_AND_BUBBLE));

        page.raw("<h2>Harm by persona</h2>\n");
        page.noteHtml("Harm per persona, mean with 95% CI. Time and items to the first harmful item count "
                + "only users who met one; the share who did is “reached harm”.");
        page.raw("<div class=\"figs\">\n");
        harmfulShareByPersona(page);
        timeToFirstHarm(page);
        page.raw("</div>\n");
        page.raw(personaTable());
        ratios(page);

        page.raw("<h2>Filter bubble and exposure</h2>\n");
        page.noteHtml("Over each user's own watch time, all personas pooled (timeseries.csv, persona “all”); "
                + Html.escape(Fmt.inline(run.config().path("metrics").path("bucketMinutes")))
                + "-minute buckets with fewer than " + MIN_USERS_PER_BUCKET + " users still watching are left out.");
        page.raw("<div class=\"figs\">\n");
        overTime(page, "Topic entropy over watch time", "topic entropy of items shown (bits)", true);
        overTime(page, "Harmful share over watch time", "harmful share of items shown", false);
        exposure(page);
        page.raw("</div>\n");

        if (!run.training().isEmpty()) {
            page.raw("<h2>Training</h2>\n");
            page.noteHtml("From training.csv: per training episode, the mean over replicates.");
            page.raw("<div class=\"figs\">\n");
            training(page);
            page.raw("</div>\n");
        }
        // The configuration comes last: the reader's first question is what happened, and the
        // header already says what ran (agents, seed, users, replicates).
        page.raw("<h2 id=\"configuration\">Configuration</h2>\n")
                .raw(Page.configHtml(run.config(), run.manifest(), ""));
        return page.finish("Made from the files in this run directory (summary.json, config.resolved.json, "
                + "manifest.json, timeseries.csv" + (run.training().isEmpty() ? "" : ", training.csv")
                + "). Write it again with <code>feedgym report RUN_DIR</code>.");
    }

    private void failures(Page page) {
        for (JsonNode a : agents) {
            if (!"ok".equals(a.path("status").asText())) {
                page.raw("<div class=\"alert\"><strong>Agent " + Html.escape(a.path("id").asText()) + " failed:</strong> "
                        + Html.escape(a.path("error").asText("no error recorded")) + "</div>\n");
            }
        }
    }

    private String agentTable(List<Metrics.Column> columns) {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"agents\">\n<thead><tr>"
                + "<th class=\"l\">Agent<small>type</small></th>");
        closeHeader(sb, columns);
        for (JsonNode a : agents) {
            String id = a.path("id").asText();
            sb.append("<tr><td class=\"l agent\">").append(Page.swatch(colour.get(id))).append("<strong>")
                    .append(Html.escape(id)).append("</strong>")
                    .append(id.equals(baseline) ? " (baseline)" : "").append("<span class=\"ci\">")
                    .append(Html.escape(a.path("type").asText())).append(", ")
                    .append(Html.escape(a.path("episodes").asText("0"))).append(" episodes</span></td>");
            if (!"ok".equals(a.path("status").asText())) {
                sb.append("<td class=\"err\" colspan=\"").append(columns.size()).append("\">failed: ")
                        .append(Html.escape(a.path("error").asText("no error recorded"))).append("</td></tr>\n");
                continue;
            }
            JsonNode paired = a.path("pairedDifference");
            for (Metrics.Column c : columns) {
                sb.append(Page.cell(a.path("metrics").get(c.key()),
                        Page.comparison("Δ", paired.get(c.key()), 0, true)));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    /**
     * The per-persona metrics to show: the harm metrics in summary order, then watch time for
     * context; a column no agent and persona has a value for (a checkpoint nobody watched that
     * long) is left out.
     */
    private List<String> personaKeys() {
        List<String> keys = new ArrayList<>();
        if (!ok.isEmpty() && !personas.isEmpty()) {
            for (Iterator<String> it = ok.get(0).path("byPersona").path(personas.get(0)).fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("episodes") && !k.equals("return") && !k.equals("watchMinutes")) {
                    keys.add(k);
                }
            }
            keys.add("watchMinutes");
        }
        return keys.stream().filter(k -> ok.stream().anyMatch(a -> personas.stream().anyMatch(p ->
                Double.isFinite(Fmt.value(a.path("byPersona").path(p).path(k).get("mean")))))).toList();
    }

    private String personaTable() {
        List<String> keys = personaKeys();
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"personas\">\n<thead><tr>"
                + "<th class=\"l\">Agent</th><th class=\"l\">Persona<small>episodes</small></th>");
        closeHeader(sb, keys.stream().map(Metrics::persona).toList());
        for (JsonNode a : ok) {
            String id = a.path("id").asText();
            boolean first = true;
            for (String p : personas) {
                JsonNode row = a.path("byPersona").path(p);
                sb.append(first ? "<tr class=\"group\">" : "<tr>").append("<td class=\"l agent\">");
                if (first) {
                    sb.append(Page.swatch(colour.get(id))).append("<strong>").append(Html.escape(id)).append("</strong>");
                }
                sb.append("</td><td class=\"l nw\">").append(Html.escape(p)).append("<span class=\"ci\">")
                        .append(Html.escape(row.path("episodes").asText("0"))).append("</span></td>");
                for (String k : keys) {
                    sb.append(Page.cell(row.get(k), null));
                }
                sb.append("</tr>\n");
                first = false;
            }
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private void ratios(Page page) {
        JsonNode sample = null;
        for (JsonNode a : ok) {
            if (a.has("vulnerableToControl")) {
                sample = a.get("vulnerableToControl");
                break;
            }
        }
        if (sample == null) {
            return;
        }
        String vulnerable = sample.path("vulnerable").asText();
        String control = sample.path("control").asText();
        page.raw("<h3>Vulnerable against control: " + Html.escape(vulnerable) + " ÷ " + Html.escape(control) + "</h3>\n");
        page.noteHtml("Ratio of the persona means (" + Html.escape(vulnerable) + " over " + Html.escape(control)
                + ") with a bootstrap 95% CI; 1 means no difference, bold when the CI excludes 1.");
        List<String> keys = new ArrayList<>();
        sample.fieldNames().forEachRemaining(k -> {
            if (!k.equals("vulnerable") && !k.equals("control") && ok.stream().anyMatch(a ->
                    Double.isFinite(Fmt.value(a.path("vulnerableToControl").path(k).get("mean"))))) {
                keys.add(k);
            }
        });
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"ratios\">\n<thead><tr>"
                + "<th class=\"l\">Agent</th>");
        closeHeader(sb, keys.stream().map(Metrics::persona).toList());
        for (JsonNode a : ok) {
            String id = a.path("id").asText();
            sb.append("<tr><td class=\"l agent\">").append(Page.swatch(colour.get(id))).append("<strong>")
                    .append(Html.escape(id)).append("</strong></td>");
            JsonNode r = a.path("vulnerableToControl");
            for (String k : keys) {
                sb.append(ratioCell(r.get(k)));
            }
            sb.append("</tr>\n");
        }
        page.raw(sb.append("</tbody></table></div>\n").toString());
    }

    /** A ratio cell: the ratio in bold type when its CI excludes 1. */
    static String ratioCell(JsonNode estimate) {
        if (estimate == null || Double.isNaN(Fmt.value(estimate.get("mean")))) {
            return "<td>" + Fmt.NONE + "</td>";
        }
        return "<td>" + Page.comparison("×", estimate, 1, false) + "</td>";
    }

    private void tradeOff(Page page, String yKey, String title, String yTitle) throws IOException {
        List<Charts.Point> points = new ArrayList<>();
        for (JsonNode a : ok) {
            JsonNode m = a.path("metrics");
            JsonNode x = m.path("harmfulShareItems");
            JsonNode y = m.path(yKey);
            points.add(new Charts.Point(a.path("id").asText(), colour.get(a.path("id").asText()),
                    Fmt.value(x.get("mean")), Fmt.value(x.get("ci95Low")), Fmt.value(x.get("ci95High")),
                    Fmt.value(y.get("mean")), Fmt.value(y.get("ci95Low")), Fmt.value(y.get("ci95High"))));
        }
        XYChart chart = Charts.scatterWithIntervals(title, "harmful share of items shown (fraction)", yTitle, points);
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart), title + ", one point per agent", title + ": mean per agent with 95% CIs.");
    }

    private void harmfulShareByPersona(Page page) throws IOException {
        if (ok.isEmpty() || personas.isEmpty()) {
            return;
        }
        List<String> categories = ok.stream().map(a -> a.path("id").asText()).toList();
        List<Charts.Bars> series = new ArrayList<>();
        int i = 0;
        for (String p : personas) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (JsonNode a : ok) {
                JsonNode e = a.path("byPersona").path(p).path("harmfulShareItems");
                values.add(finiteOrNull(Fmt.value(e.get("mean"))));
                errors.add(halfWidth(e));
            }
            series.add(new Charts.Bars(p, Charts.personaColor(i++), values, errors));
        }
        String title = "Harmful share of items by persona";
        CategoryChart chart = Charts.bars(title, "agent", "harmful share of items shown (fraction)", categories, series,
                0.0, null);
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart), title, title + ": mean per episode with 95% CIs.");
    }

    private void timeToFirstHarm(Page page) throws IOException {
        // A mean over a handful of users has an interval that dwarfs every other bar: such bars
        // are left out (the table has them), and agents left with no bar are named instead.
        List<JsonNode> shown = new ArrayList<>();
        List<JsonNode> none = new ArrayList<>();
        for (JsonNode a : ok) {
            if (personas.stream().anyMatch(p -> barValue(a, p) != null)) {
                shown.add(a);
            } else {
                none.add(a);
            }
        }
        String title = "Time to first harmful item by persona";
        String noneText = none.isEmpty() ? "" : " Fewer than " + MIN_USERS_PER_BAR
                + " users of every persona met a harmful item under "
                + String.join(", ", none.stream().map(a -> a.path("id").asText()).toList()) + ".";
        if (shown.isEmpty() || personas.isEmpty()) {
            page.raw("<p class=\"note\">" + Html.escape(title + ": nothing to draw." + noneText) + "</p>\n");
            return;
        }
        List<String> categories = shown.stream().map(a -> a.path("id").asText()).toList();
        List<Charts.Bars> series = new ArrayList<>();
        int i = 0;
        for (String p : personas) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (JsonNode a : shown) {
                Double v = barValue(a, p);
                values.add(v);
                errors.add(v == null ? null : halfWidth(a.path("byPersona").path(p).path("minutesToFirstHarmful")));
            }
            series.add(new Charts.Bars(p, Charts.personaColor(i++), values, errors));
        }
        page.figure(Charts.dataUri(Charts.bars(title, "agent", "watch time before the first harmful item (min)",
                        categories, series, 0.0, null)), title,
                title + ": mean over the users who met one, with 95% CIs; no bar where fewer than " + MIN_USERS_PER_BAR
                        + " users of that persona met one (see the table)." + noneText);
    }

    /** The mean minutes to the first harmful item, or null when too few users met one. */
    private static Double barValue(JsonNode agent, String persona) {
        JsonNode e = agent.path("byPersona").path(persona).path("minutesToFirstHarmful");
        double mean = Fmt.value(e.get("mean"));
        return Double.isFinite(mean) && e.path("n").asLong(0) >= MIN_USERS_PER_BAR ? mean : null;
    }

    private void overTime(Page page, String title, String yTitle, boolean entropy) throws IOException {
        Map<String, List<SingleRun.TimeSeriesRow>> byAgent = new LinkedHashMap<>();
        for (SingleRun.TimeSeriesRow r : run.timeSeries()) {
            if (r.persona().equals("all") && r.users() >= MIN_USERS_PER_BUCKET) {
                byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Charts.Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<SingleRun.TimeSeriesRow>> e : byAgent.entrySet()) {
            List<SingleRun.TimeSeriesRow> rows = e.getValue();
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                x[i] = (rows.get(i).startMinutes() + rows.get(i).endMinutes()) / 2;
                y[i] = entropy ? rows.get(i).topicEntropyBits() : rows.get(i).harmfulShare();
            }
            lines.add(new Charts.Line(e.getKey(), colour.getOrDefault(e.getKey(), colour.size()), x, y, null));
        }
        if (lines.isEmpty()) {
            page.raw("<p class=\"note\">" + Html.escape(title) + ": no time series (timeseries.csv is missing or empty).</p>\n");
            return;
        }
        XYChart chart = Charts.lines(title, "watch time since the user started (min)", yTitle, lines, false);
        if (!entropy) {
            chart.getStyler().setYAxisDecimalPattern("0.0##");
        }
        page.figure(Charts.dataUri(chart), title + " per agent", title + " per agent, middle of each bucket.");
    }

    private void exposure(Page page) throws IOException {
        List<String> categories = ok.stream().map(a -> a.path("id").asText()).toList();
        if (categories.isEmpty()) {
            return;
        }
        List<Double> gini = new ArrayList<>();
        List<Double> giniErr = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        List<Double> coverageErr = new ArrayList<>();
        for (JsonNode a : ok) {
            JsonNode g = a.path("metrics").path("exposureGini");
            JsonNode c = a.path("metrics").path("coverage");
            gini.add(finiteOrNull(Fmt.value(g.get("mean"))));
            giniErr.add(halfWidth(g));
            coverage.add(finiteOrNull(Fmt.value(c.get("mean"))));
            coverageErr.add(halfWidth(c));
        }
        String title = "Exposure Gini and catalogue coverage";
        page.figure(Charts.dataUri(Charts.bars(title, "agent", "fraction (0 to 1)", categories, List.of(
                        new Charts.Bars("exposure Gini (0 = every item shown equally)", Charts.NEUTRAL_DARK, gini,
                                giniErr),
                        new Charts.Bars("coverage (share of catalogue shown)", Charts.NEUTRAL_LIGHT, coverage,
                                coverageErr)),
                        0.0, 1.0)), title,
                title + " per agent: mean over replicates with 95% CIs (few replicates give wide intervals).");
    }

    private void training(Page page) throws IOException {
        Map<String, TreeMap<Integer, double[]>> returns = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, double[]>> losses = new LinkedHashMap<>();
        for (SingleRun.TrainingRow r : run.training()) {
            add(returns, r.agent(), r.episode(), r.episodeReturn());
            add(losses, r.agent(), r.episode(), r.loss());
        }
        page.figure(Charts.dataUri(Charts.lines("Training return", "training episode", "return (reward per episode)",
                trainingLines(returns), false)), "Training return per agent", "Training return per episode, mean over replicates.");
        List<Charts.Line> lossLines = trainingLines(losses);
        if (!lossLines.isEmpty()) {
            page.figure(Charts.dataUri(Charts.lines("Training loss", "training episode", "mean loss per episode",
                    lossLines, false)), "Training loss per agent", "Mean training loss per episode, mean over replicates.");
        }
    }

    private static void add(Map<String, TreeMap<Integer, double[]>> sums, String agent, int episode, double v) {
        if (Double.isFinite(v)) {
            double[] s = sums.computeIfAbsent(agent, k -> new TreeMap<>()).computeIfAbsent(episode, k -> new double[2]);
            s[0] += v;
            s[1]++;
        }
    }

    private List<Charts.Line> trainingLines(Map<String, TreeMap<Integer, double[]>> sums) {
        List<Charts.Line> lines = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : sums.entrySet()) {
            double[] x = new double[e.getValue().size()];
            double[] y = new double[x.length];
            int i = 0;
            for (Map.Entry<Integer, double[]> p : e.getValue().entrySet()) {
                x[i] = p.getKey();
                y[i++] = p.getValue()[0] / p.getValue()[1];
            }
            if (x.length > 0) {
                lines.add(new Charts.Line(e.getKey(), colour.getOrDefault(e.getKey(), colour.size()), x, y, null));
            }
        }
        return lines;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Half the width of a 95% CI, or null when it is undefined. */
    static Double halfWidth(JsonNode estimate) {
        double low = Fmt.value(estimate.get("ci95Low"));
        double high = Fmt.value(estimate.get("ci95High"));
        return Double.isFinite(low) && Double.isFinite(high) ? (high - low) / 2 : null;
    }

    /** One header cell per metric column (label and unit), then the end of the header row. */
    private static void closeHeader(StringBuilder sb, List<Metrics.Column> columns) {
        for (Metrics.Column c : columns) {
            sb.append("<th>").append(Html.escape(c.label())).append("<small>").append(Html.escape(c.unit()))
                    .append("</small></th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
    }
}
