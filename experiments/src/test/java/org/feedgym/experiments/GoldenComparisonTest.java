package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden set's comparison sees a moved value, a lost field or column, and allows new ones. */
class GoldenComparisonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aChangedOrMissingJsonFieldIsReportedWithItsPointerAndANewFieldIsAllowed() throws Exception {
        List<String> d = GoldenOutputsTest.GoldenComparison.compareJson(
                MAPPER.readTree("{\"a\": {\"mean\": 1.5, \"n\": 3}, \"b\": [1, 2]}"),
                MAPPER.readTree("{\"a\": {\"mean\": 1.25, \"n\": 3, \"runLevel\": 1}}"), "x");
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).contains("/a/mean: 1.5 -> 1.25"), d.get(0));
        assertTrue(d.get(1).contains("/b: missing"), d.get(1));
    }

    @Test
    void aChangedCsvCellIsReportedByRowAndColumnAndANewColumnIsAllowed() {
        List<String> d = GoldenOutputsTest.GoldenComparison.compareCsv(
                List.of("agent,return", "random,1.0", "oracle,2.0"),
                List.of("agent,extra,return", "random,7,1.0", "oracle,7,2.5"), "x");
        assertEquals(List.of("x row 2 column 'return': 2.0 -> 2.5"), d);
    }

    @Test
    void anUnchangedFileHasNoDifferences() throws Exception {
        assertTrue(GoldenOutputsTest.GoldenComparison.compareJson(MAPPER.readTree("{\"a\": [1, {\"b\": 2}]}"),
                MAPPER.readTree("{\"a\": [1, {\"b\": 2}]}"), "x").isEmpty());
    }
}
