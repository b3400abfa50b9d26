package org.feedgym.env.world;

/**
 * What happened to each of N users on the last step, as parallel arrays. A live view owned by a
 * {@link FeedPopulation}, overwritten on every step; users whose episode had already ended have
 * {@code shownItem = -1} and zero in every other field.
 */
public final class StepOutcomes {

    final int[] shownItem;
    final double[] shownAtSeconds;
    final double[] watchFraction;
    final double[] watchSeconds;
    final boolean[] liked;
    final boolean[] shared;
    final boolean[] commented;
    final boolean[] downloaded;
    final double[] reward;
    final boolean[] terminated;
    final boolean[] truncated;
    final EndReason[] endReason;
    final boolean[] sessionStarted;

    StepOutcomes(int n) {
        shownItem = new int[n];
        shownAtSeconds = new double[n];
        watchFraction = new double[n];
        watchSeconds = new double[n];
        liked = new boolean[n];
        shared = new boolean[n];
        commented = new boolean[n];
        downloaded = new boolean[n];
        reward = new double[n];
        terminated = new boolean[n];
        truncated = new boolean[n];
        endReason = new EndReason[n];
        java.util.Arrays.fill(endReason, EndReason.NONE);
        sessionStarted = new boolean[n];
    }

    void clear(int u) {
        shownItem[u] = -1;
        shownAtSeconds[u] = 0;
        watchFraction[u] = 0;
        watchSeconds[u] = 0;
        liked[u] = false;
        shared[u] = false;
        commented[u] = false;
        downloaded[u] = false;
        reward[u] = 0;
        terminated[u] = false;
        truncated[u] = false;
        endReason[u] = EndReason.NONE;
        sessionStarted[u] = false;
    }

    /** Catalog index of the item shown to user {@code u}, or -1 if the user was not active. */
    public int shownItem(int u) {
        return shownItem[u];
    }

    /** The user's clock (seconds since their episode began) when the item was shown. */
    public double shownAtSeconds(int u) {
        return shownAtSeconds[u];
    }

    /** Fraction of the item watched, in [0, 1]. */
    public double watchFraction(int u) {
        return watchFraction[u];
    }

    /** Seconds watched. */
    public double watchSeconds(int u) {
        return watchSeconds[u];
    }

    /** True if the user liked the item. */
    public boolean liked(int u) {
        return liked[u];
    }

    /** True if the user shared the item. */
    public boolean shared(int u) {
        return shared[u];
    }

    /** True if the user commented. */
    public boolean commented(int u) {
        return commented[u];
    }

    /** True if the user downloaded the item. */
    public boolean downloaded(int u) {
        return downloaded[u];
    }

    /** The step's reward. */
    public double reward(int u) {
        return reward[u];
    }

    /** True if the user's episode terminated on this step. */
    public boolean terminated(int u) {
        return terminated[u];
    }

    /** True if the user's episode was truncated on this step. */
    public boolean truncated(int u) {
        return truncated[u];
    }

    /** Why the episode ended on this step, or {@link EndReason#NONE}. */
    public EndReason endReason(int u) {
        return endReason[u];
    }

    /** True if a new session began after this step (the user came back after a gap). */
    public boolean sessionStarted(int u) {
        return sessionStarted[u];
    }
}
