package org.feedgym.simulator.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.feedgym.simulator.bench.ScalingBenchmark.Point;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/**
 * The scaling benchmark's report: {@code scaling.png} (throughput against each swept dimension,
 * on log axes) and {@code index.html} with that chart, peak heap and a table of every point.
 */
public final class ScalingReport {

    private ScalingReport() {
    }

    /** The files {@link #write} writes into its directory. */
    static final Set<String> FILES = Set.of("index.html", "scaling.png", "scaling-heap.png");

    /**
     * Why {@code dir} cannot take a report, checked before a sweep runs so that a bad path costs
     * nothing measured: it is a file, or a directory holding anything but an earlier report
     * (which is replaced), or it does not exist and the nearest existing folder above it cannot
     * take it. Empty when it can.
     */
    public static Optional<String> problemWith(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                return Optional.of(dir + ": exists and is not a directory");
            }
            try (Stream<Path> entries = Files.list(absolute)) {
                List<String> others = entries.map(e -> e.getFileName().toString())
                        .filter(name -> !FILES.contains(name)).sorted().limit(3).toList();
                if (!others.isEmpty()) {
                    return Optional.of(dir + ": holds other files than a scaling report ("
                            + String.join(", ", others) + "); name a new or empty directory, or an earlier report's");
                }
            } catch (IOException e) {
                return Optional.of(dir + ": cannot be read (" + e.getMessage() + ")");
            }
            return Files.isWritable(absolute) ? Optional.empty()
                    : Optional.of(dir + ": is not writable");
        }
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Optional.of(dir + ": cannot be created (" + existing + " is not a directory)");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(dir + ": cannot be created (" + existing + " is not writable)");
        }
        return Optional.empty();
    }

    /**
     * Writes the report into {@code dir} (created if missing).
     *
     * @return the HTML page's path
     */
    public static Path write(Path dir, List<Point> points, String figuresJson) throws IOException {
        Files.createDirectories(dir);
        XYChart throughput = chart(points, "Stepping speed as one dimension grows (others at base)",
                "users, K or items (log scale)", "user-steps per second", false);
        XYChart heap = chart(points, "Peak heap as one dimension grows", "users, K or items (log scale)",
                "peak heap (MiB)", true);
        BitmapEncoder.saveBitmap(throughput, dir.resolve("scaling").toString(), BitmapEncoder.BitmapFormat.PNG);
        BitmapEncoder.saveBitmap(heap, dir.resolve("scaling-heap").toString(), BitmapEncoder.BitmapFormat.PNG);
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>FeedGym scaling</title>")
                .append("<style>body{font-family:sans-serif;max-width:900px;margin:2em auto}")
                .append("td,th{padding:2px 8px;text-align:right}img{max-width:100%}pre{white-space:pre-wrap}")
                .append("</style></head><body>")
                .append("<h1>FeedGym scaling benchmark</h1>")
                .append("<p>Random policy; one dimension grows while the others stay at the base point.</p>")
                .append("<img alt=\"throughput\" src=\"scaling.png\"><img alt=\"peak heap\" src=\"scaling-heap.png\">")
                .append(notCharted(points))
                .append("<table><tr><th>dimension</th><th>users</th><th>K</th><th>items</th><th>index</th>")
                .append("<th>setup s</th><th>user-steps/s</th><th>peak heap MiB</th></tr>");
        for (Point p : points) {
            html.append("<tr><td>").append(Html.escape(p.dimension())).append("</td><td>").append(grouped(p.users()))
                    .append("</td><td>").append(p.candidates()).append("</td><td>").append(grouped(p.items()))
                    .append("</td><td>").append(p.neighbourIndex()).append("</td>");
            if (p.measured()) {
                html.append("<td>").append(p.setupSeconds()).append("</td><td>").append(grouped(p.userStepsPerSecond()))
                        .append("</td><td>").append(grouped(p.peakHeapMiB())).append("</td>");
            } else {
                // The reason spans the three figures' columns, left-aligned and wrapping.
                html.append("<td colspan=\"3\" style=\"text-align:left\">skipped: ").append(Html.escape(p.skipped()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><h2>Figures</h2><pre>").append(Html.escape(figuresJson)).append("</pre></body></html>");
        Path page = dir.resolve("index.html");
        Files.writeString(page, html.toString());
        return page;
    }

    private static XYChart chart(List<Point> points, String title, String xTitle, String yTitle, boolean heap) {
        List<Charts.Line> lines = new ArrayList<>();
        String[] dimensions = {"users", "candidates", "items"};
        for (int d = 0; d < dimensions.length; d++) {
            String dim = dimensions[d];
            List<Point> ps = points.stream().filter(p -> p.dimension().equals(dim) && p.measured()).toList();
            if (ps.isEmpty()) {
                continue;
            }
            long skipped = points.stream().filter(p -> p.dimension().equals(dim) && !p.measured()).count();
            double[] x = new double[ps.size()];
            double[] y = new double[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                Point p = ps.get(i);
                x[i] = switch (dim) {
                    case "users" -> p.users();
                    case "candidates" -> p.candidates();
                    default -> p.items();
                };
                y[i] = Math.max(1, heap ? p.peakHeapMiB() : p.userStepsPerSecond());
            }
            String name = dim.equals("candidates") ? "K" : dim;
            lines.add(new Charts.Line(skipped == 0 ? name : name + " (" + skipped + " skipped, not drawn)", d, x, y,
                    null));
        }
        XYChart chart = Charts.lines(title, xTitle, yTitle, lines, true);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        // Grouped whole numbers ("100,000", not "1E5") and a labelled tick at every multiple of a
        // power of ten on the value axis, whose range spans only one or two decades.
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        return chart;
    }

    /**
     * A line under the charts naming the skipped points they leave out (their lines stop short of
     * them), or nothing when every point was measured.
     */
    private static String notCharted(List<Point> points) {
        List<String> skipped = new ArrayList<>();
        for (Point p : points) {
            if (!p.measured()) {
                skipped.add(switch (p.dimension()) {
                    case "users" -> grouped(p.users()) + " users";
                    case "candidates" -> "K = " + p.candidates();
                    default -> grouped(p.items()) + " items";
                });
            }
        }
        return skipped.isEmpty() ? "" : "<p>Not on the charts (skipped; the table says why): "
                + Html.escape(String.join(", ", skipped)) + ".</p>";
    }

    /** {@code n} with its thousands grouped, as the README's tables print them. */
    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
