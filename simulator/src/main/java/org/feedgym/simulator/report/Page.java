package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.output.Manifest;

/**
 * The frame and the building blocks every report shares: the HTML head (inline style, the
 * self-check script, a Content-Security-Policy admitting only those two and {@code data:}
 * images), cells with confidence intervals, figures, and the config in brief.
 *
 * <p>Methods that take text escape it; methods whose name ends in {@code Html} take markup the
 * caller built from escaped parts.
 */
final class Page {

    private static final String BASE_STYLE = """
            :root { color-scheme: light; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1d1d1f;
                   background: #f6f7f9; margin: 0; }
            main { max-width: 1560px; margin: 0 auto; padding: 24px 32px 48px; }
            header h1 { margin: 0 0 4px; font-size: 28px; }
            header p { margin: 0; color: #555; }
            h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d8dce3; }
            h3 { font-size: 17px; margin: 22px 0 8px; }
            p.note { color: #555; margin: 6px 0 10px; max-width: 1100px; }
            .alert { background: #fdecea; border: 1px solid #e0a39c; border-radius: 6px; padding: 10px 14px;
                     margin: 16px 0; }
            .alert strong { color: #9b1c1c; }
            dl.config { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0;
                        background: #fff; border: 1px solid #e1e4e8; border-radius: 6px; padding: 12px 16px; }
            dl.config dt { font-weight: 600; color: #333; }
            dl.config dd { margin: 0; overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; background: #fff; border: 1px solid #e1e4e8; font-variant-numeric: tabular-nums; }
            th, td { padding: 6px 9px; border-bottom: 1px solid #eceef1; vertical-align: top; }
            th { background: #eef1f5; text-align: right; font-weight: 600; font-size: 13px; }
            th.l, td.l { text-align: left; }
            th small { display: block; font-weight: 400; color: #666; }
            td { text-align: right; }
            td.l { overflow-wrap: break-word; min-width: 110px; max-width: 320px; }
            td.l.agent { min-width: 175px; }
            .nw, td .m, td .ci { white-space: nowrap; }
            tbody tr:nth-child(even) td { background: #fafbfc; }
            tr.group td { border-top: 2px solid #d8dce3; }
            td .m { font-weight: 600; }
            td .ci, td .d { display: block; font-size: 12px; color: #666; }
            td .d.sig { color: #1d1d1f; font-weight: 700; }
            td.err { text-align: left; color: #9b1c1c; white-space: normal; }
            .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
            .figs { display: grid; grid-template-columns: repeat(auto-fill, minmax(640px, 1fr)); gap: 18px; }
            figure { margin: 0; background: #fff; border: 1px solid #e1e4e8; border-radius: 6px; padding: 8px; }
            figure img { width: 100%; height: auto; display: block; }
            figcaption { font-size: 13px; color: #444; padding: 6px 6px 2px; }
            footer { margin-top: 40px; color: #666; font-size: 13px; }
            a { color: #0b57a4; }
            code { font-size: 13px; background: #eef1f5; padding: 1px 4px; border-radius: 3px; }
            """;

    private static final String STYLE = BASE_STYLE + swatchStyles();

    /**
     * Records, for anyone who opens the report headless, how many images decoded and which
     * script errors happened: {@code data-images}, {@code data-images-loaded} and
     * {@code data-errors} on the {@code html} element. It changes nothing visible.
     */
    private static final String SCRIPT = """
            (function () {
              var root = document.documentElement, errors = [];
              window.addEventListener('error', function (e) {
                errors.push(String(e.message || (e.target && e.target.src) || 'error'));
                root.setAttribute('data-errors', errors.join(' | '));
              }, true);
              window.addEventListener('load', function () {
                var images = document.images, loaded = 0;
                for (var i = 0; i < images.length; i++) {
                  if (images[i].complete && images[i].naturalWidth > 0) { loaded++; }
                }
                root.setAttribute('data-images', String(images.length));
                root.setAttribute('data-images-loaded', String(loaded));
                root.setAttribute('data-errors', errors.join(' | '));
              });
            })();
            """;

