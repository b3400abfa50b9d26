package org.feedgym.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
