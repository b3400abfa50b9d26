package org.feedgym.simulator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/**
 * The legend of a chart with many agents: every agent named in full, inside the chart's width,
 * in several rows under the plot; a chart with a few agents keeps XChart's one-row legend.
 */
class ChartsLegendTest {

    /** The 28 agents of experiments/studies/interventions/session.json. */
    static List<String> sessionAgents() {
        List<String> names = new ArrayList<>();
        String[] wrappers = {"diversify", "topic-cap", "harm-filter", "explore", "respect-not-interested",
            "non-personalised", "break-prompt", "autoplay-off"};
        for (String base : new String[] {"greedy-engagement", "mf", "dqn"}) {
            names.add(base);
            for (String w : wrappers) {
                names.add(w + "(" + base + ")");
            }
        }
        names.add("random");
        return names;
    }

    private static XYChart scatter(List<String> names) {
        List<Charts.Point> points = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double x = 0.01 * i;
            double y = 1 + 0.3 * i;
            points.add(new Charts.Point(names.get(i), i, x, x - 0.005, x + 0.005, y, y - 0.1, y + 0.1));
        }
        return Charts.scatterWithIntervals("Return vs harmful share", "harmful share", "return", points);
    }

    @Test
    void twentyEightAgentsAllShowInRowsThatFitTheChart() throws Exception {
        List<String> names = sessionAgents();
        assertEquals(28, names.size());
        XYChart chart = scatter(names);
        Charts.LegendLayout layout = Charts.legendLayout(Charts.legendEntries(chart),
                chart.getStyler().getLegendFont(), chart.getStyler().getMarkerSize(), Charts.WIDTH);

        assertTrue(layout != null, "28 entries cannot fit XChart's one-row legend");
        assertEquals(names, layout.entries().stream().map(Charts.LegendEntry::name).toList());
        assertEquals(names, layout.texts(), "every name written in full");
        assertTrue(layout.rows() > 1, "several rows: " + layout.rows());
        assertEquals(28, layout.rows() * layout.columns() - (layout.rows() * layout.columns() - 28));
        Font font = chart.getStyler().getLegendFont();
        var frc = new java.awt.font.FontRenderContext(null, true, true);
        Set<String> places = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            double right = layout.x()[i] + layout.symbolWidth() + 6 + font.getStringBounds(names.get(i), frc).getWidth();
            assertTrue(layout.x()[i] >= 0 && right <= Charts.WIDTH, names.get(i) + " ends at " + right);
            assertTrue(places.add(layout.x()[i] + "," + layout.y()[i]), "two entries at one place");
        }

        // The image holds the chart and the legend under it, and says so in its header.
        byte[] png = Charts.png(scatter(names));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT + layout.height(), image.getHeight());
        String uri = Charts.dataUri(scatter(names));
        assertArrayEquals(new int[] {Charts.WIDTH, Charts.HEIGHT + layout.height()}, Charts.pngSize(uri));
        assertTrue(Page.figureHtml(uri, "a", "c").contains("height=\"" + (Charts.HEIGHT + layout.height()) + "\""));
        // Deterministic: the same chart gives the same bytes.
        assertArrayEquals(png, Charts.png(scatter(names)));
    }

    @Test
    void aFewAgentsKeepXChartsOwnLegend() throws Exception {
        List<String> names = List.of("greedy-engagement", "mf", "dqn");
        XYChart chart = scatter(names);
        assertNull(Charts.legendLayout(Charts.legendEntries(chart), chart.getStyler().getLegendFont(),
                chart.getStyler().getMarkerSize(), Charts.WIDTH));
        assertArrayEquals(BitmapEncoder.getBitmapBytes(scatter(names), BitmapEncoder.BitmapFormat.PNG),
                Charts.png(scatter(names)));
        assertArrayEquals(new int[] {Charts.WIDTH, Charts.HEIGHT}, Charts.pngSize(Charts.dataUri(scatter(names))));
    }

    @Test
    void thirtyTwoAgentsDifferInColourAndMarkerAndInColourAndLineStyle() {
        Set<String> markers = new HashSet<>();
        Set<String> lines = new HashSet<>();
        for (int i = 0; i < 32; i++) {
            markers.add(Charts.color(i).getRGB() + " " + System.identityHashCode(Charts.marker(i)));
            lines.add(Charts.color(i).getRGB() + " " + Arrays.toString(Charts.dash(i)));
        }
        assertEquals(32, markers.size());
        assertEquals(32, lines.size());
        for (int i = 0; i < 8; i++) {
            assertNull(Charts.dash(i), "the first eight agents keep solid lines");
        }
    }

    @Test
    void anExplicitSolidLineDrawsAsXChartsDefault() throws Exception {
        byte[][] png = new byte[2][];
        for (int k = 0; k < 2; k++) {
            XYChart chart = Charts.lines("t", "x", "y", List.of(), false);
            for (int i = 0; i < 3; i++) {
                var s = chart.addSeries("agent " + i, new double[] {0, 1, 2}, new double[] {i, i + 1, i * 0.5});
                s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
                s.setLineColor(Charts.color(i));
                s.setLineWidth(2.2f);
                if (k == 1) {
                    Charts.lineStyle(s, i);
                }
            }
            png[k] = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        }
        assertArrayEquals(png[0], png[1], "charts with up to eight agents look as they did");
    }

    @Test
    void barsForManyAgentsWriteTheirNamesUprightInATallerChart() throws Exception {
        List<String> few = List.of("greedy-engagement", "mf", "dqn");
        List<String> many = sessionAgents();
        var personas = List.of("adult", "teen");
        var fewChart = Charts.bars("t", "agent", "y", few, personas.stream().map(p -> new Charts.Bars(p,
                Charts.personaColor(0), few.stream().map(a -> 0.5).toList(), null)).toList(), 0.0, null);
        var manyChart = Charts.bars("t", "agent", "y", many, personas.stream().map(p -> new Charts.Bars(p,
                Charts.personaColor(0), many.stream().map(a -> 0.5).toList(), null)).toList(), 0.0, null);
        assertEquals(0, fewChart.getStyler().getXAxisLabelRotation());
        Charts.png(fewChart);
        assertEquals(Charts.HEIGHT, fewChart.getHeight());
        assertEquals(90, manyChart.getStyler().getXAxisLabelRotation());
        assertTrue(manyChart.getHeight() > Charts.HEIGHT + 200, "room for the longest name");
        assertEquals(List.of(org.knowm.xchart.internal.chartpart.RenderableSeries.LegendRenderType.Box,
                org.knowm.xchart.internal.chartpart.RenderableSeries.LegendRenderType.Box),
                Charts.legendEntries(manyChart).stream().map(Charts.LegendEntry::type).toList());
    }

    @Test
    void aNameWiderThanTheChartIsShortenedInTheMiddle() {
        String longName = "x".repeat(200) + "-end";
        List<String> names = new ArrayList<>(sessionAgents());
        names.add(longName);
        XYChart chart = scatter(names);
        Charts.LegendLayout layout = Charts.legendLayout(Charts.legendEntries(chart),
                chart.getStyler().getLegendFont(), chart.getStyler().getMarkerSize(), Charts.WIDTH);
        String text = layout.texts().get(names.size() - 1);
        assertTrue(text.contains("…") && text.endsWith("-end") && text.startsWith("xxx"), text);
        assertEquals(1, layout.columns());
    }
}
