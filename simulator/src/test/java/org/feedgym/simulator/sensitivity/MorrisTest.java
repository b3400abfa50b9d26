package org.feedgym.simulator.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class MorrisTest {

    private static double[] evaluate(Morris.Design d, java.util.function.ToDoubleFunction<double[]> f) {
        return d.points().stream().mapToDouble(f).toArray();
    }

    @Test
    void onALinearFunctionTheEffectsAreTheCoefficientsAndRankThemExactly() {
        double[] c = {0.5, -4.0, 2.0, 0.0, 8.0, 1.0};
        Morris.Design d = Morris.design(c.length, 10, 4, Seeds.generator(3, "test", 0));
        List<Morris.Effects> e = Morris.analyse(d, evaluate(d, x -> IntStream.range(0, c.length)
                .mapToDouble(i -> c[i] * x[i]).sum()));
        for (int i = 0; i < c.length; i++) {
            assertEquals(c[i], e.get(i).mu(), 1e-9);
            assertEquals(Math.abs(c[i]), e.get(i).muStar(), 1e-9);
            assertEquals(0.0, e.get(i).sigma(), 1e-9);
        }
        List<Integer> byMuStar = IntStream.range(0, c.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -e.get(i).muStar())).toList();
        assertEquals(List.of(4, 1, 2, 5, 0, 3), byMuStar);
    }

    @Test
    void anInteractionShowsAsSigma() {
        Morris.Design d = Morris.design(3, 20, 4, Seeds.generator(3, "test", 1));
        List<Morris.Effects> e = Morris.analyse(d, evaluate(d, x -> x[0] + 5 * x[1] * x[2]));
        assertEquals(0.0, e.get(0).sigma(), 1e-9);
        assertTrue(e.get(1).sigma() > 0.5, "σ2 = " + e.get(1).sigma());
        assertTrue(e.get(2).muStar() > e.get(0).muStar());
    }

    @Test
    void everyStepMovesOneFactorByDeltaAndStaysInTheCube() {
        Morris.Design d = Morris.design(5, 8, 6, Seeds.generator(1, "test", 2));
        assertEquals(8 * 6, d.points().size());
        for (int at = 0; at < d.points().size(); at++) {
            for (double v : d.points().get(at)) {
                assertTrue(v >= -1e-12 && v <= 1 + 1e-12, "coordinate " + v);
            }
            if (d.moved()[at] >= 0) {
                double[] a = d.points().get(at - 1);
                double[] b = d.points().get(at);
                int changed = 0;
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        changed++;
                        assertEquals(d.delta(), Math.abs(b[i] - a[i]), 1e-12);
                    }
                }
                assertEquals(1, changed);
            }
        }
    }

    @Test
    void oddLevelsAreRejectedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Morris.design(2, 4, 5, Seeds.generator(1, "t", 0)));
        assertTrue(e.getMessage().contains("levels must be an even number"), e.getMessage());
    }
}
