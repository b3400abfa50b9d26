package org.feedgym.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.feedgym.experiments.studies.Band;

/**
 * The magnitude checks of the Chaney et al. (2018) homogenization study as assertions over a
 * study {@code summary.json}, so the shipped run and the negative control go through the same
 * code. Each compares the change in Jaccard vs the ideal recommender at the last step (mean over
 * simulations) with a reference figure and a band.
 *
 * <p>Bands at the check's size (6 simulations): FeedGym's per-simulation standard deviation of
 * these figures is about 0.02–0.03 (from the 50-simulation intervals in the study's README), so
 * the mean of 6 has a standard error of about 0.01; the full-size figures differ from the published
 * ones by at most 0.018. ±0.05 around the published repeated-training figures therefore leaves
 * about 2 standard errors beyond the full-size gap, and a variant that is 2–5× off (consumed items
 * removed from the lists: +0.28 to +0.56) fails it. The single-training references are T-RECS's
 * own code (commit 0de83a3, 20 simulations, ±0.02 sampling error): ±0.04 adds our ±0.02.
 */
final class ChaneyCheck {

    /** Published repeated-training figures (T-RECS, 400 simulations), each ±0.05. */
    static final List<Band> REPEATED = List.of(
            band("popularity", 0.22, 0.05), band("content", 0.15, 0.05), band("mf", 0.09, 0.05),
            band("social", 0.09, 0.05), band("random", 0.015, 0.05));

    /**
     * Single training against T-RECS's code at step 100: popularity on most-similar pairs (its
     * representation is the same for every user, so most-similar pairs are random pairs and the
     * two measures coincide), the others on 800 random pairs as T-RECS's script measures them.
     * MF has no reference (the script's MF needs a package that was not available); random is a
     * known gap (FeedGym +0.029 against −0.033), asserted as such by the check test.
     */
    static final Map<String, Band> SINGLE = Map.of(
            "popularity", new Band("single popularity, most-similar pairs", 0.094, 0.03,
                    "T-RECS code 0de83a3, ±0.02 sampling error at 20 simulations"),
            "social", randomPairs("social", 0.043), "content", randomPairs("content", -0.004));

    private ChaneyCheck() {
    }

    private static Band band(String recommender, double published, double tolerance) {
        return new Band(recommender, published, tolerance, "published T-RECS figure, repeated training");
    }

    private static Band randomPairs(String recommender, double reference) {
        return new Band("single " + recommender + ", 800 random pairs", reference, 0.04,
                "T-RECS code 0de83a3, ±0.02 sampling error at 20 simulations");
    }

    /** Asserts every repeated-training figure within its band. */
    static void repeatedTraining(JsonNode summary) {
        for (Band band : REPEATED) {
            band.check(at(summary, "repeated", band.what(), "/final/homogenizationVsIdeal/mean"));
        }
    }

    /** Asserts the single-training figures within their bands (needs {@code randomPairs} in the run). */
    static void singleTraining(JsonNode summary) {
        SINGLE.get("popularity").check(at(summary, "single", "popularity", "/final/homogenizationVsIdeal/mean"));
        for (String r : List.of("social", "content")) {
            SINGLE.get(r).check(at(summary, "single", r, "/final/randomPairsVsIdeal/mean"));
        }
    }

    /** The value at {@code pointer} of {@code recommender} in {@code mode}; fails when absent. */
    static double at(JsonNode summary, String mode, String recommender, String pointer) {
        for (JsonNode m : summary.get("modes")) {
            if (m.get("name").asText().equals(mode)) {
                JsonNode v = m.get("recommenders").path(recommender).at(pointer);
                if (!v.isNumber()) {
                    throw new AssertionError("no " + pointer + " for " + recommender + " in mode " + mode);
                }
                return v.asDouble();
            }
        }
        throw new AssertionError("no mode " + mode);
    }
}
