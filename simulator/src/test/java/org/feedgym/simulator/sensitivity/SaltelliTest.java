package org.feedgym.simulator.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class SaltelliTest {

    private static final int N = 4096;

    /** Ishigami and Homma (1990) with a = 7, b = 0.1 on [-π, π]³. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static List<Saltelli.Indices> indices(int k, ToDoubleFunction<double[]> f) {
        double[] y = Saltelli.design(k, N).stream().mapToDouble(f).toArray();
        return Saltelli.analyse(k, y, 200, Seeds.generator(7, "test", 0));
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValuesWithinFiveHundredths() {
        List<Saltelli.Indices> s = indices(3, SaltelliTest::ishigami);
        // Analytic values (Sobol' and Levitan 1999): S = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244.
        double[] first = {0.314, 0.442, 0.000};
        double[] total = {0.558, 0.442, 0.244};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s.get(i).first().value(), 0.05, "S" + (i + 1));
            assertEquals(total[i], s.get(i).total().value(), 0.05, "ST" + (i + 1));
        }
    }

    @Test
    void bootstrapIntervalsContainTheEstimate() {
        for (Saltelli.Indices s : indices(3, SaltelliTest::ishigami)) {
            assertTrue(s.total().ci95Low() <= s.total().value() && s.total().value() <= s.total().ci95High(), s.toString());
        }
    }

    @Test
    void aFactorThatActsOnlyThroughAnInteractionGetsAClearlyPositiveTotalIndex() {
        // x3 enters only as x1·x3: its first-order index is 0 but its total index is not. An
        // engine that dropped AB columns or mixed up A and B would report 0 here.
        List<Saltelli.Indices> s = indices(3, u -> u[0] + 0.1 * u[1] + 4 * (u[0] - 0.5) * (u[2] - 0.5));
        assertEquals(0.0, s.get(2).first().value(), 0.05);
        assertTrue(s.get(2).total().value() > 0.1, "ST3 = " + s.get(2).total().value());
        assertTrue(s.get(2).total().ci95Low() > 0.05, "ST3 interval " + s.get(2).total());
    }

    @Test
    void aFactorTheModelIgnoresGetsIndicesOfZero() {
        List<Saltelli.Indices> s = indices(2, u -> 3 * u[0]);
        assertEquals(0.0, s.get(1).first().value(), 1e-12);
        assertEquals(0.0, s.get(1).total().value(), 1e-12);
        assertEquals(1.0, s.get(0).total().value(), 0.02);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        assertEquals(indices(3, SaltelliTest::ishigami), indices(3, SaltelliTest::ishigami));
    }
}
