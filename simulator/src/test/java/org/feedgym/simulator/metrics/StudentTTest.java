package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    /**
     * Reference values computed independently with mpmath at 40 digits (the t CDF, written as a
     * regularised incomplete beta, inverted by root finding); df = 1 is tan(0.475π).
     */
    @ParameterizedTest
    @CsvSource({"1, 12.706204736174705", "2, 4.3026527297494639", "5, 2.5705818356363155",
        "30, 2.0422724563012383", "40, 2.0210753903062734", "100, 1.9839715185235523",
        "1000000, 1.959966356814107"})
    void quantilesMatchReferenceValuesToTwelveDigits(int df, double expected) {
        assertEquals(expected, StudentT.quantile975(df), 1e-12 * expected);
    }

    @Test
    void rejectsZeroDegreesOfFreedom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentT.quantile975(0));
        assertEquals("degreesOfFreedom must be >= 1, got 0", e.getMessage());
    }
}
