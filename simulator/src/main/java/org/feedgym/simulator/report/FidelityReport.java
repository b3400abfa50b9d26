package org.feedgym.simulator.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.feedgym.simulator.fidelity.AucEstimate;
import org.feedgym.simulator.fidelity.BehaviourAuc;
import org.feedgym.simulator.fidelity.FidelityJson;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.fidelity.FittedParameter;
import org.feedgym.simulator.fidelity.NotIdentified;
import org.feedgym.simulator.fidelity.Objective;
import org.feedgym.simulator.fidelity.Sample;
import org.feedgym.simulator.fidelity.SignalRates;
import org.feedgym.simulator.fidelity.TargetFidelity;
import org.feedgym.simulator.metrics.Estimate;
import org.knowm.xchart.XYChart;

/**
 * The fidelity section of a report, made from {@code fidelity.json}: per target the real,
 * default-simulated and calibrated-simulated ECDFs; the fidelity table (KS and 1-Wasserstein,
 * default against calibrated); each target's selection bias; signal rates by watch-ratio bin;
 * per-behaviour AUCs with their intervals beside the reference predictors; the fitted parameters,
 * those the log cannot identify, and the objective. A run's report includes the section when its
 * directory holds {@code fidelity.json}; {@link #render} makes a page of it alone.
 */
final class FidelityReport {

    /** Colour index of each sample in the ECDF charts: real black, default orange, calibrated blue. */
    private static final int REAL = 6;
    private static final int DEFAULT = 1;
    private static final int CALIBRATED = 0;

    private FidelityReport() {
    }

