package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.study.StudyRegistry;
import org.junit.jupiter.api.Test;

class HomogenizationConfigTest {

    @Test
    void defaultsAreThePublishedProtocol() throws Exception {
        HomogenizationConfig c = TestStudies.parse("c.json", "{\"study\": \"homogenization\", \"name\": \"c\"}");
        assertEquals(100, c.users());
        assertEquals(20, c.attributes());
        assertEquals(10, c.itemsPerStep());
        assertEquals(-0.8, c.attentionExponent());
        assertEquals(0.98, c.knownUtilityMean());
        assertEquals(1e-5, c.utilitySigma());
        assertEquals(List.of(new ModeConfig("repeated", "repeated", 10, 90), new ModeConfig("single", "single", 50, 50)),
                c.modes());
        assertEquals(List.of("content", "mf", "social", "popularity", "random"), c.recommenders());
        assertEquals(20, c.mf().factors());
        assertEquals(1000, c.items());
        assertEquals(0, c.randomPairs(), "random pairs are off unless asked for");
    }

    @Test
    void randomPairsMustBeANonNegativeCount() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"randomPairs\": -1}"));
        assertEquals("c.json: $.randomPairs: randomPairs must be in [0, 1000000], got -1", e.getMessage());
    }

    @Test
    void theResolvedConfigReadsBackAsTheSameConfig() throws Exception {
        StudyRegistry.Loaded<?> loaded = StudyRegistry.builtIn().parse("c.json", "{\"study\": \"homogenization\", \"name\": \"c\","
                + " \"simulations\": 3, \"modes\": [{\"training\": \"single\", \"steps\": 5}]}");
        String resolved = StudyRegistry.mapper().writeValueAsString(loaded.resolved());
        assertEquals(loaded.config(), TestStudies.parse("resolved.json", resolved));
    }

    @Test
    void aValueOutOfRangeNamesTheFieldTheRuleAndTheValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> StudyRegistry.builtIn().parse("c.json", "{\"study\": \"homogenization\", \"name\": \"c\", \"users\": 1}"));
        assertEquals("c.json: $.users: users must be in [2, 100000], got 1", e.getMessage());
    }

    @Test
    void aNestedErrorHasItsJsonPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"modes\": [{\"training\": \"single\"},"
                        + " {\"startupSteps\": -1}]}"));
        assertEquals("c.json: $.modes[1].startupSteps: startupSteps must be in [0, 10000], got -1", e.getMessage());
    }

    @Test
    void anUnknownKeyListsTheAllowedOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"mf\": {\"factorz\": 3}}"));
        assertEquals("c.json: $.mf.factorz: unknown key 'factorz' (did you mean 'factors'?); allowed keys: [cgSteps, confidenceWeight, factors,"
                + " initialScale, iterations, regularization]", e.getMessage());
    }

    @Test
    void theIdealRecommenderIsNotListedBecauseItIsAlwaysRun() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"recommenders\": [\"popularity\", \"ideal\"]}"));
        assertEquals("c.json: $.recommenders[1]: 'ideal' is always run as the reference; list only the recommenders"
                + " compared with it: [content, mf, social, popularity, random]", e.getMessage());
    }

    @Test
    void anUnknownRecommenderIsNamedAtItsPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"recommenders\": [\"popularity\", \"nope\"]}"));
        assertEquals("c.json: $.recommenders[1]: must be one of [content, mf, social, popularity, random], got 'nope'",
                e.getMessage());
    }

    @Test
    void twoModesWithTheSameNameAreRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"modes\": [{}, {\"steps\": 3}]}"));
        assertEquals("c.json: $.modes: modes must have distinct names; 'repeated' is used twice (give each a \"name\")",
                e.getMessage());
    }

    @Test
    void anUnknownStudyIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> StudyRegistry.builtIn().parse("c.json", "{\"study\": \"boredom\", \"name\": \"c\"}"));
        assertEquals("c.json: $.study: unknown study \"boredom\"; known: [homogenization]", e.getMessage());
    }

    @Test
    void aSigmaTooLargeForTheSmallestMeanIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> StudyRegistry.builtIn().parse("c.json",
                "{\"study\": \"homogenization\", \"name\": \"c\", \"utilitySigma\": 0.001}"));
        assertEquals("c.json: $.utilitySigma: utilitySigma must be in (0, 3.16e-5) so that a Beta exists for every mean down to"
                + " 1e-9, got 0.001", e.getMessage());
    }
}
