package org.feedgym.simulator.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.feedgym.simulator.sensitivity.SensitivityResult;
import org.feedgym.simulator.sensitivity.SensitivityRunner;
import org.knowm.xchart.CategoryChart;

/**
 * The report of a sensitivity analysis: one bar chart of indices per metric (Morris μ* and σ, or
 * Sobol first-order and total indices with their bootstrap 95% CIs), the conclusions with the share
 * of the parameter box where each holds, and the configuration. It stands in for the sweep report
 * of the same directory: a per-point trade-off plot or trial table over a hundred points says less
 * than the indices do, and {@code sensitivity.csv} holds every point.
 */
final class SensitivityReport {

    private SensitivityReport() {
    }

    /** True when the directory holds a sensitivity analysis. */
    static boolean isSensitivity(Path dir) {
        return Files.isRegularFile(dir.resolve(SensitivityRunner.JSON));
    }

    static String render(SweepRun sweep) throws IOException, ReportException {
        SensitivityResult r;
        try {
            r = SensitivityResult.read(sweep.directory().resolve(SensitivityRunner.JSON));
        } catch (IOException e) {
            throw new ReportException(sweep.directory().resolve(SensitivityRunner.JSON), "cannot be read: " + e.getMessage());
        }
        boolean morris = "morris".equals(r.method().type());
        Page page = new Page("FeedGym sensitivity report: " + r.experiment());
        page.raw("<header>").text("h1", r.experiment()).raw("<p>" + Html.escape("FeedGym sensitivity analysis · "
                + (morris ? "Morris elementary effects, " + r.method().trajectories() + " trajectories on "
                + r.method().levels() + " levels" : "Sobol indices, Saltelli sampling, N = " + r.method().samples()
                + ", " + r.method().bootstrap() + " bootstrap resamples") + " · " + r.parameters().size()
                + " parameters · " + r.runs() + " points, each " + r.replicates() + " replicate(s) · seed " + r.seed()
                + " · ") + "<a href=\"#configuration\">configuration</a></p></header>\n");
        if (r.failed() > 0) {
            page.raw("<div class=\"alert\"><strong>" + r.failed() + " point(s) failed;</strong> see summary.json. "
                    + "Metrics missing at any point have no indices.</div>\n");
        }
        page.raw(section(r));
        page.raw("<h2 id=\"configuration\">Configuration</h2>\n").raw(Page.configHtml(sweep.config(), sweep.manifest(), ""));
        return page.finish("Made from sensitivity.json, config.resolved.json and manifest.json in this directory; every"
                + " point's parameter and metric values are in sensitivity.csv and its run in trials/. Write it again with"
                + " <code>feedgym report DIR</code>.");
    }