    /** Reads {@code fidelity.json} of a directory, or null when there is none. */
    static FidelityResult readIfPresent(Path dir) throws ReportException {
        Path file = dir.resolve(FidelityJson.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return FidelityJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReportException(file, "cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A page holding the section alone; {@code title} is text. */
    static String render(FidelityResult r, String title) throws IOException {
        Page page = new Page(title);
        page.raw("<header>").text("h1", title).raw("<p>" + Html.escape("FeedGym fidelity report · "
                + r.targets().size() + " targets · rows kept: " + r.selection().name()) + "</p></header>\n");
        page.raw(section(r));
        return page.finish("Made from fidelity.json. Distances and AUCs are on held-out users only.");
    }

    /** The section's markup. */
    static String section(FidelityResult r) throws IOException {
        StringBuilder sb = new StringBuilder("<h2 id=\"fidelity\">How real are the simulated users?</h2>\n");
        sb.append("<p class=\"note\">Held-out users of the real log against simulated users shown the same items at"
                + " the same times, with the default parameters and with the calibrated ones. <strong>KS</strong> is the"
                + " largest gap between the empirical CDFs (0 = the same distribution, 1 = no overlap);"
                + " <strong>W1</strong> is the 1-Wasserstein distance, the mean shift needed to turn one sample into the"
                + " other, in the target's unit. Lower is closer; the closer of each pair is in bold.</p>\n");
        sb.append("<div class=\"alert\"><strong>Selection: ").append(Html.escape(r.selection().name()))
                .append(".</strong> ").append(Html.escape(r.selection().note())).append("</div>\n");
        sb.append(distanceTable(r.targets()));
        sb.append("<h3>Distributions</h3>\n<p class=\"note\">Empirical CDFs up to each sample's 99th percentile"
                + " (the largest values would stretch the axis); the sample sizes are in the table above.</p>\n");
        sb.append("<div class=\"figs\">\n");
        for (TargetFidelity t : r.targets()) {
            sb.append(ecdfFigure(t));
        }
        sb.append("</div>\n");
        sb.append(biasTable(r.targets()));
        for (SignalRates s : r.signalRates()) {
            sb.append(ratesTable(s));
        }
        sb.append(aucTable(r.auc()));
        sb.append(fittedTable(r.fitted(), r.objective()));
        sb.append(notIdentifiedTable(r.notIdentified()));
        return sb.toString();
    }

    private static String distanceTable(List<TargetFidelity> targets) {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"fidelity\">\n<thead><tr>"
                + "<th class=\"l\">Target<small>unit</small></th><th>KS<small>default</small></th>"
                + "<th>KS<small>calibrated</small></th><th>W1<small>default</small></th>"
                + "<th>W1<small>calibrated</small></th><th>n<small>real · default · calibrated</small></th>"
                + "</tr></thead>\n<tbody>\n");
        for (TargetFidelity t : targets) {
            sb.append("<tr><td class=\"l\"><strong>").append(Html.escape(t.name())).append("</strong><span class=\"ci\">")
                    .append(Html.escape(t.unit().isEmpty() ? "ratio" : t.unit())).append("</span></td>");
            pair(sb, t.ks().defaultModel(), t.ks().calibrated());
            pair(sb, t.wasserstein().defaultModel(), t.wasserstein().calibrated());
            sb.append("<td class=\"nw\">").append(t.real().n()).append(" · ").append(t.defaultModel().n()).append(" · ")
                    .append(t.calibrated().n()).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    /** Two cells, the smaller value in bold (neither when equal or undefined). */
    private static void pair(StringBuilder sb, double defaultValue, double calibrated) {
        boolean both = Double.isFinite(defaultValue) && Double.isFinite(calibrated);
        sb.append(both && defaultValue < calibrated ? "<td><strong>" + Fmt.num(defaultValue) + "</strong></td>"
                : "<td>" + Fmt.num(defaultValue) + "</td>");
        sb.append(both && calibrated < defaultValue ? "<td><strong>" + Fmt.num(calibrated) + "</strong></td>"
                : "<td>" + Fmt.num(calibrated) + "</td>");
    }

    private static String ecdfFigure(TargetFidelity t) throws IOException {
        List<Charts.Line> lines = new ArrayList<>();
        line(lines, "real (" + t.real().n() + ")", REAL, t.real());
        line(lines, "default (" + t.defaultModel().n() + ")", DEFAULT, t.defaultModel());
        line(lines, "calibrated (" + t.calibrated().n() + ")", CALIBRATED, t.calibrated());
        String x = t.name() + (t.unit().isEmpty() ? "" : " (" + t.unit() + ")");
        XYChart chart = Charts.lines(t.name(), x, "share of values ≤ x", lines, false);
        // A CDF runs from 0 to 1: a fixed axis in tenths reads the same on every chart.
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisTickMarkSpacingHint(40);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        String uri = Charts.dataUri(chart);
        String caption = t.description() + ". KS default " + Fmt.num(t.ks().defaultModel()) + ", calibrated "
                + Fmt.num(t.ks().calibrated()) + ".";
        return Page.figureHtml(uri, "ECDFs of " + t.name(), caption);
    }

    /** The ECDF through the sample's quantiles at 0, 0.01, ..., 0.99. */
    private static void line(List<Charts.Line> lines, String name, int index, Sample s) {
        if (s.n() == 0) {
            return;
        }
        int points = Sample.POINTS - 1;
        double[] x = IntStream.range(0, points).mapToDouble(k -> s.quantiles().get(k)).toArray();
        double[] y = IntStream.range(0, points).mapToDouble(Sample::probability).toArray();
        lines.add(new Charts.Line(name, index, x, y, null));
    }

    private static String biasTable(List<TargetFidelity> targets) {
        StringBuilder sb = new StringBuilder("<h3>What each target is, and how the selection biases it</h3>\n"
                + "<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">Target</th><th class=\"l\">One value is</th>"
                + "<th class=\"l\">Selection bias</th></tr></thead>\n<tbody>\n");
        for (TargetFidelity t : targets) {
            sb.append("<tr><td class=\"l\"><strong>").append(Html.escape(t.name())).append("</strong></td><td class=\"l\">")
                    .append(Html.escape(t.description())).append("</td><td class=\"l\">")
                    .append(Html.escape(t.selectionBias())).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static String ratesTable(SignalRates s) {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(s.signal()))
                .append(" rate by watch ratio</h3>\n<p class=\"note\">Share of kept rows in each watch-ratio bin that carry a ")
                .append(Html.escape(s.signal())).append("; rows in the bin below each rate.</p>\n")
                .append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">watch ratio</th><th>real</th>"
                        + "<th>default</th><th>calibrated</th></tr></thead>\n<tbody>\n");
        List<Double> e = s.edges();
        for (int k = 0; k < e.size(); k++) {
            String bin = "[" + Fmt.num(e.get(k)) + ", " + (k + 1 < e.size() ? Fmt.num(e.get(k + 1)) + ")" : "∞)");
            sb.append("<tr><td class=\"l nw\">").append(bin).append("</td>");
            for (SignalRates.Rates r : List.of(s.real(), s.defaultModel(), s.calibrated())) {
                sb.append("<td><span class=\"m\">").append(Fmt.num(r.rate().get(k))).append("</span><span class=\"ci\">n = ")
                        .append(r.rows().get(k)).append("</span></td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static String aucTable(List<BehaviourAuc> auc) {
        if (auc.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h3>Ranking held-out behaviour: ROC-AUC</h3>\n<p class=\"note\">The share"
                + " of (positive, negative) held-out rows the predictor ranks the right way round, ties counting one half"
                + " (0.5 is chance). 95% intervals from a bootstrap that resamples held-out users, the same resamples for"
                + " every predictor. Item popularity and the logistic regression are fitted on the fitting users' rows"
                + " only.</p>\n<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">Behaviour<small>positives ·"
                + " negatives · users</small></th><th>model<small>default</small></th><th>model<small>calibrated</small>"
                + "</th><th>item popularity</th><th>logistic regression</th></tr></thead>\n<tbody>\n");
        for (BehaviourAuc b : auc) {
            sb.append("<tr><td class=\"l\"><strong>").append(Html.escape(b.behaviour())).append("</strong><span class=\"ci\">")
                    .append(b.positives()).append(" · ").append(b.negatives()).append(" · ").append(b.users())
                    .append("</span></td>");
            for (AucEstimate e : List.of(b.modelDefault(), b.modelCalibrated(), b.itemPopularity(), b.logisticRegression())) {
                sb.append(Page.cell(new Estimate(e.value(), e.ci95Low(), e.ci95High(), b.users()), null));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static String fittedTable(List<FittedParameter> fitted, Objective objective) {
        StringBuilder sb = new StringBuilder("<h3>Fitted parameters</h3>\n");
        if (objective != null) {
            sb.append("<p class=\"note\">Objective: ").append(Html.escape(objective.description())).append(" — ")
                    .append(Fmt.num(objective.atDefault())).append(" at the defaults, ")
                    .append(Fmt.num(objective.atCalibrated())).append(" calibrated. Optimiser: ")
                    .append(Html.escape(objective.optimiser())).append(".</p>\n");
        }
        if (fitted.isEmpty()) {
            return sb.append("<p class=\"note\">No parameter was fitted.</p>\n").toString();
        }
        sb.append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">parameter</th><th>start</th><th>fitted</th>"
                + "<th>lower bound</th><th>upper bound</th></tr></thead>\n<tbody>\n");
        for (FittedParameter p : fitted) {
            sb.append("<tr><td class=\"l\"><code>").append(Html.escape(p.parameter())).append("</code></td><td>")
                    .append(Fmt.num(p.start())).append("</td><td><strong>").append(Fmt.num(p.value()))
                    .append("</strong></td><td>").append(Fmt.num(p.lower())).append("</td><td>").append(Fmt.num(p.upper()))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static String notIdentifiedTable(List<NotIdentified> missing) {
        StringBuilder sb = new StringBuilder("<h3>Not identified by this log</h3>\n");
        if (missing.isEmpty()) {
            return sb.append("<p class=\"note\">Every parameter that was searched is identified by the log.</p>\n")
                    .toString();
        }
        sb.append("<p class=\"note\">These keep their configured values: the log says nothing about them.</p>\n"
                + "<div class=\"scroll\"><table>\n<thead><tr><th class=\"l\">parameter</th><th>kept value</th>"
                + "<th class=\"l\">why</th></tr></thead>\n<tbody>\n");
        for (NotIdentified p : missing) {
            sb.append("<tr><td class=\"l\"><code>").append(Html.escape(p.parameter())).append("</code></td><td>")
                    .append(Fmt.num(p.value())).append("</td><td class=\"l\">").append(Html.escape(p.reason()))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
