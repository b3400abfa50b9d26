package org.feedgym.simulator.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.RenderableSeries;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.internal.series.MarkerSeries;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.theme.XChartTheme;

/**
 * The report's plots, drawn with XChart and encoded as PNG data URIs. One look for every chart:
 * white background, a title, axis titles with units, a legend below the plot, and per agent the
 * same colour, marker and line style in every chart.
 *
 * <p>XChart's own legend is one row (or one column) that is cut off, on both sides, once it is
 * wider than the chart. When it would not fit, {@link #dataUri} hides it and draws a legend of
 * several rows under the plot instead ({@link #legendLayout}), making the image taller: every
 * entry shows, whatever the number of agents. Charts whose legend fits keep XChart's own.
 */
final class Charts {

    static {
        // XChart draws with Java2D; without a display, AWT must be told it is headless or font
        // and image code fails on the first chart. Only set when nobody chose otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Pixel size of every chart; the page scales them down on narrow screens. */
    static final int WIDTH = 760;
    static final int HEIGHT = 470;

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999),
    };
    /** Persona colours: a second set, unlike the agents', since persona charts also name agents. */
    private static final Color[] PERSONA_PALETTE = {
        new Color(0x7B68A6), new Color(0xC08A3E), new Color(0xB24A5A), new Color(0x5E9C8F), new Color(0x8A8A8A),
        new Color(0x3F5E8C),
    };

    /** Colour of the persona at {@code index}. */
    static Color personaColor(int index) {
        return PERSONA_PALETTE[Math.floorMod(index, PERSONA_PALETTE.length)];
    }

    /** Bar colours for charts whose series are metrics, not agents: unlike any agent's colour. */
    static final Color NEUTRAL_DARK = new Color(0x5A6B8C);
    static final Color NEUTRAL_LIGHT = new Color(0xA9C9A4);

    /**
     * Five shapes against eight colours: the first 40 agents differ in the pair (colour, shape),
     * since 5 and 8 have no common factor.
     */
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN,
    };
    /**
     * Line styles for lines without markers: the first eight agents draw solid lines (XChart's
     * default), each further round of the eight colours the next dash pattern, so the first 32
     * agents differ in the pair (colour, line style).
     */
    private static final float[][] DASHES = {null, {9f, 5f}, {2.2f, 3.5f}, {9f, 4f, 2.2f, 4f}};
    private static final BasicStroke SOLID = new XChartTheme().getSeriesLines()[0];

    /** Prefix of helper series (CI whiskers) that must not show in the legend or clash with names. */
    private static final String HIDDEN = "\u0001";

    private Charts() {
    }

    /** Colour of the agent (or persona) at {@code index}. */
    static Color color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** Marker of the agent at {@code index}. */
    static Marker marker(int index) {
        return MARKERS[Math.floorMod(index, MARKERS.length)];
    }

    /**
     * The dash pattern of the agent at {@code index}, or {@code null} for a solid line:
     * {@code null} for the first eight (one round of the palette), then one pattern per round.
     */
    static float[] dash(int index) {
        return DASHES[Math.floorMod(index, PALETTE.length * DASHES.length) / PALETTE.length];
    }

    /**
     * Sets the line style of the agent at {@code index} on a series: solid for the first eight
     * (the stroke XChart itself gives them, so their charts look as before), dashed or dotted for
     * later rounds of the palette. Set explicitly for every agent: XChart's own style cycle counts
     * hidden helper series too, and the legend is read from the series before painting.
     */
    static void lineStyle(XYSeries s, int index) {
        s.setLineStyle(new BasicStroke(SOLID.getLineWidth(), SOLID.getEndCap(), SOLID.getLineJoin(),
                SOLID.getMiterLimit(), dash(index), 0f));
    }

    /** A marker drawn at {@code scale} times the chart's marker size. */
    private static Marker scaled(Marker marker, double scale) {
        return new Marker() {
            @Override
            public void paint(Graphics2D g, double x, double y, int size) {
                marker.paint(g, x, y, Math.max(4, (int) Math.round(size * scale)));
            }
        };
    }

    /**
     * The chart as a {@code data:image/png;base64,...} URI. A legend too wide for one row is drawn
     * in several rows under the plot instead ({@link #legendLayout}); the image is then taller
     * than the chart ({@link #pngSize}).
     */
    static String dataUri(Chart<?, ?> chart) throws IOException {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
    }

    /** The chart as PNG bytes; see {@link #dataUri}. */
    static byte[] png(Chart<?, ?> chart) throws IOException {
        Styler styler = chart.getStyler();
        List<LegendEntry> entries = legendEntries(chart);
        LegendLayout layout = styler.isLegendVisible() ? legendLayout(entries, styler.getLegendFont(),
                styler.getMarkerSize(), chart.getWidth()) : null;
        if (layout == null) {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        }
        styler.setLegendVisible(false);
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight() + layout.height(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(styler.getChartBackgroundColor());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        chart.paint(g, chart.getWidth(), chart.getHeight());
        g.translate(0, chart.getHeight());
        paintLegend(g, layout, styler);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Width and height in pixels of the PNG in a data URI written by {@link #dataUri}. */
    static int[] pngSize(String dataUri) {
        String base64 = dataUri.substring(dataUri.indexOf(',') + 1);
        // The signature (8 bytes), then the IHDR chunk: length, type, width, height (4 bytes each).
        ByteBuffer head = ByteBuffer.wrap(Base64.getDecoder().decode(base64.substring(0, 32)));
        return new int[] {head.getInt(16), head.getInt(20)};
    }

    /**
     * One legend entry as XChart would draw it.
     *
     * @param name   the series name
     * @param type   how the series is shown: line, marker, or a filled box (bars)
     * @param color  line or fill colour
     * @param stroke line style, or {@code null} for none
     * @param marker marker, or {@code null} for none
     * @param markerColor marker colour
     */
    record LegendEntry(String name, RenderableSeries.LegendRenderType type, Color color, BasicStroke stroke,
                       Marker marker, Color markerColor) {
    }

    /**
     * A legend laid out in rows under the plot, in columns of equal width read down and then
     * across; all positions are relative to the legend's top left corner.
     *
     * @param entries the entries, in the chart's series order
     * @param texts   the text of each entry (its name, shortened only if wider than the chart)
     * @param x       left edge of each entry's symbol
     * @param y       vertical centre of each entry's row
     * @param columns number of columns
     * @param rows    number of rows
     * @param height  the legend's height
     */
    record LegendLayout(List<LegendEntry> entries, List<String> texts, int[] x, int[] y, int columns, int rows,
                        int height, Font font, int markerSize, int symbolWidth) {
    }

    /** The legend entries of the chart's series that show in the legend, in order. */
    static List<LegendEntry> legendEntries(Chart<?, ?> chart) {
        List<LegendEntry> entries = new ArrayList<>();
        for (Series s : chart.getSeriesMap().values()) {
            if (!s.isShowInLegend() || !s.isEnabled()) {
                continue;
            }
            // A bar series has no render style of its own until painted: bars show as boxes.
            RenderableSeries.LegendRenderType type = s instanceof CategorySeries c
                    && c.getChartCategorySeriesRenderStyle() == null ? RenderableSeries.LegendRenderType.Box
                    : s.getLegendRenderType();
            Color color = s.getFillColor();
            BasicStroke stroke = null;
            Marker marker = null;
            Color markerColor = null;
            if (s instanceof AxesChartSeries a && type == RenderableSeries.LegendRenderType.Line) {
                color = a.getLineColor();
                stroke = a.getLineStyle() == null ? SOLID : a.getLineStyle();
            }
            if (s instanceof MarkerSeries m && m.getMarker() != null && m.getMarker() != SeriesMarkers.NONE) {
                marker = m.getMarker();
                markerColor = m.getMarkerColor();
            }
            entries.add(new LegendEntry(s.getName(), type, color, stroke, marker, markerColor));
        }
        return entries;
    }

    private static final int LEGEND_PAD = 12;
    private static final int SYMBOL_GAP = 6;
    private static final int COLUMN_GAP = 22;
    /** XChart's own legend entry beyond its text (symbol, gaps, spacing), measured, rounded up. */
    private static final int XCHART_ENTRY_EXTRA = 46;

    /**
     * Lays out the legend in rows, or returns {@code null} when XChart's own one-row legend fits
     * the chart's width with room to spare (that legend is then drawn as it always was).
     */
    static LegendLayout legendLayout(List<LegendEntry> entries, Font font, int markerSize, int width) {
        if (entries.isEmpty()) {
            return null;
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        boolean lines = entries.stream().anyMatch(e -> e.type() == RenderableSeries.LegendRenderType.Line);
        int symbol = lines ? 30 : Math.max(14, markerSize + 4);
        double oneRow = 10;
        double widest = 0;
        for (LegendEntry e : entries) {
            double w = font.getStringBounds(e.name(), frc).getWidth();
            oneRow += w + XCHART_ENTRY_EXTRA;
            widest = Math.max(widest, w);
        }
        // XChart's legend, centred under the plot, loses both ends once wider than the chart.
        if (oneRow <= width - 2 * LEGEND_PAD) {
            return null;
        }
        int available = width - 2 * LEGEND_PAD;
        int textRoom = available - symbol - SYMBOL_GAP;
        List<String> texts = new ArrayList<>();
        for (LegendEntry e : entries) {
            texts.add(fit(e.name(), font, frc, textRoom));
        }
        int column = (int) Math.ceil(Math.min(widest, textRoom)) + symbol + SYMBOL_GAP;
        int columns = Math.max(1, Math.min(entries.size(), (available + COLUMN_GAP) / (column + COLUMN_GAP)));
        int rows = (entries.size() + columns - 1) / columns;
        // As few columns as the rows allow, so that the last column is not nearly empty.
        columns = (entries.size() + rows - 1) / rows;
        int rowHeight = (int) Math.ceil(Math.max(font.getLineMetrics("Ag", frc).getHeight(), markerSize)) + 6;
        int total = columns * column + (columns - 1) * COLUMN_GAP;
        int left = (width - total) / 2;
        int[] x = new int[entries.size()];
        int[] y = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            x[i] = left + (i / rows) * (column + COLUMN_GAP);
            y[i] = 4 + (i % rows) * rowHeight + rowHeight / 2;
        }
        return new LegendLayout(List.copyOf(entries), List.copyOf(texts), x, y, columns, rows,
                4 + rows * rowHeight + LEGEND_PAD, font, markerSize, symbol);
    }

    /** The text, cut in the middle with an ellipsis only if it is wider than {@code room}. */
    private static String fit(String text, Font font, FontRenderContext frc, int room) {
        if (font.getStringBounds(text, frc).getWidth() <= room) {
            return text;
        }
        for (int keep = text.length() - 1; keep > 2; keep--) {
            String cut = text.substring(0, (keep + 1) / 2) + "…" + text.substring(text.length() - keep / 2);
            if (font.getStringBounds(cut, frc).getWidth() <= room) {
                return cut;
            }
        }
        return "…";
    }

    private static void paintLegend(Graphics2D g, LegendLayout layout, Styler styler) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(layout.font());
        float ascent = layout.font().getLineMetrics("Ag", g.getFontRenderContext()).getAscent();
        float descent = layout.font().getLineMetrics("Ag", g.getFontRenderContext()).getDescent();
        int symbol = layout.symbolWidth();
        for (int i = 0; i < layout.entries().size(); i++) {
            LegendEntry e = layout.entries().get(i);
            int x = layout.x()[i];
            int y = layout.y()[i];
            switch (e.type()) {
                case Line -> {
                    if (e.stroke() != null) {
                        g.setColor(e.color());
                        g.setStroke(e.stroke());
                        g.drawLine(x, y, x + symbol, y);
                    }
                }
                case Box, BoxNoOutline -> {
                    g.setColor(e.color());
                    g.fillRect(x + (symbol - 12) / 2, y - 6, 12, 12);
                }
                default -> {
                }
            }
            if (e.marker() != null) {
                g.setColor(e.markerColor());
                g.setStroke(new BasicStroke());
                e.marker().paint(g, x + symbol / 2.0, y, layout.markerSize());
            }
            g.setColor(styler.getChartFontColor());
            g.drawString(layout.texts().get(i), x + symbol + SYMBOL_GAP, y + (ascent - descent) / 2);
        }
    }

    /**
     * One agent in a single-run trade-off chart: means and 95% CI bounds (NaN when undefined).
     */
    record Point(String name, int index, double x, double xLow, double xHigh, double y, double yLow, double yHigh) {
    }

    /**
     * A scatter of one point per agent with its 95% CIs drawn as whiskers in both directions
     * (XChart's own error bars are symmetric and vertical only; the CIs need neither).
     */
    static XYChart scatterWithIntervals(String title, String xTitle, String yTitle, List<Point> points) {
        XYChart chart = xyChart(title, xTitle, yTitle);
        for (Point p : points) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                continue;
            }
            Color c = color(p.index());
            if (Double.isFinite(p.xLow()) && Double.isFinite(p.xHigh())) {
                whisker(chart, "x " + p.name(), new double[] {p.xLow(), p.xHigh()}, new double[] {p.y(), p.y()}, c);
            }
            if (Double.isFinite(p.yLow()) && Double.isFinite(p.yHigh())) {
                whisker(chart, "y " + p.name(), new double[] {p.x(), p.x()}, new double[] {p.yLow(), p.yHigh()}, c);
            }
            XYSeries s = chart.addSeries(p.name(), new double[] {p.x()}, new double[] {p.y()});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(marker(p.index()));
            s.setMarkerColor(c);
        }
        return chart;
    }

    private static void whisker(XYChart chart, String name, double[] x, double[] y, Color c) {
        XYSeries s = chart.addSeries(HIDDEN + name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineStyle(new BasicStroke(1.6f));
        s.setShowInLegend(false);
    }

    /**
     * One line of a chart.
     *
     * @param name   legend entry
     * @param index  colour and marker index
     * @param x      x values
     * @param y      y values (same length; points where either is NaN are left out)
     * @param labels text written next to each point, or {@code null}
     */
    record Line(String name, int index, double[] x, double[] y, String[] labels) {
    }

    /** Lines with markers (sweep trade-offs) or plain lines (series over time). */
    static XYChart lines(String title, String xTitle, String yTitle, List<Line> lines, boolean markers) {
        XYChart chart = xyChart(title, xTitle, yTitle);
        double[] range = range(lines);
        List<double[]> placed = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        double highestLabel = Double.NEGATIVE_INFINITY;
        int lineNumber = 0;
        for (Line l : lines) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    xs.add(l.x()[i]);
                    ys.add(l.y()[i]);
                    labels.add(l.labels() == null ? null : l.labels()[i]);
                    top = Math.max(top, l.y()[i]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(l.name(), xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(color(l.index()));
            s.setLineWidth(2.2f);
            lineStyle(s, l.index());
            // Each later line's markers are smaller, so where lines meet (two agents alike at
            // some sweep value) the earlier marker still shows around the later one.
            s.setMarker(markers ? scaled(marker(l.index()), Math.max(0.45, 1 - 0.2 * lineNumber)) : SeriesMarkers.NONE);
            s.setMarkerColor(color(l.index()));
            lineNumber++;
            highestLabel = Math.max(highestLabel, label(chart, xs, ys, labels, range, placed));
        }
        if (highestLabel > top) {
            // Labels sit above their points; leave room for the highest one inside the plot.
            chart.getStyler().setYAxisMax(highestLabel + range[1] * 0.05);
        }
        return chart;
    }

    /**
     * Writes the labels of a line above its first and last point; points of the line that lie
     * on top of each other share one label, so a line that does not move reads "0 … 1". A label
     * that would cover one already written (another line's, at the same place) moves up.
     *
     * @return the highest label's y, or -infinity when there is no label
     */
    private static double label(XYChart chart, List<Double> xs, List<Double> ys, List<String> labels, double[] range,
                                List<double[]> placed) {
        if (labels.stream().allMatch(s -> s == null)) {
            return Double.NEGATIVE_INFINITY;
        }
        int first = 0;
        int last = xs.size() - 1;
        double dx = (xs.get(last) - xs.get(first)) / range[0];
        double dy = (ys.get(last) - ys.get(first)) / range[1];
        if (last == first || Math.hypot(dx, dy) < 0.06) {
            String text = last == first || labels.get(first).equals(labels.get(last)) ? labels.get(first)
                    : labels.get(first) + " … " + labels.get(last);
            return place(chart, text, xs.get(first), ys.get(first), range, placed);
        }
        return Math.max(place(chart, labels.get(first), xs.get(first), ys.get(first), range, placed),
                place(chart, labels.get(last), xs.get(last), ys.get(last), range, placed));
    }

    private static double place(XYChart chart, String text, double x, double y, double[] range, List<double[]> placed) {
        double step = 0.05;
        double nx = x / range[0];
        double ny = y / range[1] + step;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] p : placed) {
                if (Math.abs(p[0] - nx) < 0.08 && Math.abs(p[1] - ny) < step * 0.9) {
                    ny = p[1] + step;
                    moved = true;
                }
            }
        }
        placed.add(new double[] {nx, ny});
        chart.addAnnotation(new AnnotationText(text, x, ny * range[1], false));
        return ny * range[1];
    }

    private static double[] range(List<Line> lines) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    minX = Math.min(minX, l.x()[i]);
                    maxX = Math.max(maxX, l.x()[i]);
                    minY = Math.min(minY, l.y()[i]);
                    maxY = Math.max(maxY, l.y()[i]);
                }
            }
        }
        double rx = maxX - minX;
        double ry = maxY - minY;
        return new double[] {rx > 0 ? rx : 1, ry > 0 ? ry : 1};
    }

    /**
     * One series of a bar chart.
     *
     * @param name   legend entry
     * @param color  bar colour
     * @param values one value per category; {@code null} draws no bar
     * @param errors 95% CI half-widths, one per category ({@code null} entries: no whisker), or
     *               {@code null} for none
     */
    record Bars(String name, Color color, List<Double> values, List<Double> errors) {
    }

    /** Grouped bars: categories on the x axis, one bar per series in each group. */
    static CategoryChart bars(String title, String xTitle, String yTitle, List<String> categories, List<Bars> series,
                              Double yMin, Double yMax) {
        // Category names (agents) that do not fit side by side under their bars are written
        // upright, and the chart grows by their length, so each stays whole and legible.
        double longest = longestLabel(categories);
        boolean upright = longest > (WIDTH - 100.0) / Math.max(1, categories.size()) - 6;
        int height = upright ? HEIGHT + (int) Math.ceil(longest) - 16 : HEIGHT;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        if (upright) {
            chart.getStyler().setXAxisLabelRotation(90);
        }
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        chart.getStyler().setErrorBarsColor(new Color(0x333333));
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        if (yMin != null) {
            chart.getStyler().setYAxisMin(yMin);
        }
        if (yMax != null) {
            chart.getStyler().setYAxisMax(yMax);
        }
        for (Bars b : series) {
            CategorySeries s;
            if (b.errors() == null) {
                s = chart.addSeries(b.name(), categories, b.values());
            } else {
                // XChart 3.8.8 accepts null values (no bar) only without error bars; with them,
                // a missing value becomes a bar of height 0 with no whisker, which draws nothing.
                List<Double> values = new ArrayList<>();
                List<Double> errors = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    Double v = b.values().get(i);
                    Double e = b.errors().get(i);
                    boolean missing = v == null || !Double.isFinite(v);
                    values.add(missing ? 0.0 : v);
                    errors.add(missing || e == null || !Double.isFinite(e) ? 0.0 : e);
                }
                s = chart.addSeries(b.name(), categories, values, errors);
            }
            s.setFillColor(b.color());
        }
        return chart;
    }

    /** Width in pixels of the widest category name in the tick-label font. */
    private static double longestLabel(List<String> categories) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14).deriveFont(13f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        for (String c : categories) {
            widest = Math.max(widest, font.getStringBounds(c, frc).getWidth());
        }
        return widest;
    }

    /**
     * One agent of a per-run dot plot: each training run's mean and the run-level mean with its
     * 95% interval (NaN bounds when undefined).
     */
    record Runs(String name, int index, double[] runMeans, double mean, double low, double high) {
    }

    /**
     * A dot plot of one value per training run, agents side by side along x (agent {@code i} at
     * {@code x = i + 1}, its runs spread a little sideways in run order so equal values stay
     * visible), with the run-level mean as a bar and its 95% interval as a whisker beside the dots.
     */
    static XYChart runDots(String title, String yTitle, List<Runs> agents) {
        XYChart chart = xyChart(title, "agent (number in the legend order)", yTitle);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setXAxisDecimalPattern("0");
        for (int a = 0; a < agents.size(); a++) {
            Runs r = agents.get(a);
            Color c = color(r.index());
            double centre = a + 1;
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            int n = r.runMeans().length;
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(r.runMeans()[i])) {
                    xs.add(centre - 0.25 + 0.3 * (n == 1 ? 0.5 : i / (double) (n - 1)));
                    ys.add(r.runMeans()[i]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries dots = chart.addSeries((a + 1) + " " + r.name(), xs, ys);
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(marker(r.index()));
            dots.setMarkerColor(c);
            if (Double.isFinite(r.mean())) {
                whisker(chart, "mean " + r.name(), new double[] {centre + 0.1, centre + 0.3},
                        new double[] {r.mean(), r.mean()}, c);
            }
            if (Double.isFinite(r.low()) && Double.isFinite(r.high())) {
                whisker(chart, "ci " + r.name(), new double[] {centre + 0.2, centre + 0.2},
                        new double[] {r.low(), r.high()}, c);
            }
        }
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(agents.size() + 0.5);
        // The numbered legend is how a reader finds an agent: when one row cannot hold it,
        // dataUri draws it in several rows under the plot.
        return chart;
    }

    /**
     * A line with a band: the mean, and thin lines of the same colour at the band's lower and
     * upper edge (hidden from the legend).
     *
     * @param low  lower edge per x (NaN where there is none)
     * @param high upper edge per x
     */
    record Band(String name, int index, double[] x, double[] mean, double[] low, double[] high) {
    }

    /**
     * Lines with a band around each (training curves across runs, harmful share over time), with
     * a marker at each point when {@code markers} (series of few points, such as days).
     */
    static XYChart bands(String title, String xTitle, String yTitle, List<Band> bands, boolean markers) {
        XYChart chart = xyChart(title, xTitle, yTitle);
        for (Band b : bands) {
            Color c = color(b.index());
            Color light = new Color(c.getRed(), c.getGreen(), c.getBlue(), 110);
            for (double[] edge : new double[][] {b.low(), b.high()}) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < b.x().length; i++) {
                    if (Double.isFinite(edge[i])) {
                        xs.add(b.x()[i]);
                        ys.add(edge[i]);
                    }
                }
                if (!xs.isEmpty()) {
                    XYSeries s = chart.addSeries(HIDDEN + (edge == b.low() ? "low " : "high ") + b.name(), xs, ys);
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    s.setMarker(SeriesMarkers.NONE);
                    s.setLineColor(light);
                    s.setLineStyle(new BasicStroke(1f));
                    s.setShowInLegend(false);
                }
            }
            XYSeries s = chart.addSeries(b.name(), b.x(), b.mean());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(markers ? marker(b.index()) : SeriesMarkers.NONE);
            s.setMarkerColor(c);
            s.setLineColor(c);
            s.setLineWidth(2.2f);
            lineStyle(s, b.index());
        }
        return chart;
    }

    /**
     * A performance profile (Agarwal et al. 2021): for each agent, the share of its training runs
     * whose score is above {@code tau}, as a step line over tau.
     */
    static XYChart performanceProfile(String title, String xTitle, List<Runs> agents) {
        XYChart chart = xyChart(title, xTitle, "share of runs with score > τ");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Runs r : agents) {
            for (double v : r.runMeans()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            return chart;
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.05);
        for (Runs r : agents) {
            double[] sorted = java.util.Arrays.stream(r.runMeans()).filter(Double::isFinite).sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            List<Double> xs = new ArrayList<>(List.of(lo - pad));
            List<Double> ys = new ArrayList<>(List.of(1.0));
            for (int i = 0; i < sorted.length; i++) {
                double above = (sorted.length - i) / (double) sorted.length;
                xs.add(sorted[i]);
                ys.add(above);
                xs.add(sorted[i]);
                ys.add((sorted.length - i - 1) / (double) sorted.length);
            }
            xs.add(hi + pad);
            ys.add(0.0);
            XYSeries s = chart.addSeries(r.name(), xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color(r.index()));
            s.setLineWidth(2.2f);
            lineStyle(s, r.index());
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        return chart;
    }

    private static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setMarkerSize(11);
        return chart;
    }

    private static void style(AxesChartStyler s) {
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0xBBBBBB));
        s.setPlotGridLinesColor(new Color(0xE3E3E3));
        s.setChartTitleFont(base.deriveFont(Font.BOLD, 17f));
        s.setChartTitleBoxVisible(false);
        s.setChartFontColor(new Color(0x222222));
        s.setAxisTitleFont(base);
        s.setAxisTickLabelsFont(base.deriveFont(13f));  // as in longestLabel
        s.setAxisTickLabelsColor(new Color(0x333333));
        s.setLegendFont(base.deriveFont(13f));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setAnnotationTextFont(base.deriveFont(12f));
        s.setAnnotationTextFontColor(new Color(0x333333));
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
    }
}
