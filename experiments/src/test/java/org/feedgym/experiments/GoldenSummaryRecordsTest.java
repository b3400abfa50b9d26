package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.sweep.SweepSummary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The typed summaries keep the file format: every recorded {@code summary.json} of the golden set
 * (runs and sweeps; the homogenization study writes its own format) reads into its record and
 * writes back byte for byte, so key order, number formatting and nulls are those FeedGym wrote
 * before the records existed.
 */
class GoldenSummaryRecordsTest {

    private static final ObjectMapper WRITER = Json.strictMapper();

    @TestFactory
    Stream<DynamicTest> everyRecordedSummaryRoundTripsByteForByte() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GoldenOutputsTest.GOLDEN)) {
            files = walk.filter(p -> p.getFileName().toString().equals("summary.json"))
                    .filter(p -> !p.toString().contains("homogenization")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the golden set should hold run and sweep summaries, found " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(GoldenOutputsTest.GOLDEN.relativize(file).toString(),
                () -> {
                    String recorded = Files.readString(file);
                    // A sweep directory holds its trials' own directories next to its summary.
                    String written = Files.isDirectory(file.resolveSibling("trials"))
                            ? SweepSummary.read(file).toJson(WRITER) : Summary.read(file).toJson(WRITER);
                    assertEquals(recorded, written, file + " does not survive its record unchanged");
                }));
    }
}
