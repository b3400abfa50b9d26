package org.feedgym.env.world;

import org.feedgym.env.EndReason;
import org.feedgym.env.StepOutcomes;
/**
 * Builds {@link StepOutcomes} by hand, for tests of listeners and metrics in other modules
 * (shipped in env's test-jar).
 */
public final class StepOutcomesFixture {

    private StepOutcomesFixture() {
    }

    /** Outcomes for {@code n} users, all inactive. */
    public static StepOutcomes create(int n) {
        StepOutcomes o = new StepOutcomes(n, null);
        for (int u = 0; u < n; u++) {
            o.clear(u);
        }
        return o;
    }

    /** Sets user {@code u}'s outcome: the item shown and how it went. */
    public static void show(StepOutcomes o, int u, int item, double shownAtSeconds, double watchFraction,
                            double watchSeconds, boolean liked, double reward) {
        o.clear(u);
        o.recordResponse(u, item, shownAtSeconds, watchFraction, watchSeconds, liked, false, false, false, reward);
    }

    /** Marks user {@code u} as inactive this step. */
    public static void idle(StepOutcomes o, int u) {
        o.clear(u);
    }

    /** Ends user {@code u}'s session on this step for {@code reason}; the user comes back later. */
    public static void endSession(StepOutcomes o, int u, EndReason reason) {
        o.recordEnd(u, reason, true);
    }

    /** Ends user {@code u}'s episode on this step for {@code reason}. */
    public static void end(StepOutcomes o, int u, EndReason reason) {
        o.recordEnd(u, reason, false);
    }
}
