package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
