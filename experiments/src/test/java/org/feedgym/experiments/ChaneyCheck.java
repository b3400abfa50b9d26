package org.feedgym.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.feedgym.studies.homogenization.PublishedFigures;
import org.feedgym.studies.homogenization.PublishedFigures.Comparison;
import org.feedgym.studies.homogenization.PublishedFigures.Source;

/**
 * The magnitude checks of the Chaney et al. (2018) homogenization study as assertions over a
 * study {@code summary.json}, so the shipped run and the negative control go through the same
 * code. The references, their tolerances and the rule (FeedGym's 95% interval over simulations
 * must overlap reference ± tolerance) are {@link PublishedFigures}'s, the ones
 * {@code feedgym study} prints: the check asserts what a user of the command reads.
 *
 * <p>At the check's size (6 simulations) the intervals are about ±0.01–0.03 wide, so with the
 * 0.02 target a repeated-training figure passes within about 0.03–0.05 of the published one; a
 * variant 2–5× off (consumed items removed from the lists: +0.28 to +0.56) fails.
 */
final class ChaneyCheck {

    private ChaneyCheck() {
    }

    /** Asserts every repeated-training figure consistent with the published one (all five compared). */
    static void repeatedTraining(JsonNode summary) {
        assertConsistent(summary, Source.PAPER_REPEATED, 5);
    }

    /**
     * Asserts the single-training figures consistent with T-RECS's code and with the published
     * plot, known gaps aside (needs T-RECS's 800 random pairs in the run).
     */
    static void singleTraining(JsonNode summary) {
        assertConsistent(summary, Source.TRECS_CODE_SINGLE, 3);
        assertConsistent(summary, Source.PAPER_SINGLE, 4);
    }

    /** The comparison of {@code recommender} against {@code source}'s reference; fails when absent. */
    static Comparison comparison(JsonNode summary, Source source, String recommender) {
        return PublishedFigures.compare(summary).stream()
                .filter(c -> c.reference().source() == source && c.reference().recommender().equals(recommender))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure compared with " + source + " for " + recommender));
    }

    private static void assertConsistent(JsonNode summary, Source source, int expected) {
        List<Comparison> compared = PublishedFigures.compare(summary).stream()
                .filter(c -> c.reference().source() == source && c.reference().knownGap() == null)
                .toList();
        if (compared.size() != expected) {
            throw new AssertionError("expected " + expected + " figures compared with " + source + ", got "
                    + compared.size());
        }
        for (Comparison c : compared) {
            if (!c.consistent()) {
                PublishedFigures.Reference r = c.reference();
                throw new AssertionError(String.format(
                        "%s %s (%s): FeedGym %.4f [%.4f, %.4f], published %.4f ± %.4f (%s)", c.mode(),
                        r.recommender(), r.measure(), c.mean(), c.ci95Low(), c.ci95High(), r.value(), r.tolerance(),
                        source.description()));
            }
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
