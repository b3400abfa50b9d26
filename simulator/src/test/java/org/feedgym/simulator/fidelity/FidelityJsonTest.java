package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityJsonTest {

    @Test
    void computingAndWritingTwiceGivesTheSameBytes() {
        assertEquals(FidelityJson.write(FidelityFixture.example()), FidelityJson.write(FidelityFixture.example()));
    }

    @Test
    void itHasTheIssuesKeysInAFixedOrder() throws IOException {
        String json = FidelityJson.write(FidelityFixture.example());
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("selection", "targets", "signalRatesByWatchRatioBin", "auc", "fitted", "notIdentified", "objective",
                "optimiser"), fieldNames(root));
        JsonNode first = root.get("targets").get(0);
        assertEquals("watch-ratio", first.get("name").asText());
        assertEquals(List.of("name", "description", "unit", "selection", "selectionBias", "ks", "wasserstein", "n",
                "quantiles"), fieldNames(first));
        assertEquals(List.of("default", "calibrated"), fieldNames(first.get("ks")));
        assertEquals(List.of("default", "calibrated"), fieldNames(first.get("wasserstein")));
        JsonNode auc = root.get("auc").get("like-vs-hate");
        assertEquals(List.of("positives", "negatives", "users", "model", "itemPopularity", "logisticRegression"),
                fieldNames(auc));
        assertEquals(List.of("value", "ci95Low", "ci95High"), fieldNames(auc.get("model").get("calibrated")));
        assertTrue(json.endsWith("}\n") && !json.contains("\r"));
    }

    @Test
    void theCalibratedFixtureIsCloserThanTheDefaultOnWatchRatio() throws IOException {
        // The fixture's default model watches 0.6 of the real scale, the calibrated one 0.95:
        // the test fails if default and calibrated are swapped anywhere on the way to the file.
        JsonNode ks = new ObjectMapper().readTree(FidelityJson.write(FidelityFixture.example()))
                .get("targets").get(0).get("ks");
        assertTrue(ks.get("calibrated").doubleValue() < ks.get("default").doubleValue(), ks.toString());
    }

    @Test
    void numbersAreRoundedToSixSignificantDigitsAndNanIsNull() throws IOException {
        FidelityResult r = new FidelityResult(Selection.all(), List.of(), List.of(), List.of(),
                List.of(new FittedParameter("a", 0.123456789, -1, 1, 0)),
                List.of(new NotIdentified("b", Double.NaN, "no data")), null);
        String json = FidelityJson.write(r);
        assertTrue(json.contains("\"value\" : 0.123457"), json);
        assertTrue(json.contains("\"value\" : null"), json);
        assertTrue(json.contains("\"objective\" : null"), json);
        FidelityResult back = FidelityJson.read(json);
        assertTrue(Double.isNaN(back.notIdentified().get(0).value()));
        assertEquals(0.123457, back.fitted().get(0).value());
    }

    @Test
    void whatIsReadBackIsWrittenToTheSameBytes() throws IOException {
        String json = FidelityJson.write(FidelityFixture.example());
        assertEquals(json, FidelityJson.write(FidelityJson.read(json)));
    }

    @Test
    void itHoldsNoPathAndNoTime() {
        String json = FidelityJson.write(FidelityFixture.example());
        assertFalse(json.contains("/"), json);
        assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d").matcher(json).find(), json);
    }

    @Test
    void aFileWithoutAKeySaysWhichIsMissing() {
        IOException e = assertThrows(IOException.class, () -> FidelityJson.read("{\"targets\": []}"));
        assertEquals("not a fidelity.json: missing key selection", e.getMessage());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
