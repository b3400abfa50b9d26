package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.feedgym.simulator.study.Study;
import org.feedgym.simulator.study.StudyRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The qualitative findings of Chaney, Stewart and Engelhardt (RecSys 2018), as replicated with
 * T-RECS (Lucherini et al. 2021), checked on {@code studies/homogenization/chaney-ci.json}: the
 * published protocol (100 users, K = 20, 10 + 90 and 50 + 50 steps) with 6 simulations instead of
 * 400, fixed seeds. The tolerances are stated with each check; they test the direction and rough
 * size of the effects, not the published numbers (see the study's README for those).
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomogenizationStudyCheckTest {

    private static final Path CONFIG = Path.of(System.getProperty("feedgym.experiments", "."))
            .resolve("studies/homogenization/chaney-ci.json");
    /** |mean change in Jaccard vs ideal| allowed while every recommender still serves random items. */
    private static final double STARTUP_TOLERANCE = 0.03;
    /** |mean change in Jaccard vs ideal| allowed for the random recommender at the last step. */
    private static final double RANDOM_TOLERANCE = 0.05;
    private static final List<String> COMPARED = List.of("content", "mf", "social", "popularity", "random");

    private JsonNode summary;

    @BeforeAll
    void runTheReducedStudy(@TempDir Path dir) throws Exception {
        StudyRegistry.Loaded<?> loaded = StudyRegistry.builtIn().load(CONFIG);
        summary = StudyRegistry.run(loaded, dir.resolve("run"), 2, Clock.systemUTC(), Study.Progress.NONE)
                .summary();
    }

    private JsonNode rec(String mode, String recommender) {
        for (JsonNode m : summary.get("modes")) {
            if (m.get("name").asText().equals(mode)) {
                return m.get("recommenders").get(recommender);
            }
        }
        throw new AssertionError("no mode " + mode);
    }

    private double at(String mode, String recommender, String pointer) {
        return rec(mode, recommender).at(pointer).asDouble();
    }

    @Test
    void homogenizationStaysNearZeroDuringTheStartup() {
        for (String mode : new String[] {"repeated", "single"}) {
            for (String r : COMPARED) {
                double end = at(mode, r, "/startup/homogenizationVsIdealAtEnd/mean");
                double mean = at(mode, r, "/startup/homogenizationVsIdealMean/mean");
                assertTrue(Math.abs(end) < STARTUP_TOLERANCE, mode + " " + r + " at the end of startup: " + end);
                assertTrue(Math.abs(mean) < STARTUP_TOLERANCE, mode + " " + r + " over the startup: " + mean);
            }
        }
    }

    @Test
    void popularityAndContentFilteringHomogenizeUnderRepeatedTraining() {
        for (String r : new String[] {"popularity", "content"}) {
            double low = at("repeated", r, "/final/homogenizationVsIdeal/ci95Low");
            assertTrue(low > 0, r + ": 95% CI of the change in Jaccard vs ideal at step 100 starts at " + low);
        }
    }

    @Test
    void popularityHomogenizesMostAndClearlyMoreThanRandom() {
        double popularity = at("repeated", "popularity", "/final/homogenizationVsIdeal/mean");
        for (String r : COMPARED) {
            if (!r.equals("popularity")) {
                double other = at("repeated", r, "/final/homogenizationVsIdeal/mean");
                assertTrue(popularity > other, "popularity " + popularity + " vs " + r + " " + other);
            }
        }
        assertTrue(at("repeated", "popularity", "/final/homogenizationVsIdeal/ci95Low")
                > at("repeated", "random", "/final/homogenizationVsIdeal/ci95High"));
    }

    @Test
    void randomRecommendationStaysNearTheIdealsHomogeneity() {
        for (String mode : new String[] {"repeated", "single"}) {
            double random = at(mode, "random", "/final/homogenizationVsIdeal/mean");
            assertTrue(Math.abs(random) < RANDOM_TOLERANCE, mode + " random: " + random);
        }
    }

    @Test
    void singleTrainingHomogenizesLessThanRepeatedTrainingAndPopularityStillMost() {
        double popularity = at("single", "popularity", "/final/homogenizationVsIdeal/mean");
        for (String r : COMPARED) {
            double single = at("single", r, "/final/homogenizationVsIdeal/mean");
            if (!r.equals("popularity")) {
                assertTrue(popularity > single, "single: popularity " + popularity + " vs " + r + " " + single);
            }
            if (!r.equals("random")) {
                double repeated = at("repeated", r, "/final/homogenizationVsIdeal/mean");
                assertTrue(single < repeated, r + ": single " + single + " vs repeated " + repeated);
            }
        }
    }

    @Test
    void theMostHomogenizingRecommenderDoesNotBuyUtilityWithIt() {
        // Popularity homogenizes most; its users' utility after the startup stays below the ideal's.
        double high = at("repeated", "popularity", "/meanAfterStartup/utilityVsIdeal/ci95High");
        assertTrue(high < 0, "popularity's utility vs ideal after startup: 95% CI ends at " + high);
    }
}
