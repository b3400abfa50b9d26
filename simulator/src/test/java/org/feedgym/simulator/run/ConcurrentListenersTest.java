package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.StepOutcomesFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConcurrentListenersTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void stopPool() {
        POOL.shutdown();
    }

    /** Records the item user 0 was shown on each step it sees. */
    private static final class Seen implements StepListener {
        final List<Integer> items = new ArrayList<>();

        @Override
        public void onStep(StepOutcomes outcomes) {
            items.add(outcomes.shownItem(0));
        }
    }

    @Test
    void everyListenerSeesEveryStepInOrderWithOrWithoutAPool() {
        for (ForkJoinPool pool : new ForkJoinPool[] {POOL, null}) {
            List<Seen> seen = List.of(new Seen(), new Seen(), new Seen());
            ConcurrentListeners listeners = new ConcurrentListeners(List.copyOf(seen), pool);
            StepOutcomes o = StepOutcomesFixture.create(1);
            List<Integer> shown = new ArrayList<>();
            for (int step = 0; step < 200; step++) {
                StepOutcomesFixture.show(o, 0, step * 7 % 50, step, 1, 10, false, 1);
                shown.add(step * 7 % 50);
                listeners.onStep(o);
            }
            for (Seen s : seen) {
                assertEquals(shown, s.items, "pool " + pool);
            }
        }
    }

    @Test
    void aListenersExceptionComesBackAsThrownOnceTheOthersHaveFinishedTheStep() {
        IllegalStateException failure = new IllegalStateException("user 3's item falls in an earlier bucket");
        Seen before = new Seen();
        Seen after = new Seen();
        StepListener failing = o -> {
            throw failure;
        };
        ConcurrentListeners listeners = new ConcurrentListeners(List.of(before, failing, after), POOL);
        StepOutcomes o = StepOutcomesFixture.create(1);
        StepOutcomesFixture.show(o, 0, 4, 0, 1, 10, false, 1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> listeners.onStep(o));
        assertSame(failure, thrown);
        assertEquals(List.of(4), before.items);
        assertEquals(List.of(4), after.items);
    }
}
