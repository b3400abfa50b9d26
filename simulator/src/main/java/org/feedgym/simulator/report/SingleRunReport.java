package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.ValueRange;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.metrics.Summary.AgentSummary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

/** The HTML of one run's report: config, agent table, harm by persona, and the plots. */
final class SingleRunReport {

    /** Buckets of the time series with fewer users than this are too noisy to draw. */
    static final int MIN_USERS_PER_BUCKET = 20;
    /** Fewer users than this give a time-to-first-harm bar whose interval hides every other bar. */
    static final int MIN_USERS_PER_BAR = 10;

    private final SingleRun run;
    private final Summary summary;
    private final List<AgentSummary> agents;
    private final List<AgentSummary> ok;
    private final Map<String, Integer> colour = new LinkedHashMap<>();
    private final List<String> personas = new ArrayList<>();
    private final String baseline;

    private SingleRunReport(SingleRun run) {
        this.run = run;
        this.summary = run.summary();
        this.agents = summary.agents();
        this.ok = agents.stream().filter(AgentSummary::ok).toList();
        int i = 0;
        for (AgentSummary a : agents) {
            colour.put(a.id(), i++);
        }
        run.config().path("world").path("users").path("personas").fieldNames().forEachRemaining(personas::add);
        if (personas.isEmpty() && !ok.isEmpty()) {
            personas.addAll(ok.get(0).byPersona().keySet());
        }
        String b = summary.baseline();
        this.baseline = b == null || b.isEmpty() ? null : b;
    }

    /** The report of a single run as an HTML document. */
    static String render(SingleRun run) throws IOException, ReportException {
        return new SingleRunReport(run).render();
    }

    private String render() throws IOException, ReportException {
        String name = summary.experiment() != null ? summary.experiment() : run.config().path("name").asText("run");
        JsonNode eval = run.config().path("evaluation");
        Page page = new Page("FeedGym report: " + name);
        page.raw("<header>").text("h1", name).raw("<p>" + Html.escape("FeedGym run report · " + agents.size()
                + " agents · seed " + summary.seed() + " · " + eval.path("users").asText() + " users × "
                + eval.path("replicates").asText() + " replicates · ") + "<a href=\"#configuration\">configuration</a>"
                + "</p></header>\n");
        failures(page);

        page.raw("<h2>Engagement against harm</h2>\n");
        page.noteHtml("Each point is an agent; whiskers are 95% confidence intervals in both directions, over "
                + "training runs for agents that learn and over episodes for the others. "
                + "Up is more engagement, left is less harm.");
        page.raw("<div class=\"figs\">\n");
        tradeOff(page, MetricRegistry.RETURN, "Return vs harmful share", "return (reward per episode)");
        tradeOff(page, MetricRegistry.WATCH_MINUTES, "Watch time vs harmful share", "watch time (min per episode)");
        page.raw("</div>\n");

        page.raw("<h2>Agents</h2>\n");
        page.noteHtml("Mean with its 95% confidence interval below it; under each agent, what the interval is "
                + "over. For an agent that learns each replicate is an independent training run, and the interval"
                + " is over the runs' means (" + ("cluster-bootstrap".equals(summary.runInterval())
                ? "cluster bootstrap" : "Student t") + "): the spread between trained networks is the real "
                + "uncertainty. For the others it is over episodes. "
                + (baseline == null ? "No baseline agent, so no paired differences."
                : "<strong>Δ</strong> is the paired difference agent − baseline (<strong>" + Html.escape(baseline)
                + "</strong>) over the same users and seeds (for agents that learn: per run, then over runs), "
                + "with its 95% CI; bold when that CI excludes 0.")
                + " Coverage and exposure Gini are per replicate.");
        page.raw("<h3>Engagement</h3>\n").raw(agentTable(MetricRegistry.in(Metric.Use.REPORT_ENGAGEMENT)));
        page.raw("<h3>Harm, filter bubble and exposure</h3>\n").raw(agentTable(MetricRegistry.in(Metric.Use.REPORT_HARM_AND_BUBBLE)));

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
                + "-minute buckets with fewer than " + MIN_USERS_PER_BUCKET + " users still watching are left out."
                + " The entropy plotted is that of the topics of every item shown in the bucket, all users"
                + " together: how varied the platform's output is across users. The tables' topic entropy is"
                + " each user's own, averaged over users. The two can disagree: a ranker that gives each user"
                + " one topic is narrow for every user and varied across them.");
        page.raw("<div class=\"figs\">\n");
        overTime(page, "Topic entropy over watch time, across users",
                "topic entropy of all items shown, users pooled (bits)", true);
        overTime(page, "Harmful share over watch time", "harmful share of items shown", false);
        exposure(page);
        page.raw("</div>\n");

