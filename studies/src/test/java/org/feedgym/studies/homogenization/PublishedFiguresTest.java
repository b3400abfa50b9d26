package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.feedgym.studies.homogenization.PublishedFigures.Comparison;
import org.feedgym.studies.homogenization.PublishedFigures.Reference;
import org.feedgym.studies.homogenization.PublishedFigures.Source;
import org.junit.jupiter.api.Test;

class PublishedFiguresTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Reference CONTENT = PublishedFigures.reference(Source.PAPER_REPEATED, "content");

    @Test
    void anIntervalTouchingTheBandIsConsistentAndOneJustBeyondItDiffers() {
        double edge = CONTENT.value() + CONTENT.tolerance();
        assertEquals(0.15, CONTENT.value());
        assertEquals(0.02, CONTENT.tolerance());
        assertTrue(new Comparison("repeated", CONTENT, edge + 0.01, edge, edge + 0.02).consistent());
        Comparison above = new Comparison("repeated", CONTENT, edge + 0.011, edge + 0.001, edge + 0.02);
        assertFalse(above.consistent());
        assertEquals("differs", above.verdict());
        double low = CONTENT.value() - CONTENT.tolerance();
        assertTrue(new Comparison("repeated", CONTENT, low - 0.01, low - 0.02, low).consistent());
        assertFalse(new Comparison("repeated", CONTENT, low - 0.011, low - 0.02, low - 0.001).consistent());
        // An interval that overlaps the band but is wider than it is inconclusive, not consistent.
        Comparison wide = new Comparison("repeated", CONTENT, 0.3, 0.16, 0.44);
        assertFalse(wide.consistent());
        assertTrue(wide.inconclusive());
        assertFalse(wide.differs());
        assertEquals(PublishedFigures.INCONCLUSIVE, wide.verdict());
        // Half-width exactly the tolerance: consistent.
        assertEquals("consistent", new Comparison("repeated", CONTENT, 0.15, 0.13, 0.17).verdict());
    }

    @Test
    void aKnownGapThatDiffersSaysSoAndOneThatClosesShowsAsConsistent() {
        Reference gap = PublishedFigures.reference(Source.TRECS_CODE_SINGLE, "random");
        assertTrue(gap.knownGap() != null);
        assertEquals("differs (known gap)", new Comparison("single", gap, 0.03, 0.02, 0.04).verdict());
        assertEquals("consistent", new Comparison("single", gap, -0.03, -0.04, -0.02).verdict());
    }

    @Test
    void aFigureWithoutAnIntervalIsNotJudgedAndIsWrittenAsNull() throws Exception {
        Comparison one = new Comparison("repeated", CONTENT, 0.15, Double.NaN, Double.NaN);
        assertFalse(one.consistent());
        assertFalse(one.differs());
        assertEquals(PublishedFigures.NOT_JUDGED, one.verdict());

        ObjectNode summary = summary(0, 0.15);
        for (com.fasterxml.jackson.databind.JsonNode mode : summary.path("modes")) {
            mode.path("recommenders").forEach(r -> r.path("final").forEach(e -> ((ObjectNode) e).putNull("ci95Low")
                    .putNull("ci95High")));
        }
        ObjectNode published = PublishedFigures.toJson(MAPPER, config("\"simulations\": 1"), summary);
        assertEquals(0, published.path("consistent").asInt());
        assertEquals(0, published.path("differ").asInt());
        assertTrue(published.path("figures").get(0).path("ci95Low").isNull(), published.toString());
        String table = PublishedFigures.table(published);
        assertTrue(table.contains("0 of 11 consistent; 0 inconclusive; 0 differ, of which 0 known gaps; 11 not judged"
                + " (one simulation has no interval)."), table);
        assertTrue(table.contains("+0.150                     not judged"), table);
    }

    @Test
    void thePublishedProtocolHasNoDeviationsAndEachDepartureIsNamed() throws Exception {
        assertEquals(List.of(), PublishedFigures.protocolDeviations(config("\"simulations\": 3, \"randomPairs\": 800")));
        List<String> d = PublishedFigures.protocolDeviations(config(
                "\"users\": 200, \"consumedStayInLists\": false, \"mf\": {\"factors\": 10}"));
        assertEquals(3, d.size(), d.toString());
        assertEquals("users 200, published 100", d.get(0));
        assertEquals("consumedStayInLists false, published true", d.get(1));
        assertEquals("mf.factors 10, published 20", d.get(2));
    }

    @Test
    void onlyReferencesOfTheRunsSchedulesRecommendersAndPairsAreCompared() {
        ObjectNode summary = summary(0, 0.15);
        List<Comparison> all = PublishedFigures.compare(summary);
        // Repeated 10 + 90 (five references) and single 50 + 50 (T-RECS's popularity on most-similar
        // pairs and the five of the published plot); no random-pairs reference without 800 pairs.
        assertEquals(11, all.size());
        assertTrue(all.stream().noneMatch(c -> c.reference().measure().equals(PublishedFigures.RANDOM_PAIRS)));
        summary.put("randomPairs", PublishedFigures.TRECS_RANDOM_PAIRS);
        assertEquals(14, PublishedFigures.compare(summary).size());
        // A schedule of other lengths has no published figure.
        ((ObjectNode) summary.path("modes").get(0)).put("steps", 80);
        assertEquals(9, PublishedFigures.compare(summary).size());
        // Nor has a recommender the run did not compare.
        ((ObjectNode) summary.path("modes").get(1).path("recommenders")).remove("mf");
        assertEquals(8, PublishedFigures.compare(summary).size());
    }

    @Test
    void theJsonAndTheTableCountAndNameTheVerdicts() throws Exception {
        ObjectNode summary = summary(PublishedFigures.TRECS_RANDOM_PAIRS, 0.40);
        ObjectNode published = PublishedFigures.toJson(MAPPER, config("\"randomPairs\": 800"), summary);
        assertEquals("published", published.path("protocol").asText());
        assertEquals(14, published.path("compared").asInt());
        // Every figure is 0.40 ± 0.01, beyond every reference's band (the highest, repeated popularity,
        // ends at 0.24), so all fourteen differ.
        assertEquals(0, published.path("consistent").asInt());
        assertEquals(14, published.path("differ").asInt());
        String table = PublishedFigures.table(published);
        assertTrue(table.contains("0 of 14 consistent; 0 inconclusive; 14 differ, of which 2 known gaps."), table);
        assertTrue(table.contains("repeated   content      most similar   +0.150 +/- 0.020 [1]"), table);
        assertTrue(table.contains("[3] Chaney et al. 2018, single training"), table);

        ObjectNode near = summary(PublishedFigures.TRECS_RANDOM_PAIRS, 0.0);
        ObjectNode nearPublished = PublishedFigures.toJson(MAPPER, config("\"randomPairs\": 800"), near);
        // At 0.00 ± 0.01: the single-training plot's five (±0.05), T-RECS's social (0.043 ± 0.04),
        // content (−0.004 ± 0.04) and random (−0.033 ± 0.04, a known gap, here closed), and the
        // repeated random (0.015 ± 0.025).
        assertEquals(9, nearPublished.path("consistent").asInt(), nearPublished.toString());
    }

    @Test
    void aRunOffTheProtocolIsNotComparedAndTheTableSaysWhy() throws Exception {
        ObjectNode published = PublishedFigures.toJson(MAPPER, config("\"users\": 50"), summary(800, 0.15));
        assertEquals("differs", published.path("protocol").asText());
        assertTrue(published.path("figures").isMissingNode());
        assertEquals("\nNot compared with the published figures: the protocol differs (users 50, published 100).\n",
                PublishedFigures.table(published).replace(System.lineSeparator(), "\n"));
        assertEquals("", PublishedFigures.table(MAPPER.createObjectNode().path("published")));
    }

    private static HomogenizationConfig config(String fields) throws Exception {
        return TestStudies.parse("test.json", "{\"study\": \"homogenization\", \"name\": \"t\", " + fields + "}");
    }

    /** A summary of both published schedules where every figure is {@code value} ± 0.01. */
    private static ObjectNode summary(int randomPairs, double value) {
        ObjectNode s = MAPPER.createObjectNode();
        if (randomPairs > 0) {
            s.put("randomPairs", randomPairs);
        }
        mode(s, "repeated", "repeated", 10, 90, value);
        mode(s, "single", "single", 50, 50, value);
        return s;
    }

    private static void mode(ObjectNode summary, String name, String training, int startup, int steps, double value) {
        ObjectNode m = summary.withArray("modes").addObject();
        m.put("name", name).put("training", training).put("startupSteps", startup).put("steps", steps);
        ObjectNode recs = m.putObject("recommenders");
        for (String r : RecommenderKind.COMPARED_IDS) {
            ObjectNode fin = recs.putObject(r).putObject("final");
            for (String measure : List.of(PublishedFigures.MOST_SIMILAR_PAIRS, PublishedFigures.RANDOM_PAIRS)) {
                fin.putObject(measure).put("mean", value).put("ci95Low", value - 0.01).put("ci95High", value + 0.01);
            }
        }
    }
}