    private final StringBuilder html = new StringBuilder(1 << 16);

    /** Starts a page; {@code title} is text. */
    Page(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
                .append("style-src '").append(sha256(STYLE)).append("'; script-src '").append(sha256(SCRIPT))
                .append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n")
                .append("<script>").append(SCRIPT).append("</script>\n")
                .append("</head>\n<body>\n<main>\n");
    }

    /** Appends markup built from escaped parts. */
    Page raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Appends an element with escaped text: {@code <tag>text</tag>}. */
    Page text(String tag, String text) {
        html.append('<').append(tag).append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** Appends a paragraph of explanatory markup. */
    Page noteHtml(String markup) {
        html.append("<p class=\"note\">").append(markup).append("</p>\n");
        return this;
    }

    /** Appends a figure: the image with alt text and a caption (both text). */
    Page figure(String dataUri, String alt, String caption) {
        html.append(figureHtml(dataUri, alt, caption));
        return this;
    }

    /** The markup of a figure: the image with alt text and a caption (both text). */
    static String figureHtml(String dataUri, String alt, String caption) {
        // A legend of several rows makes the image taller than the chart: the real size, so the
        // browser reserves the right space before the image decodes.
        int[] size = Charts.pngSize(dataUri);
        return "<figure><img src=\"" + dataUri + "\" alt=\"" + Html.escape(alt) + "\" width=\"" + size[0]
                + "\" height=\"" + size[1] + "\"><figcaption>" + Html.escape(caption) + "</figcaption></figure>\n";
    }

    /** Closes the page with a footer (markup) and returns the document. */
    String finish(String footerHtml) {
        html.append("<footer>").append(footerHtml).append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * A table cell with an estimate {@code {mean, ci95Low, ci95High, n}}: the mean, its 95% CI
     * below, and optionally a comparison line.
     */
    static String cell(Estimate estimate, String comparisonHtml) {
        double mean = estimate == null ? Double.NaN : estimate.mean();
        StringBuilder sb = new StringBuilder("<td>");
        sb.append("<span class=\"m\">").append(Fmt.num(mean)).append("</span>");
        sb.append(ciSpan(estimate, "ci", ""));
        if (comparisonHtml != null) {
            sb.append(comparisonHtml);
        }
        return sb.append("</td>").toString();
    }

    /**
     * A comparison line: {@code prefix mean [low, high]}, in bold when the CI excludes
     * {@code reference} (0 for differences, 1 for ratios); empty when there is no estimate.
     */
    static String comparison(String prefix, Estimate estimate, double reference, boolean signed) {
        if (estimate == null) {
            return "";
        }
        double mean = estimate.mean();
        double low = estimate.ci95Low();
        double high = estimate.ci95High();
        boolean sig = Double.isFinite(low) && Double.isFinite(high) && (low > reference || high < reference);
        String m = signed ? Fmt.signed(mean) : Fmt.num(mean);
        String ci = Double.isFinite(low) && Double.isFinite(high) ? " [" + Fmt.num(low) + ", " + Fmt.num(high) + "]" : "";
        // Two unbreakable pieces: a narrow column wraps the interval under the value.
        return "<span class=\"d" + (sig ? " sig" : "") + "\"><span class=\"nw\">" + Html.escape(prefix) + " " + m
                + "</span>" + (ci.isEmpty() ? "" : " <span class=\"nw\">" + ci.strip() + "</span>") + "</span>";
    }

    private static String ciSpan(Estimate estimate, String cls, String prefix) {
        if (estimate == null) {
            return "";
        }
        double low = estimate.ci95Low();
        double high = estimate.ci95High();
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            long n = estimate.n();
            return "<span class=\"" + cls + "\">" + prefix + (n == 0 ? "no data" : "n = " + n) + "</span>";
        }
        return "<span class=\"" + cls + "\">" + prefix + "[" + Fmt.num(low) + ", " + Fmt.num(high) + "]</span>";
    }

    /** One header cell per metric (label and unit), then the end of the header row. */
    static void closeHeader(StringBuilder sb, List<Metric> columns) {
        for (Metric c : columns) {
            sb.append("<th>").append(Html.escape(c.label())).append("<small>").append(Html.escape(c.unit()))
                    .append("</small></th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
    }

    /** A colour swatch for the agent (or persona) at {@code index}, as in the charts. */
    static String swatch(int index) {
        // A class per colour: the CSP admits no inline style attributes.
        return "<span class=\"swatch c" + Math.floorMod(index, 8) + "\"></span>";
    }

    /** CSS classes {@code .c0}–{@code .c7} for {@link #swatch}: appended to the style block. */
    private static String swatchStyles() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(".swatch.c").append(i).append(" { background: #")
                    .append(String.format("%06X", Charts.color(i).getRGB() & 0xFFFFFF)).append("; }\n");
        }
        return sb.toString();
    }

    /**
     * The config in brief as definition-list rows: experiment, seed, each part of the world,
     * evaluation size, agents, comparison; and from the manifest, what ran it and when.
     */
    static String configHtml(JsonNode config, Manifest manifest, String extraRowsHtml) {
        StringBuilder sb = new StringBuilder("<dl class=\"config\">\n");
        row(sb, "experiment", Fmt.inline(config.get("name")));
        row(sb, "seed", Fmt.inline(config.get("seed")));
        JsonNode world = config.path("world");
        for (Iterator<Map.Entry<String, JsonNode>> it = world.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            row(sb, "world." + e.getKey(), Fmt.inline(e.getValue()));
        }
        JsonNode eval = config.path("evaluation");
        long users = eval.path("users").asLong();
        long replicates = eval.path("replicates").asLong();
        row(sb, "evaluation", users + " held-out users × " + replicates + " replicates = " + users * replicates
                + " episodes per agent, the same users and seeds for every agent");
        StringBuilder agents = new StringBuilder();
        for (JsonNode a : config.path("agents")) {
            StringBuilder params = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("name") && !e.getKey().equals("type")) {
                    params.append(", ").append(e.getKey()).append(' ').append(Fmt.inline(e.getValue()));
                }
            }
            agents.append(agents.length() == 0 ? "" : "; ").append(a.path("name").asText())
                    .append(" (").append(a.path("type").asText()).append(params).append(')');
        }
        row(sb, "agents", agents.toString());
        JsonNode cmp = config.path("comparison");
        if (!cmp.isMissingNode()) {
            row(sb, "comparison", "baseline " + cmp.path("baseline").asText() + "; vulnerable persona "
                    + cmp.path("vulnerable").asText() + " against control " + cmp.path("control").asText()
                    + "; " + cmp.path("bootstrapSamples").asText() + " bootstrap samples for ratios");
        }
        if (config.has("metrics")) {
            row(sb, "metrics", Fmt.inline(config.get("metrics")));
        }
        sb.append(extraRowsHtml);
        if (manifest != null) {
            // When it ran is in manifest.json only, so that a rerun writes the same report bytes.
            row(sb, "ran", "FeedGym " + orUnknown(manifest.feedgymVersion()) + ", Java "
                    + orUnknown(manifest.javaVersion()) + ", " + manifest.threads()
                    + " threads (start and end times: manifest.json)");
            row(sb, "config file", orUnknown(manifest.configFile()) + " (resolved config SHA-256 "
                    + orUnknown(manifest.configSha256()) + ")"
                    + (manifest.deterministic() ? "; deterministic: re-running gives identical results" : ""));
        }
        return sb.append("</dl>\n").toString();
    }

    private static String orUnknown(String text) {
        return text == null ? "?" : text;
    }

    /** A definition-list row; both parts are text. */
    static void row(StringBuilder sb, String term, String text) {
        sb.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(text)).append("</dd>\n");
    }

    /** The CSP source expression of a block's SHA-256 digest. */
    private static String sha256(String block) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(block.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
