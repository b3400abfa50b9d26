package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.StepOutcomesFixture;
import org.feedgym.simulator.config.MetricsConfig;
import org.junit.jupiter.api.Test;

/**
 * How soon a topic marked "not interested" returns, by hand on {@link EpisodeRecorderTest}'s
 * catalog (items 0 and 3 comedy, 1 and 2 body-image), one item per 10 minutes of clock.
 */
class UnwantedReturnTest {

    /** Shows {@code items} to one user at clock 600·t, marking the positions in {@code hated}. */
    private static EpisodeRecord run(int[] items, boolean[] hated) {
        EpisodeRecorder recorder = new EpisodeRecorder(EpisodeRecorderTest.catalog(), 1, MetricsConfig.defaults());
        StepOutcomes o = StepOutcomesFixture.create(1);
        for (int t = 0; t < items.length; t++) {
            StepOutcomesFixture.show(o, 0, items[t], 600.0 * t, 0.5, 300, false, 0.0);
            o.recordHate(0, hated[t]);
            recorder.onStep(o);
        }
        return recorder.episodesForTest().get(0);
    }

    @Test
    void theWaitIsCountedFromTheLastMarkToTheTopicsNextShowing() {
        // body-image marked at positions 1 and 2 (the second mark restarts the wait), back at 5:
        // 3 items, 30 min. Comedy marked at 0, back at 3: 3 items, 30 min. Mean 3 items, 30 min.
        EpisodeRecord e = run(new int[] {0, 1, 2, 3, 0, 1}, new boolean[] {true, true, true, false, false, false});
        assertEquals(3.0, e.unwantedReturnItems(), 1e-12);
        assertEquals(30.0, e.unwantedReturnMinutes(), 1e-12);
        assertEquals(1.0, e.unwantedReturnedShare(), 1e-12);
    }

    @Test
    void aTopicThatNeverReturnsCountsInTheShareButNotInTheWait() {
        // comedy marked at 0, back at 1 (1 item, 10 min); body-image marked at 2, never shown again.
        EpisodeRecord e = run(new int[] {0, 3, 1, 0}, new boolean[] {true, false, true, false});
        assertEquals(1.0, e.unwantedReturnItems(), 1e-12);
        assertEquals(10.0, e.unwantedReturnMinutes(), 1e-12);
        assertEquals(0.5, e.unwantedReturnedShare(), 1e-12);
    }

    @Test
    void withoutMarksEverythingIsUndefined() {
        EpisodeRecord e = run(new int[] {0, 1}, new boolean[] {false, false});
        assertTrue(Double.isNaN(e.unwantedReturnItems()));
        assertTrue(Double.isNaN(e.unwantedReturnMinutes()));
        assertTrue(Double.isNaN(e.unwantedReturnedShare()));
    }
}
