package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.feedgym.simulator.study.Study;
import org.feedgym.simulator.study.StudyRegistry;
import org.junit.jupiter.api.Test;

class HomogenizationStudyTest {

    private static final String SMALL = "{\"study\": \"homogenization\", \"name\": \"small\", \"seed\": 7,"
            + " \"simulations\": 3, \"users\": 24, \"attributes\": 5, \"itemsPerStep\": 4,"
            + " \"modes\": [{\"training\": \"repeated\", \"startupSteps\": 3, \"steps\": 9},"
            + " {\"training\": \"single\", \"startupSteps\": 5, \"steps\": 7}],"
            + " \"mf\": {\"factors\": 5, \"iterations\": 5}}";

    @Test
    void theSummaryDoesNotDependOnTheNumberOfThreads() throws Exception {
        HomogenizationConfig c = TestStudies.parse("small.json", SMALL);
        String one = StudyRegistry.mapper().writeValueAsString(
                StudyOutput.summary(StudyRegistry.mapper(), HomogenizationStudy.simulate(c, 1, Study.Progress.NONE)));
        String three = StudyRegistry.mapper().writeValueAsString(
                StudyOutput.summary(StudyRegistry.mapper(), HomogenizationStudy.simulate(c, 3, Study.Progress.NONE)));
        assertEquals(one, three);
    }

    @Test
    void homogenizationIsTheRecommendersJaccardMinusTheIdealsOnTheSamePairs() throws Exception {
        HomogenizationConfig c = TestStudies.parse("small.json", SMALL);
        StudyResult r = HomogenizationStudy.simulate(c, 1, Study.Progress.NONE);
        StudyResult.ModeSeries m = r.modes().get(0);
        int popularity = m.indexOf(RecommenderKind.POPULARITY);
        for (int t = 0; t < m.steps(); t++) {
            double[] h = m.values(StudyResult.Metric.HOMOGENIZATION_VS_IDEAL, popularity, t);
            double[] j = m.values(StudyResult.Metric.JACCARD, popularity, t);
            double[] ij = m.values(StudyResult.Metric.IDEAL_JACCARD_SAME_PAIRS, popularity, t);
            for (int sim = 0; sim < 3; sim++) {
                assertEquals(j[sim] - ij[sim], h[sim], 0);
                assertTrue(j[sim] >= 0 && j[sim] <= 1 && ij[sim] >= 0 && ij[sim] <= 1);
            }
        }
        assertTrue(Double.isNaN(m.values(StudyResult.Metric.HOMOGENIZATION_VS_IDEAL, 0, 0)[0]),
                "the ideal recommender has no homogenization relative to itself");
    }

    @Test
    void randomPairsAreReportedOnlyWhenAskedForWithoutChangingTheOtherFigures() throws Exception {
        String withPairs = SMALL.replace("\"seed\": 7,", "\"seed\": 7, \"randomPairs\": 200,");
        HomogenizationConfig c = TestStudies.parse("pairs.json", withPairs);
        JsonNode on = StudyOutput.summary(StudyRegistry.mapper(), HomogenizationStudy.simulate(c, 1, Study.Progress.NONE));
        JsonNode off = StudyOutput.summary(StudyRegistry.mapper(),
                HomogenizationStudy.simulate(TestStudies.parse("small.json", SMALL), 1, Study.Progress.NONE));
        JsonNode pairs = on.at("/modes/0/recommenders/popularity/final/randomPairsVsIdeal");
        assertTrue(pairs.at("/mean").isNumber(), on.toString());
        assertTrue(off.at("/modes/0/recommenders/popularity/final/randomPairsVsIdeal").isMissingNode());
        // The same seed gives the same most-similar figures with or without the extra measure.
        assertEquals(off.at("/modes/0/recommenders/popularity/final/homogenizationVsIdeal"),
                on.at("/modes/0/recommenders/popularity/final/homogenizationVsIdeal"));
    }

    @Test
    void everySimulationGetsItsOwnWorld() {
        assertTrue(HomogenizationStudy.worldSeed(7, 0) != HomogenizationStudy.worldSeed(7, 1));
        assertTrue(HomogenizationStudy.runSeed(7, "repeated", RecommenderKind.MF, 0)
                != HomogenizationStudy.runSeed(7, "single", RecommenderKind.MF, 0));
    }
}
