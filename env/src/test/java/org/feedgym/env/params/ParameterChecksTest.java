package org.feedgym.env.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ParameterChecksTest {

    private static void rejects(String message, Executable check) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, check);
        assertEquals(message, e.getMessage());
    }

    @Test
    void aNullValueTakesTheFallback() {
        assertEquals(10, ParameterChecks.intIn("k", null, 10, 2, 500));
        assertEquals(0.5, ParameterChecks.doubleIn("share", null, 0.5, 0, 1));
        assertEquals("topic", ParameterChecks.oneOf("arms", null, "topic", List.of("topic", "item")));
    }

    @Test
    void integerRangesNameTheFieldTheRuleAndTheValue() {
        rejects("k must be in [2, 500], got 0", () -> ParameterChecks.intIn("k", 0, 10, 2, 500));
    }

    @Test
    void doubleRangesPrintTheirBoundsAsDoubles() {
        rejects("gamma must be in [0.0, 1.0], got 1.5", () -> ParameterChecks.doubleIn("gamma", 1.5, 0.9, 0, 1));
        rejects("learningRate must be in (0.0, 1.0], got 0.0",
                () -> ParameterChecks.doubleAboveAtMost("learningRate", 0.0, 0.001, 0, 1));
        rejects("share must be in [0.0, 1.0], got NaN", () -> ParameterChecks.doubleIn("share", Double.NaN, 0, 0, 1));
    }

    @Test
    void lowerBoundsPrintWholeNumbersWithoutAFraction() {
        rejects("priorAlpha must be > 0, got 0.0", () -> ParameterChecks.above("priorAlpha", 0.0, 1, 0));
        rejects("lambda must be >= 0.5, got 0.25", () -> ParameterChecks.atLeast("lambda", 0.25, 1, 0.5));
        rejects("scale must be finite, got Infinity",
                () -> ParameterChecks.finite("scale", Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void choicesAndLayerSizesSayWhatIsAllowed() {
        rejects("arms must be one of [topic, item], got 'user'",
                () -> ParameterChecks.oneOf("arms", "user", "topic", List.of("topic", "item")));
        rejects("hiddenLayers[1] must be in [1, 4096], got 0",
                () -> ParameterChecks.layerSizes("hiddenLayers", List.of(64, 0), List.of(64), 1, 8, 4096));
    }
}
