package org.feedgym.env.world;

/**
 * Builds {@link StepOutcomes} by hand, for tests of listeners and metrics in other modules
 * (shipped in env's test-jar).
 */
public final class StepOutcomesFixture {

    private StepOutcomesFixture() {
    }

    /** Outcomes for {@code n} users, all inactive. */
    public static StepOutcomes create(int n) {
        StepOutcomes o = new StepOutcomes(n);
        for (int u = 0; u < n; u++) {
            o.clear(u);
        }
        return o;
    }

    /** Sets user {@code u}'s outcome: the item shown and how it went. */
    public static void show(StepOutcomes o, int u, int item, double shownAtSeconds, double watchFraction,
                            double watchSeconds, boolean liked, double reward) {
        o.clear(u);
        o.shownItem[u] = item;
        o.shownAtSeconds[u] = shownAtSeconds;
        o.watchFraction[u] = watchFraction;
        o.watchSeconds[u] = watchSeconds;
        o.liked[u] = liked;
        o.reward[u] = reward;
    }

    /** Marks user {@code u} as inactive this step. */
    public static void idle(StepOutcomes o, int u) {
        o.clear(u);
    }

    /** Ends user {@code u}'s episode on this step for {@code reason}. */
    public static void end(StepOutcomes o, int u, EndReason reason) {
        o.endReason[u] = reason;
        o.terminated[u] = reason.terminates();
        o.truncated[u] = reason.truncates();
    }
}
