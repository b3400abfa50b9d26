package org.feedgym.simulator.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.junit.jupiter.api.Test;

class SensitivityPlanTest {

    static final String VALID = SensitivityFixture.CONFIG;

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private String rejection(String json) {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse("s.json", json));
        return e.getMessage();
    }

    @Test
    void aValidSectionGivesOnePointPerStepOfEveryTrajectory() throws Exception {
        LoadedConfig loaded = loader.parse("s.json", VALID);
        SensitivityPlan plan = SensitivityPlan.of(loaded);
        assertEquals(2 * (3 + 1), plan.unitPoints().size());
        assertEquals(3, plan.metrics().size());
        assertEquals(MetricReference.Kind.DIFFERENCE, plan.metrics().get(1).kind());
        assertEquals(MetricReference.Kind.RATIO, plan.metrics().get(2).kind());
    }

    @Test
    void integerValuesAreRoundedAndLogScalesStayInRange() throws Exception {
        SensitivityPlan plan = SensitivityPlan.of(loader.parse("s.json", VALID));
        plan.points().forEach(p -> {
            assertTrue(p.get("world.candidates.k").isIntegralNumber(), p.toString());
            double items = p.get("world.catalog.items").asDouble();
            assertTrue(items >= 100 && items <= 400, p.toString());
            assertTrue(p.get("world.reward.harmPenalty").isDouble(), p.toString());
        });
    }

    @Test
    void anUnknownPathIsRejectedWithItsJsonPath() {
        String m = rejection(VALID.replace("world.candidates.k", "world.candidates.kk"));
        assertTrue(m.contains("s.json: $.sensitivity.parameters[1].path: unknown parameter path 'world.candidates.kk'"), m);
    }

    @Test
    void aPathThatNamesTextIsRejected() {
        String m = rejection(VALID.replace("world.candidates.k\"", "name\""));
        assertTrue(m.contains("$.sensitivity.parameters[1].path: parameter path 'name' names string"), m);
    }

    @Test
    void anEmptyRangeIsRejected() {
        String m = rejection(VALID.replace("\"low\": 0, \"high\": 1", "\"low\": 1, \"high\": 1"));
        assertTrue(m.contains("$.sensitivity.parameters[0]: empty range: low == high"), m);
    }

    @Test
    void aBoundThatTheParameterDoesNotAllowIsNamedAtTheBound() {
        String m = rejection(VALID.replace("\"low\": 0, \"high\": 1", "\"low\": 0, \"high\": 500"));
        assertTrue(m.contains("s.json: $.sensitivity.parameters[0].high: world.reward.harmPenalty = 500.0 is not a"
                + " valid config: $.world.reward.harmPenalty: harmPenalty must be in [0.0, 100.0], got 500.0"), m);
        assertTrue(!m.contains("$.sweep"), m);
        String low = rejection(VALID.replace("\"low\": 3, \"high\": 12", "\"low\": 1, \"high\": 12"));
        assertTrue(low.contains("$.sensitivity.parameters[1].low: world.candidates.k = 1 is not a valid config:"
                + " $.world.candidates.k: k must be in [2, 500], got 1"), low);
    }

    @Test
    void invertedBoundsAreRejected() {
        String m = rejection(VALID.replace("\"low\": 3, \"high\": 12", "\"low\": 12, \"high\": 3"));
        assertTrue(m.contains("$.sensitivity.parameters[1]: inverted bounds: low 12.0 > high 3.0"), m);
    }

    @Test
    void aLogScaleNeedsAPositiveLowerEnd() {
        String m = rejection(VALID.replace("\"low\": 100, \"high\": 400", "\"low\": 0, \"high\": 400"));
        assertTrue(m.contains("$.sensitivity.parameters[2].low: a log scale needs low > 0"), m);
    }

    @Test
    void anUnknownScaleIsRejected() {
        String m = rejection(VALID.replace("\"scale\": \"log\"", "\"scale\": \"cubic\""));
        assertTrue(m.contains("$.sensitivity.parameters[2].scale: unknown scale 'cubic'"), m);
    }

    @Test
    void anUnknownMethodIsRejected() {
        String m = rejection(VALID.replace("\"type\": \"morris\", \"trajectories\": 2, \"levels\": 4",
                "\"type\": \"fast\""));
        assertTrue(m.contains("$.sensitivity.method.type: unknown method 'fast'"), m);
    }

    @Test
    void oddMorrisLevelsAreRejected() {
        String m = rejection(VALID.replace("\"levels\": 4", "\"levels\": 5"));
        assertTrue(m.contains("$.sensitivity.method.levels: must be an even number"), m);
    }

    @Test
    void anUnknownMetricIsRejected() {
        String m = rejection(VALID.replace("greedy-engagement return\"", "greedy-engagement happiness\""));
        assertTrue(m.contains("$.sensitivity.metrics[0]: unknown metric 'happiness'"), m);
    }

    @Test
    void aMisspeltMetricGetsTheNearestKey() {
        String m = rejection(VALID.replace("greedy-engagement return\"", "greedy-engagement retrun\""));
        assertTrue(m.contains("$.sensitivity.metrics[0]: unknown metric 'retrun' in 'greedy-engagement retrun'"
                + " (did you mean 'return'?); metrics: ["), m);
    }

    @Test
    void anUnknownAgentIsRejected() {
        String m = rejection(VALID.replace("oracle - random return", "oracle - dqn return"));
        assertTrue(m.contains("$.sensitivity.metrics[1]: unknown agent 'dqn'"), m);
    }

    @Test
    void aRatioOfAMetricWithoutRatiosIsRejected() {
        String m = rejection(VALID.replace("vulnerable/control harmfulShareItems", "vulnerable/control coverage"));
        assertTrue(m.contains("$.sensitivity.metrics[2]: metric 'coverage' has no vulnerable/control ratio"), m);
    }

    @Test
    void aMalformedConclusionIsRejected() {
        String m = rejection(VALID.replace("oracle return > random return", "oracle return beats random return"));
        assertTrue(m.contains("$.sensitivity.conclusions[0]: malformed conclusion"), m);
        String two = rejection(VALID.replace("oracle return > random return", "oracle return > random return > 1"));
        assertTrue(two.contains("$.sensitivity.conclusions[0]: malformed conclusion"), two);
    }

    @Test
    void anUnknownKeyIsRejectedWithItsJsonPath() {
        String m = rejection(VALID.replace("\"scale\": \"log\"", "\"scale\": \"log\", \"step\": 2"));
        assertTrue(m.contains("$.sensitivity.parameters[2].step"), m);
    }

    @Test
    void aConfigWithASweepAndASensitivitySectionIsRejected() {
        String m = rejection(VALID.replace("\"sensitivity\":",
                "\"sweep\": {\"grid\": {\"seed\": [1, 2]}}, \"sensitivity\":"));
        assertTrue(m.contains("either a \"sweep\" or a \"sensitivity\" section"), m);
    }
}