    /** The indices (bars per metric) and the conclusions table. */
    static String section(SensitivityResult r) throws IOException {
        boolean morris = "morris".equals(r.method().type());
        StringBuilder sb = new StringBuilder("<h2 id=\"sensitivity\">Sensitivity indices</h2>\n<p class=\"note\">");
        sb.append(morris
                ? "Morris screening: <strong>μ*</strong> is the mean absolute change of the metric when one parameter"
                + " moves by Δ of its range, scaled to a move across the whole range (metric units); it ranks the"
                + " parameters. <strong>σ</strong> is the spread of those changes: large when the parameter acts"
                + " non-linearly or through interactions."
                : "Sobol indices: <strong>first order</strong> is the share of the metric's variance a parameter"
                + " explains alone, <strong>total</strong> the share it is involved in, interactions included"
                + " (Saltelli 2010; Jansen). Whiskers: bootstrap 95% CIs, drawn symmetric around the estimate (the"
                + " exact ends are in sensitivity.json).");
        sb.append("</p>\n<div class=\"figs\">\n");
        List<String> names = r.parameters().stream().map(p -> p.path()).toList();
        for (SensitivityResult.MetricIndices m : r.metrics()) {
            if (m.indices().isEmpty()) {
                sb.append("<div class=\"alert\"><strong>").append(Html.escape(m.metric())).append(":</strong> no indices,"
                        + " the value is missing at ").append(m.missing()).append(" point(s).</div>\n");
                continue;
            }
            List<Charts.Bars> bars = new ArrayList<>();
            if (morris) {
                bars.add(new Charts.Bars("μ*", Charts.color(0), m.indices().stream().map(i -> i.muStar()).toList(), null));
                bars.add(new Charts.Bars("σ", Charts.color(1), m.indices().stream().map(i -> i.sigma()).toList(), null));
            } else {
                bars.add(new Charts.Bars("first order", Charts.color(0), m.indices().stream().map(i -> i.first()).toList(),
                        m.indices().stream().map(i -> half(i.firstCi95Low(), i.firstCi95High())).toList()));
                bars.add(new Charts.Bars("total", Charts.color(1), m.indices().stream().map(i -> i.total()).toList(),
                        m.indices().stream().map(i -> half(i.totalCi95Low(), i.totalCi95High())).toList()));
            }
            CategoryChart chart = Charts.bars(m.metric(), "parameter", morris ? "effect (metric units)" : "index",
                    names, bars, morris ? 0.0 : null, null);
            chart.getStyler().setXAxisLabelRotation(30);
            String caption = (morris ? "Morris μ* and σ of " : "Sobol first-order and total indices of ") + m.metric()
                    + " per parameter.";
            sb.append(figure(Charts.dataUri(chart), caption));
        }
        sb.append("</div>\n");
        sb.append(indexTable(r, morris));
        if (!r.conclusions().isEmpty()) {
            sb.append("<h2 id=\"conclusions\">Conclusions</h2>\n<p class=\"note\">Each stated conclusion with the share"
                    + " of sampled points (of the parameter box) where it holds, and the Wilson 95% interval of that"
                    + " share. A point whose run failed is not counted.</p>\n<div class=\"scroll\"><table>\n<thead><tr>"
                    + "<th class=\"l\">conclusion</th><th>holds at</th><th>share</th><th>95% CI</th></tr></thead>\n<tbody>\n");
            for (SensitivityResult.ConclusionShare c : r.conclusions()) {
                sb.append("<tr><td class=\"l\">").append(Html.escape(c.conclusion())).append("</td><td>").append(c.holds())
                        .append(" / ").append(c.points()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", c.share())).append("</td><td class=\"nw\">")
                        .append(String.format(Locale.ROOT, "[%.2f, %.2f]", c.ci95Low(), c.ci95High()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }
        return sb.toString();
    }

    /**
     * The indices as numbers, one row per metric and parameter: the bars above rank, this table
     * gives the values (and Morris's signed μ, which the bars leave out: its sign says whether
     * raising the parameter raises the metric).
     */
    private static String indexTable(SensitivityResult r, boolean morris) {
        StringBuilder sb = new StringBuilder("<h3>The indices in numbers</h3>\n<div class=\"scroll\"><table>\n"
                + "<thead><tr><th class=\"l\">metric</th><th class=\"l\">parameter</th>");
        sb.append(morris ? "<th>μ*</th><th>μ (signed)</th><th>σ</th>"
                : "<th>first order</th><th>95% CI</th><th>total</th><th>95% CI</th>");
        sb.append("</tr></thead>\n<tbody>\n");
        for (SensitivityResult.MetricIndices m : r.metrics()) {
            for (SensitivityResult.Index i : m.indices()) {
                sb.append("<tr><td class=\"l\">").append(Html.escape(m.metric())).append("</td><td class=\"l\">")
                        .append(Html.escape(i.parameter())).append("</td>");
                if (morris) {
                    sb.append(cell(i.muStar())).append(cell(i.mu())).append(cell(i.sigma()));
                } else {
                    sb.append(cell(i.first())).append(interval(i.firstCi95Low(), i.firstCi95High()))
                            .append(cell(i.total())).append(interval(i.totalCi95Low(), i.totalCi95High()));
                }
                sb.append("</tr>\n");
            }
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    private static String cell(Double v) {
        return "<td>" + (v == null ? "–" : String.format(Locale.ROOT, "%.4g", v)) + "</td>";
    }

    private static String interval(Double low, Double high) {
        return "<td class=\"nw\">" + (low == null || high == null ? "–"
                : String.format(Locale.ROOT, "[%.4g, %.4g]", low, high)) + "</td>";
    }

    private static Double half(Double low, Double high) {
        return low == null || high == null ? null : (high - low) / 2;
    }

    private static String figure(String dataUri, String caption) {
        return Page.figureHtml(dataUri, caption, caption);
    }
}