        supply(page);

        InterventionsSection.render(page, ok, run.config().path("comparison").path("vulnerable").asText("teen-vulnerable"));

        if (!run.daily().isEmpty()) {
            page.raw("<h2>Per simulated day</h2>\n");
            int days = run.config().path("world").path("episode").path("days").asInt();
            page.noteHtml("Users come back over " + days + (days == 1 ? " simulated day" : " simulated days")
                    + " (daily.csv, persona “all”): each day's figures cover the sessions begun that day (a session"
                    + " running past midnight stays on the day it began) and the users who had one.");
            page.raw("<div class=\"figs\">\n");
            perDay(page, "Items per user per day", "items shown per user with a session that day",
                    SingleRun.DailyRow::itemsPerUser);
            harmfulSharePerDay(page);
            perDay(page, "Topic entropy per day", "topic entropy of items shown (bits)",
                    SingleRun.DailyRow::topicEntropyBits);
            perDay(page, "Users who watched per day", "users", r -> r.users());
            page.raw("</div>\n");
        }

        acrossRuns(page);

        if (!run.training().isEmpty()) {
            page.raw("<h2>Training</h2>\n");
            page.noteHtml("From training.csv: per training episode, the mean over training runs (replicates); "
                    + "the thin lines of the same colour are the lowest and highest run.");
            page.raw("<div class=\"figs\">\n");
            training(page);
            page.raw("</div>\n");
        }
        FidelityResult fidelity = FidelityReport.readIfPresent(run.directory());
        if (fidelity != null) {
            page.raw(FidelityReport.section(fidelity));
        }
        // The configuration comes last: the reader's first question is what happened, and the
        // header already says what ran (agents, seed, users, replicates).
        page.raw("<h2 id=\"configuration\">Configuration</h2>\n")
                .raw(Page.configHtml(run.config(), run.manifest(), ""));
        return page.finish("Made from the files in this run directory (summary.json, config.resolved.json, "
                + "manifest.json, timeseries.csv" + (run.training().isEmpty() ? "" : ", training.csv")
                + (fidelity == null ? "" : ", fidelity.json")
                + "). Write it again with <code>feedgym report RUN_DIR</code>.");
    }

    private void failures(Page page) {
        for (AgentSummary a : agents) {
            if (!a.ok()) {
                page.raw("<div class=\"alert\"><strong>Agent " + Html.escape(a.id()) + " failed:</strong> "
                        + Html.escape(errorText(a)) + "</div>\n");
            }
        }
    }

    private static String errorText(AgentSummary a) {
        return a.error() == null ? "no error recorded" : a.error();
    }

    private String agentTable(List<Metric> columns) {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"agents\">\n<thead><tr>"
                + "<th class=\"l\">Agent<small>type</small></th>");
        Page.closeHeader(sb, columns);
        for (AgentSummary a : agents) {
            String id = a.id();
            sb.append("<tr><td class=\"l agent\">").append(Page.swatch(colour.get(id))).append("<strong>")
                    .append(Html.escape(id)).append("</strong>")
                    .append(id.equals(baseline) ? " (baseline)" : "").append("<span class=\"ci\">")
                    .append(Html.escape(a.type())).append(", ").append(intervalText(a)).append("</span></td>");
            if (!a.ok()) {
                sb.append("<td class=\"err\" colspan=\"").append(columns.size()).append("\">failed: ")
                        .append(Html.escape(errorText(a))).append("</td></tr>\n");
                continue;
            }
            for (Metric c : columns) {
                sb.append(Page.cell(a.shown(c).orElse(null), Page.comparison("Δ", difference(a, c), 0, true)));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    /** Which interval an agent's row shows: over training runs for an agent that learns. */
    private static String intervalText(AgentSummary a) {
        if (runLevel(a)) {
            return "CI over " + a.replicates() + " training runs";
        }
        return "CI over " + (a.episodes() == null ? 0 : a.episodes()) + " episodes";
    }

    private static boolean runLevel(AgentSummary a) {
        return a.learner() && a.runLevel() != null;
    }

    /** The paired difference shown: per training run, then over runs, for an agent that learns. */
    private static Estimate difference(AgentSummary a, Metric c) {
        if (runLevel(a) && a.runLevelDifference() != null) {
            Estimate d = a.runLevelDifference().differences().get(c.key());
            if (d != null) {
                return d;
            }
        }
        return a.difference(c).orElse(null);
    }

    /**
     * The per-persona metrics to show: the harm metrics in summary order, then watch time for
     * context; a column no agent and persona has a value for (a checkpoint nobody watched that
     * long) is left out.
     */
    private List<Metric> personaKeys() {
        List<Metric> keys = new ArrayList<>();
        if (!ok.isEmpty() && !personas.isEmpty()) {
            for (String k : ok.get(0).persona(personas.get(0)).map(p -> p.metrics().keySet()).orElse(Set.of())) {
                if (!k.equals(MetricRegistry.RETURN.key()) && !k.equals(MetricRegistry.WATCH_MINUTES.key())) {
                    keys.add(metric(k));
                }
            }
            keys.add(MetricRegistry.WATCH_MINUTES);
        }
        return keys.stream().filter(k -> ok.stream().anyMatch(a -> personas.stream().anyMatch(p ->
                Double.isFinite(personaEstimate(a, p, k).map(Estimate::mean).orElse(Double.NaN))))).toList();
    }

    /** The registry's metric for a key, or one labelled with the key itself (a newer FeedGym's). */
    private static Metric metric(String key) {
        return MetricRegistry.find(key).orElseGet(() -> Metric.perEpisode(key, key, "", "%s", Metric.Better.NEITHER,
                ValueRange.ANY, (e, c) -> Double.NaN));
    }

    private static Optional<Estimate> personaEstimate(AgentSummary a, String persona, Metric metric) {
        return a.persona(persona).flatMap(p -> p.metric(metric));
    }

    private String personaTable() {
        List<Metric> keys = personaKeys();
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"personas\">\n<thead><tr>"
                + "<th class=\"l\">Agent</th><th class=\"l\">Persona<small>episodes</small></th>");
        Page.closeHeader(sb, keys);
        for (AgentSummary a : ok) {
            String id = a.id();
            boolean first = true;
            for (String p : personas) {
                Optional<Summary.PersonaSummary> row = a.persona(p);
                sb.append(first ? "<tr class=\"group\">" : "<tr>").append("<td class=\"l agent\">");
                if (first) {
                    sb.append(Page.swatch(colour.get(id))).append("<strong>").append(Html.escape(id)).append("</strong>");
                }
                sb.append("</td><td class=\"l nw\">").append(Html.escape(p)).append("<span class=\"ci\">")
                        .append(row.map(Summary.PersonaSummary::episodes).orElse(0)).append("</span></td>");
                for (Metric k : keys) {
                    sb.append(Page.cell(row.flatMap(x -> x.metric(k)).orElse(null), null));
                }
                sb.append("</tr>\n");
                first = false;
            }
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private void ratios(Page page) {
        Summary.VulnerableToControl sample = null;
        for (AgentSummary a : ok) {
            if (a.vulnerableToControl() != null) {
                sample = a.vulnerableToControl();
                break;
            }
        }
        if (sample == null) {
            return;
        }
        String vulnerable = sample.vulnerable();
        String control = sample.control();
        page.raw("<h3>Vulnerable against control: " + Html.escape(vulnerable) + " ÷ " + Html.escape(control) + "</h3>\n");
        page.noteHtml("Ratio of the persona means (" + Html.escape(vulnerable) + " over " + Html.escape(control)
                + ") with a bootstrap 95% CI; 1 means no difference, bold when the CI excludes 1.");
        List<Metric> keys = new ArrayList<>();
        for (String k : sample.ratios().keySet()) {
            if (ok.stream().anyMatch(a -> Double.isFinite(ratio(a, k).map(Estimate::mean).orElse(Double.NaN)))) {
                keys.add(metric(k));
            }
        }
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"ratios\">\n<thead><tr>"
                + "<th class=\"l\">Agent</th>");
        Page.closeHeader(sb, keys);
        for (AgentSummary a : ok) {
            String id = a.id();
            sb.append("<tr><td class=\"l agent\">").append(Page.swatch(colour.get(id))).append("<strong>")
                    .append(Html.escape(id)).append("</strong></td>");
            for (Metric k : keys) {
                sb.append(ratioCell(ratio(a, k.key()).orElse(null)));
            }
            sb.append("</tr>\n");
        }
        page.raw(sb.append("</tbody></table></div>\n").toString());
    }

    /** An agent's vulnerable ÷ control ratio of a metric, when it has one. */
    static Optional<Estimate> ratio(AgentSummary a, String key) {
        return Optional.ofNullable(a.vulnerableToControl() == null ? null : a.vulnerableToControl().ratios().get(key));
    }

    /** A ratio cell: the ratio in bold type when its CI excludes 1. */
    static String ratioCell(Estimate estimate) {
        if (estimate == null || Double.isNaN(estimate.mean())) {
            return "<td>" + Fmt.NONE + "</td>";
        }
        return "<td>" + Page.comparison("×", estimate, 1, false) + "</td>";
    }

    private void tradeOff(Page page, Metric y, String title, String yTitle) throws IOException {
        List<Charts.Point> points = new ArrayList<>();
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        for (AgentSummary a : ok) {
            Estimate x = a.shown(MetricRegistry.HARMFUL_SHARE_ITEMS).orElse(none);
            Estimate v = a.shown(y).orElse(none);
            points.add(new Charts.Point(a.id(), colour.get(a.id()), x.mean(), x.ci95Low(), x.ci95High(),
                    v.mean(), v.ci95Low(), v.ci95High()));
        }
        XYChart chart = Charts.scatterWithIntervals(title, "harmful share of items shown (fraction)", yTitle, points);
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart), title + ", one point per agent", title + ": mean per agent with 95% CIs (over training runs for agents that learn, over episodes for the others).");
    }

    private void harmfulShareByPersona(Page page) throws IOException {
        if (ok.isEmpty() || personas.isEmpty()) {
            return;
        }
        List<String> categories = ok.stream().map(AgentSummary::id).toList();
        List<Charts.Bars> series = new ArrayList<>();
        int i = 0;
        for (String p : personas) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (AgentSummary a : ok) {
                Optional<Estimate> e = personaEstimate(a, p, MetricRegistry.HARMFUL_SHARE_ITEMS);
                values.add(finiteOrNull(e.map(Estimate::mean).orElse(Double.NaN)));
                errors.add(e.map(SingleRunReport::halfWidth).orElse(null));
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
        List<AgentSummary> shown = new ArrayList<>();
        List<AgentSummary> none = new ArrayList<>();
        for (AgentSummary a : ok) {
            if (personas.stream().anyMatch(p -> barValue(a, p) != null)) {
                shown.add(a);
            } else {
                none.add(a);
            }
        }
        String title = "Time to first harmful item by persona";
        String noneText = none.isEmpty() ? "" : " Fewer than " + MIN_USERS_PER_BAR
                + " users of every persona met a harmful item under "
                + String.join(", ", none.stream().map(AgentSummary::id).toList()) + ".";
        if (shown.isEmpty() || personas.isEmpty()) {
            page.raw("<p class=\"note\">" + Html.escape(title + ": nothing to draw." + noneText) + "</p>\n");
            return;
        }
        List<String> categories = shown.stream().map(AgentSummary::id).toList();
        List<Charts.Bars> series = new ArrayList<>();
        int i = 0;
        for (String p : personas) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (AgentSummary a : shown) {
                Double v = barValue(a, p);
                values.add(v);
                errors.add(v == null ? null
                        : halfWidth(personaEstimate(a, p, MetricRegistry.MINUTES_TO_FIRST_HARMFUL).orElseThrow()));
            }
            series.add(new Charts.Bars(p, Charts.personaColor(i++), values, errors));
        }
        page.figure(Charts.dataUri(Charts.bars(title, "agent", "watch time before the first harmful item (min)",
                        categories, series, 0.0, null)), title,
                title + ": mean over the users who met one, with 95% CIs; no bar where fewer than " + MIN_USERS_PER_BAR
                        + " users of that persona met one (see the table)." + noneText);
    }

    /** The mean minutes to the first harmful item, or null when too few users met one. */
    private static Double barValue(AgentSummary agent, String persona) {
        Optional<Estimate> e = personaEstimate(agent, persona, MetricRegistry.MINUTES_TO_FIRST_HARMFUL);
        return e.isPresent() && Double.isFinite(e.get().mean()) && e.get().n() >= MIN_USERS_PER_BAR ? e.get().mean()
                : null;
    }

    private void overTime(Page page, String title, String yTitle, boolean entropy) throws IOException {
        Map<String, List<SingleRun.TimeSeriesRow>> byAgent = new LinkedHashMap<>();
        for (SingleRun.TimeSeriesRow r : run.timeSeries()) {
            if (r.persona().equals("all") && r.users() >= MIN_USERS_PER_BUCKET) {
                byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Charts.Band> bands = new ArrayList<>();
        for (Map.Entry<String, List<SingleRun.TimeSeriesRow>> e : byAgent.entrySet()) {
            bands.add(band(e.getKey(), e.getValue(), r -> (r.startMinutes() + r.endMinutes()) / 2,
                    r -> entropy ? r.topicEntropyBits() : r.harmfulShare(),
                    r -> entropy ? Double.NaN : r.harmfulShareLow(), r -> entropy ? Double.NaN : r.harmfulShareHigh()));
        }
        List<Charts.Line> lines = bands.stream().map(SingleRunReport::line).toList();
        boolean anyInterval = bands.stream().anyMatch(SingleRunReport::hasInterval);
        if (lines.isEmpty()) {
            page.raw("<p class=\"note\">" + Html.escape(title) + ": no time series (timeseries.csv is missing or empty).</p>\n");
            return;
        }
        String xTitle = "watch time since the user started (min)";
        XYChart chart = anyInterval ? Charts.bands(title, xTitle, yTitle, bands, false)
                : Charts.lines(title, xTitle, yTitle, lines, false);
        if (!entropy) {
            chart.getStyler().setYAxisDecimalPattern("0.0##");
        }
        page.figure(Charts.dataUri(chart), title + " per agent", title + " per agent, middle of each bucket"
                + (anyInterval ? HARMFUL_SHARE_INTERVAL : "."));
    }

    /** One agent's rows as a line with a band (NaN edges where a row has none). */
    private <R> Charts.Band band(String agent, List<R> rows, ToDoubleFunction<R> x,
                                 ToDoubleFunction<R> y, ToDoubleFunction<R> low,
                                 ToDoubleFunction<R> high) {
        int n = rows.size();
        double[][] v = new double[4][n];
        for (int i = 0; i < n; i++) {
            R r = rows.get(i);
            v[0][i] = x.applyAsDouble(r);
            v[1][i] = y.applyAsDouble(r);
            v[2][i] = low.applyAsDouble(r);
            v[3][i] = high.applyAsDouble(r);
        }
        return new Charts.Band(agent, colour.getOrDefault(agent, colour.size()), v[0], v[1], v[2], v[3]);
    }

    private static Charts.Line line(Charts.Band b) {
        return new Charts.Line(b.name(), b.index(), b.x(), b.mean(), null);
    }

    private static boolean hasInterval(Charts.Band b) {
        return java.util.Arrays.stream(b.low()).anyMatch(Double::isFinite);
    }

    /** How the harmful share's band is drawn, for the figures' captions. */
    private static final String HARMFUL_SHARE_INTERVAL = ", with its 95% interval as thin lines (over training runs"
            + " for an agent that learns and has two or more, otherwise over users; none where fewer than two"
            + " of them, or all alike).";

    /** The supply side of a world with creators: uploads and new items' exposure day by day; nothing without creators. */
    private void supply(Page page) throws IOException {
        List<AgentSummary> supplied = ok.stream().filter(a -> a.supply() != null).toList();
        if (supplied.isEmpty()) {
            return;
        }
        page.raw("<h2>Creators and uploads</h2>\n");
        page.noteHtml("From summary.json's <code>supply</code>: per simulated day, the mean over training runs of "
                + "the harmful share of that day's uploads and of the share of shown items that were uploaded "
                + "during the run. Creators shift their topic mix toward the topics that earned their uploads "
                + "watch time, so the policy shapes what is uploaded.");
        page.raw("<div class=\"figs\">\n");
        supplyChart(page, supplied, true);
        supplyChart(page, supplied, false);
        page.raw("</div>\n");
        StringBuilder table = new StringBuilder("<table><tr><th>agent</th><th>harmful share of uploads</th>"
                + "<th>new items' share of exposure</th><th>catalog topic entropy, last day (bits)</th></tr>\n");
        for (AgentSummary a : supplied) {
            table.append("<tr><td>").append(Html.escape(a.id())).append("</td>");
            for (Estimate e : new Estimate[] {a.supply().harmfulUploadShare(), a.supply().newItemExposureShare(),
                a.supply().lastDayCatalogEntropyBits()}) {
                table.append("<td>").append(Html.escape(Fmt.num(e.mean()) + " [" + Fmt.num(e.ci95Low()) + ", "
                        + Fmt.num(e.ci95High()) + "]")).append("</td>");
            }
            table.append("</tr>\n");
        }
        page.raw(table.append("</table>\n").toString());
    }

    private void supplyChart(Page page, List<AgentSummary> supplied, boolean harmful) throws IOException {
        List<Charts.Line> lines = new ArrayList<>();
        for (AgentSummary a : supplied) {
            List<Summary.SupplyDay> days = a.supply().days();
            double[] x = new double[days.size()];
            double[] y = new double[days.size()];
            for (int i = 0; i < days.size(); i++) {
                x[i] = days.get(i).day();
                Estimate e = harmful ? days.get(i).harmfulUploadShare() : days.get(i).newItemExposureShare();
                y[i] = e.mean();
            }
            lines.add(new Charts.Line(a.id(), colour.getOrDefault(a.id(), colour.size()), x, y, null));
        }
        String title = harmful ? "Harmful share of each day's uploads" : "New items' share of each day's exposure";
        XYChart chart = Charts.lines(title, "simulated day", harmful ? "harmful share of uploads"
                : "share of shown items uploaded during the run", lines, false);
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart), title + " per agent", title + " per agent, mean over training runs.");
    }

    /** The rows of {@code daily.csv} for all personas pooled, by agent in file order. */
    private Map<String, List<SingleRun.DailyRow>> dailyByAgent() {
        Map<String, List<SingleRun.DailyRow>> byAgent = new LinkedHashMap<>();
        for (SingleRun.DailyRow r : run.daily()) {
            if (r.persona().equals("all")) {
                byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>()).add(r);
            }
        }
        return byAgent;
    }

    /** One line per agent over the simulated days, all personas pooled. */
    private void perDay(Page page, String title, String yTitle,
                        ToDoubleFunction<SingleRun.DailyRow> value) throws IOException {
        List<Charts.Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<SingleRun.DailyRow>> e : dailyByAgent().entrySet()) {
            lines.add(line(band(e.getKey(), e.getValue(), SingleRun.DailyRow::day, value, r -> Double.NaN,
                    r -> Double.NaN)));
        }
        XYChart chart = Charts.lines(title, "simulated day", yTitle, lines, true);
        page.figure(Charts.dataUri(chart), title + " per agent", title + " per agent.");
    }

    /** The harmful share over the simulated days with its interval, all personas pooled. */
    private void harmfulSharePerDay(Page page) throws IOException {
        List<Charts.Band> bands = new ArrayList<>();
        for (Map.Entry<String, List<SingleRun.DailyRow>> e : dailyByAgent().entrySet()) {
            bands.add(band(e.getKey(), e.getValue(), SingleRun.DailyRow::day, SingleRun.DailyRow::harmfulShare,
                    SingleRun.DailyRow::harmfulShareLow, SingleRun.DailyRow::harmfulShareHigh));
        }
        if (bands.stream().noneMatch(SingleRunReport::hasInterval)) {
            perDay(page, "Harmful share per day", "harmful share of items shown", SingleRun.DailyRow::harmfulShare);
            return;
        }
        String title = "Harmful share per day";
        XYChart chart = Charts.bands(title, "simulated day", "harmful share of items shown", bands, true);
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        page.figure(Charts.dataUri(chart), title + " per agent", title + " per agent" + HARMFUL_SHARE_INTERVAL);
    }

    private void exposure(Page page) throws IOException {
        List<String> categories = ok.stream().map(AgentSummary::id).toList();
        if (categories.isEmpty()) {
            return;
        }
        List<Double> gini = new ArrayList<>();
        List<Double> giniErr = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        List<Double> coverageErr = new ArrayList<>();
        for (AgentSummary a : ok) {
            Optional<Estimate> g = a.metric(MetricRegistry.EXPOSURE_GINI);
            Optional<Estimate> c = a.metric(MetricRegistry.COVERAGE);
            gini.add(finiteOrNull(g.map(Estimate::mean).orElse(Double.NaN)));
            giniErr.add(g.map(SingleRunReport::halfWidth).orElse(null));
            coverage.add(finiteOrNull(c.map(Estimate::mean).orElse(Double.NaN)));
            coverageErr.add(c.map(SingleRunReport::halfWidth).orElse(null));
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
        Map<String, TreeMap<Integer, List<Double>>> returns = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, double[]>> losses = new LinkedHashMap<>();
        for (SingleRun.TrainingRow r : run.training()) {
            if (Double.isFinite(r.episodeReturn())) {
                returns.computeIfAbsent(r.agent(), k -> new TreeMap<>()).computeIfAbsent(r.episode(),
                        k -> new ArrayList<>()).add(r.episodeReturn());
            }
            add(losses, r.agent(), r.episode(), r.loss());
        }
        List<Charts.Band> bands = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, List<Double>>> e : returns.entrySet()) {
            int n = e.getValue().size();
            double[] x = new double[n];
            double[] mean = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            int i = 0;
            for (Map.Entry<Integer, List<Double>> p : e.getValue().entrySet()) {
                x[i] = p.getKey();
                DoubleSummaryStatistics stats = p.getValue().stream().mapToDouble(Double::doubleValue).summaryStatistics();
                mean[i] = stats.getAverage();
                // One run has no spread to show.
                low[i] = stats.getCount() < 2 ? Double.NaN : stats.getMin();
                high[i] = stats.getCount() < 2 ? Double.NaN : stats.getMax();
                i++;
            }
            if (n > 0) {
                bands.add(new Charts.Band(e.getKey(), colour.getOrDefault(e.getKey(), colour.size()), x, mean, low, high));
            }
        }
        page.figure(Charts.dataUri(Charts.bands("Training return", "training episode", "return (reward per episode)",
                bands, false)), "Training return per agent with its range across training runs",
                "Training return per episode: mean over training runs, with the lowest and highest run.");
        List<Charts.Line> lossLines = trainingLines(losses);
        if (!lossLines.isEmpty()) {
            page.figure(Charts.dataUri(Charts.lines("Training loss", "training episode", "mean loss per episode",
                    lossLines, false)), "Training loss per agent", "Mean training loss per episode, mean over replicates.");
        }
    }

    /**
     * Spread across training runs: each run's evaluation return beside the run-level mean and
     * interval, and a performance profile of the agents that learn. Shown when some agent has more
     * than one replicate and the summary has per-run means.
     */
    private void acrossRuns(Page page) throws IOException {
        Metric m = MetricRegistry.RETURN;
        List<Charts.Runs> all = new ArrayList<>();
        List<Charts.Runs> learners = new ArrayList<>();
        for (AgentSummary a : ok) {
            Optional<List<Double>> means = a.runMeans(m);
            if (means.isEmpty()) {
                continue;
            }
            double[] v = means.get().stream().mapToDouble(d -> d == null ? Double.NaN : d).toArray();
            Estimate e = a.runLevel(m).orElse(new Estimate(Double.NaN, Double.NaN, Double.NaN, 0));
            Charts.Runs runs = new Charts.Runs(a.id(), colour.get(a.id()), v, e.mean(), e.ci95Low(), e.ci95High());
            all.add(runs);
            if (a.learner()) {
                learners.add(runs);
            }
        }
        if (all.isEmpty() || all.stream().allMatch(r -> r.runMeans().length < 2)) {
            return;
        }
        page.raw("<h2>Across training runs</h2>\n");
        page.noteHtml("Each dot is one replicate's mean evaluation return: for an agent that learns, one "
                + "independently trained agent. Beside the dots, the mean of the runs (bar) and its 95% interval "
                + "over runs (whisker). Where the dots of an agent spread wider than its episode-level interval, "
                + "that interval was too narrow." + (learners.isEmpty() ? "" : " The performance profile "
                + "(Agarwal et al. 2021) gives, for every score τ, the share of an agent's training runs that beat it;"
                + " a curve to the right is better at every level."));
        page.raw("<div class=\"figs\">\n");
        page.figure(Charts.dataUri(Charts.runDots("Evaluation return per training run", "return (reward per episode)",
                all)), "Evaluation return of every training run, one dot per run, per agent",
                "Return per replicate (training run) with the run-level mean and 95% interval.");
        if (!learners.isEmpty()) {
            page.figure(Charts.dataUri(Charts.performanceProfile("Performance profile of the agents that learn",
                    "score τ: mean return of a training run", learners)),
                    "Performance profile: share of training runs with a mean return above each score",
                    "Share of training runs whose mean return is above τ.");
        }
        page.raw("</div>\n");
        if (!learners.isEmpty() && baseline != null) {
            StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"agents\">\n<thead><tr>"
                    + "<th class=\"l\">Agent that learns</th><th>Return, over runs<small>mean [95% CI]</small></th>"
                    + "<th>IQM<small>stratified bootstrap</small></th><th>P(run beats " + Html.escape(baseline)
                    + ")<small>[95% CI]</small></th></tr></thead><tbody>\n");
            for (AgentSummary a : ok) {
                if (!a.learner()) {
                    continue;
                }
                sb.append("<tr><td class=\"l agent\">").append(Page.swatch(colour.get(a.id()))).append("<strong>")
                        .append(Html.escape(a.id())).append("</strong><span class=\"ci\">")
                        .append(a.replicates()).append(" training runs</span></td>")
                        .append(Page.cell(a.runLevel(m).orElse(null), null))
                        .append(Page.cell(a.iqm() == null ? null : a.iqm().get(m.key()), null))
                        .append(Page.cell(a.probabilityOfImprovement(m).orElse(null), null)).append("</tr>\n");
            }
            page.raw(sb.append("</tbody></table></div>\n").toString());
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
    static Double halfWidth(Estimate estimate) {
        double low = estimate.ci95Low();
        double high = estimate.ci95High();
        return Double.isFinite(low) && Double.isFinite(high) ? (high - low) / 2 : null;
    }
}
