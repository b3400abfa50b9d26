package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void numbersKeepSixSignificantDigitsWithoutExponent() {
        assertEquals("1.23457", Csv.num(1.234567891));
        assertEquals("0.0000123457", Csv.num(1.234567891e-5));
        assertEquals("", Csv.num(Double.NaN));
    }

    @Test
    void aRoundedNumberIsTheValueOfItsCsvCell() {
        for (double v : new double[] {1.234567891, -0.000987654321, 123456789.0, 0.1}) {
            assertEquals(Double.parseDouble(Csv.num(v)), Csv.round(v), "v = " + v);
        }
        assertEquals(Double.NaN, Csv.round(Double.NaN));
    }

    @Test
    void theFastPathGivesTheDigitsOfTheExactValueRoundedHalfUp() {
        SplittableRandom random = new SplittableRandom(7);
        int uniform = 0;
        int uniformFast = 0;
        for (int i = 0; i < 300_000; i++) {
            // Bit patterns of every magnitude, uniform values, and six-digit decimals with a
            // seventh digit of 5 (ties in decimal, near-ties in binary).
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble(-1000, 1000);
                case 2 -> (random.nextInt(100_000, 1_000_000) * 10 + 5) * Math.pow(10, random.nextInt(-14, 8));
                default -> Math.pow(10, random.nextInt(-12, 12)) * (1 + (random.nextInt(3) - 1) * Math.ulp(1.0));
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String got = Csv.sixDigits(v);
            if (got != null) {
                assertEquals(Csv.exact(v), got, "v = " + v);
            }
            if (i % 4 == 1) {
                uniform++;
                uniformFast += got != null ? 1 : 0;
            }
            assertEquals(Csv.exact(v), Csv.num(v), "v = " + v);
        }
        // Values as a run writes them take the fast path, bar the rare near-tie.
        assertTrue(uniformFast > 0.99 * uniform, "the fast path took " + uniformFast + " of " + uniform);
    }

    @Test
    void edgeValuesAreFormattedAsTheDefinitionDoes() {
        double[] values = {0.0, -0.0, 1, -1, 0.5, 0.1, 100, 1e6, 123456789.0, 999999.5, 999999.4999, 9.999995,
            99999.95, 1234565.0, 0.0001234565, 2.5e-7, Double.MIN_VALUE, Double.MAX_VALUE, 1e22, 1e23, 1e-22, 1e-23,
            12345.65, -0.000987654321, 86400, 3600.5};
        for (double v : values) {
            assertEquals(Csv.exact(v), Csv.num(v), "v = " + v);
        }
        assertEquals("0", Csv.num(-0.0));
        assertEquals("1000000", Csv.num(1e6));
        assertEquals("123457000", Csv.num(123456789.0));
        // An exact tie in binary is left to the definition, which rounds it up.
        assertNull(Csv.sixDigits(1234565.0));
        assertEquals("1234570", Csv.num(1234565.0));
    }
}
