package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

    @Test
    void omittedFieldsGetTheirDefaults() {
        WorldConfig c = WorldConfig.defaults();
        assertEquals(10, c.candidates().k());
        assertEquals(0.3, c.reward().like());
        assertEquals(0.0, c.reward().harmPenalty());
        assertEquals(0, c.episode().days());
        assertEquals(2000, c.catalog().items());
    }

    @Test
    void outOfRangeCandidateCountNamesFieldRuleAndValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CandidatesConfig(0, null, null, null, null));
        assertEquals("k must be in [2, 500], got 0", e.getMessage());
    }

    @Test
    void unknownPersonaListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new UsersConfig(Map.of("toddler", 1.0), null));
        assertEquals("unknown persona 'toddler'; known: [adult, teen, teen-vulnerable]", e.getMessage());
    }

    @Test
    void aMisspeltPersonaGetsTheNearestName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new UsersConfig(Map.of("teeen", 1.0), null));
        assertEquals("unknown persona 'teeen' (did you mean 'teen'?); known: [adult, teen, teen-vulnerable]",
                e.getMessage());
    }

    @Test
    void candidatesMustFitInTheCatalog() {
        var e = assertThrows(IllegalArgumentException.class, () -> new WorldConfig(
                new CatalogConfig(null, 30, null, null, null, null, null), null,
                new CandidatesConfig(20, null, null, null, null), null, null));
        assertEquals("candidates.k + users.historyLength must be <= catalog.items (30), got 20 + 20", e.getMessage());
    }

    @Test
    void negativeHarmPenaltyIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new RewardConfig(null, null, null, null, null, -1.0));
        assertEquals("harmPenalty must be in [0.0, 100.0], got -1.0", e.getMessage());
    }
}
