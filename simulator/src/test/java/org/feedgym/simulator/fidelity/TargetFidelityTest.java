package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFidelityTest {

    @Test
    void simulatedRowsGoThroughTheSameSelectionAsTheRealOnes() {
        // The real log keeps only rows with a like or hate. A simulated log equal to it plus rows
        // with neither signal must compare as identical (KS 0) once filtered.
        InteractionTable real = Selection.likeOrHate().apply(Fixtures.synthetic(30, 1.0, 5));
        InteractionTable simulated = Fixtures.synthetic(30, 1.0, 5);
        List<TargetFidelity> all = TargetFidelity.compareAll(Targets.standard(List.of("like", "hate"),
                TargetOptions.defaults()), Selection.likeOrHate(), real, simulated, simulated);
        for (TargetFidelity t : all) {
            assertEquals(0, t.ks().defaultModel(), t.name());
            assertEquals(0, t.wasserstein().calibrated(), t.name());
            assertEquals(t.real().n(), t.defaultModel().n(), t.name());
        }
    }

    @Test
    void withoutTheSelectionTheExtraRowsShow() {
        InteractionTable real = Selection.likeOrHate().apply(Fixtures.synthetic(30, 1.0, 5));
        InteractionTable simulated = Fixtures.synthetic(30, 1.0, 5);
        TargetFidelity t = TargetFidelity.compareAll(List.of(Targets.itemsPerSession(TargetOptions.defaults())),
                Selection.all(), real, simulated, simulated).get(0);
        assertEquals(true, t.ks().defaultModel() > 0);
        assertEquals("none: every row is kept", t.selectionBias());
    }

    @Test
    void aSampleInBriefHoldsTheInverseEmpiricalCdf() {
        Sample s = Sample.of(new double[] {4, 1, 3, 2});
        assertEquals(4, s.n());
        assertEquals(1.0, s.quantiles().get(0));
        assertEquals(1.0, s.quantiles().get(25));
        assertEquals(2.0, s.quantiles().get(26));
        assertEquals(2.0, s.quantiles().get(50));
        assertEquals(4.0, s.quantiles().get(100));
        assertEquals(new Sample(0, List.of()), Sample.of(new double[0]));
    }
}
