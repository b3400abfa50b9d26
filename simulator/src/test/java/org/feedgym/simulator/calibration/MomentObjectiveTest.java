package org.feedgym.simulator.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.feedgym.simulator.fidelity.Selection;
import org.feedgym.simulator.fidelity.Targets;
import org.junit.jupiter.api.Test;

/** The objective's weights and its replay/free-running forms. */
class MomentObjectiveTest {

    /** One user, one row per watch ratio, a minute apart, each liked. */
    private static InteractionTable rows(double... watch) {
        InteractionTable.Builder b = new InteractionTable.Builder(List.of("like", "hate"));
        for (int i = 0; i < watch.length; i++) {
            b.add(0, i, 60L * i, watch[i], 30, 0, true, false);
        }
        return b.build();
    }

    @Test
    void aTargetsKsIsMultipliedByItsWeight() {
        InteractionTable real = rows(0.1, 0.2, 0.3);
        // Every simulated ratio lies above every real one: the KS statistic is 1.
        InteractionTable sim = rows(0.7, 0.8, 0.9);
        double twice = MomentObjective.freeRunning(List.of(new MomentObjective.Term(Targets.watchRatio(), 2)),
                Selection.all(), real).value(sim);
        double off = MomentObjective.freeRunning(List.of(new MomentObjective.Term(Targets.watchRatio(), 0)),
                Selection.all(), real).value(sim);
        assertEquals(2, twice, 1e-12);
        assertEquals(0, off, 1e-12);
    }

    @Test
    void aReplayRefusesSimulatedRowsThatDoNotAnswerTheRealOnes() {
        MomentObjective replay = MomentObjective.replay(List.of(new MomentObjective.Term(Targets.watchRatio(), 1)),
                Selection.all(), List.of("like", "hate"), rows(0.1, 0.2, 0.3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> replay.value(rows(0.5, 0.6)));
        assertTrue(e.getMessage().contains("2 simulated, 3 real"), e.getMessage());
    }

    @Test
    void aNegativeWeightIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MomentObjective.Term(Targets.watchRatio(), -1));
        assertTrue(e.getMessage().startsWith("weight must be >= 0"), e.getMessage());
    }
}
