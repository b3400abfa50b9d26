package org.feedgym.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.simulator.report.ScalingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaling sweep at small sizes: every point measured, in order, and the report written. */
class ScalingBenchmarkTest {

    private static final ScalingBenchmark.Settings SMALL = new ScalingBenchmark.Settings(List.of(50, 200),
            List.of(5, 10), List.of(300, 600), 100, 10, 400, 8, 2, 2_000);

    @Test
    void everyDimensionIsSweptOnceWithTheOthersAtTheBasePoint() {
        List<ScalingBenchmark.Point> points = ScalingBenchmark.run(SMALL);
        assertEquals(6, points.size());
        assertEquals(List.of("users", "users", "candidates", "candidates", "items", "items"),
                points.stream().map(ScalingBenchmark.Point::dimension).toList());
        assertEquals(List.of(50, 200, 100, 100, 100, 100), points.stream().map(ScalingBenchmark.Point::users).toList());
        assertEquals(List.of(10, 10, 5, 10, 10, 10), points.stream().map(ScalingBenchmark.Point::candidates).toList());
        assertEquals(List.of(400, 400, 400, 400, 300, 600), points.stream().map(ScalingBenchmark.Point::items).toList());
        for (ScalingBenchmark.Point p : points) {
            assertTrue(p.userSteps() > 0, p.toString());
            assertEquals("exact", p.neighbourIndex());
        }
    }

    @Test
    void theReportHoldsTheChartsAndOneRowPerPoint(@TempDir Path dir) throws Exception {
        List<ScalingBenchmark.Point> points = ScalingBenchmark.run(SMALL);
        Path page = ScalingReport.write(dir, points, "{}");
        assertTrue(Files.size(dir.resolve("scaling.png")) > 0);
        assertTrue(Files.size(dir.resolve("scaling-heap.png")) > 0);
        String html = Files.readString(page);
        assertEquals(points.size() + 1, html.split("<tr>").length - 1);
        // An earlier report's directory takes the next one; the report writes only its own files.
        assertTrue(ScalingReport.problemWith(dir).isEmpty(), ScalingReport.problemWith(dir).toString());
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.Set.of("index.html", "scaling.png", "scaling-heap.png"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(ScalingReport.problemWith(dir.resolve("new/deeper")).isEmpty(), "a new directory under it");
    }

    @Test
    void aPopulationThatWouldNotFitTheHeapIsSkippedWithTheReasonAndTheFlagToRunIt(@TempDir Path dir) throws Exception {
        // Measured figures as on this machine: 44 MiB at 10^4 users, 341 MiB at 10^5, 1,697 bytes of
        // arrays a user (d = 32, K = 20); 10^6 users then peaked at 1,904-1,975 MiB.
        List<ScalingBenchmark.Point> before = List.of(measured(10_000, 44), measured(100_000, 341));
        long oneGiB = 1024L * 1024 * 1024;
        String reason = ScalingBenchmark.heapShortfall(before, 1_000_000, oneGiB);
        // 341 + 1.25 * 1,697 * 900,000 / 2^20 = 2,162 MiB, above 85% of 1 GiB; 3 GiB holds it.
        assertTrue(reason != null && reason.contains("needs about 2,162 MiB")
                && reason.contains("341 MiB at 100,000 users") && reason.contains("1,697 bytes")
                && reason.contains("-Xmx3g"), reason);
        assertNull(ScalingBenchmark.heapShortfall(before, 1_000_000, 4 * oneGiB), "fits in 4 GiB");
        // -Xmx4g reports 3,642 MiB: the 10^6-user point runs there. (The slope between the two
        // peaks, 3.38 KiB a user, asked for 3,311 MiB and skipped it.)
        assertNull(ScalingBenchmark.heapShortfall(before, 1_000_000, 3642L * 1024 * 1024), "fits under -Xmx4g");
        assertNull(ScalingBenchmark.heapShortfall(List.of(), 1_000_000, oneGiB), "nothing measured: no estimate");
        assertNull(ScalingBenchmark.heapShortfall(before, 100_000, oneGiB), "not beyond the last measured point");
        String fromOne = ScalingBenchmark.heapShortfall(before.subList(0, 1), 1_000_000, oneGiB);
        assertTrue(fromOne != null && fromOne.contains("needs about 2,047 MiB"), fromOne);

        List<ScalingBenchmark.Point> points = List.of(before.get(0), before.get(1),
                ScalingBenchmark.Point.skipped("users", 1_000_000, 20, 10_000, reason));
        String html = Files.readString(ScalingReport.write(dir, points, "{}"));
        assertTrue(html.contains("skipped: needs about"), "the report says why");
        assertTrue(html.contains("Not on the charts (skipped; the table says why): 1,000,000 users."), html);
        String allMeasured = Files.readString(ScalingReport.write(dir, before, "{}"));
        assertFalse(allMeasured.contains("Not on the charts"), "nothing skipped, nothing said");
        assertTrue(Files.size(dir.resolve("scaling.png")) > 0);
        // In the JSON a skipped point's figures are null, a measured one's numbers.
        java.util.Map<String, Object> skipped = ScalingBenchmark.json(points.get(2));
        for (String figure : List.of("neighbourIndex", "setupSeconds", "userSteps", "seconds", "userStepsPerSecond",
                "peakHeapMiB", "populationBytesPerUser")) {
            assertTrue(skipped.containsKey(figure) && skipped.get(figure) == null, figure + " in " + skipped);
        }
        assertEquals(reason, skipped.get("skipped"));
        // Printed, the skipped point keeps its figures' keys, as null.
        String printed = ScalingBenchmark.printed(java.util.Map.of("points", List.of(skipped)));
        com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(printed).get("points").get(0);
        for (String figure : List.of("neighbourIndex", "setupSeconds", "userSteps", "seconds", "userStepsPerSecond",
                "peakHeapMiB", "populationBytesPerUser")) {
            assertTrue(node.has(figure) && node.get(figure).isNull(), figure + " in " + printed);
        }
        assertEquals(1_000L, ScalingBenchmark.json(points.get(0)).get("userStepsPerSecond"));
        assertFalse(ScalingBenchmark.json(points.get(0)).containsKey("skipped"));
    }

    private static ScalingBenchmark.Point measured(int users, long heapMiB) {
        return new ScalingBenchmark.Point("users", users, 20, 10_000, "exact", 1, 1_000, 1, 1_000, heapMiB, 1_697, null);
    }
}
