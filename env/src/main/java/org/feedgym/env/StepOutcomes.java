package org.feedgym.env;

/**
 * What {@link VectorEnvironment#step} returns: for each of N users the reward, the two end flags
 * and the step's info (the item shown and how the user responded), as parallel arrays, plus the
 * next observations. A live view owned by the vector environment, overwritten on every step;
 * users whose episode had already ended have {@code shownItem = -1} and zero in every other field.
 *
 * <p>The environment writes it through {@link #recordResponse}, {@link #recordHate},
 * {@link #recordEnd} and {@link #clear}; wrappers may adjust it ({@link #setReward},
 * {@link #recordEnd}) before their caller reads it. Agents only read.
 */
public final class StepOutcomes {

    private final int[] shownItem;
    private final double[] shownAtSeconds;
    private final double[] watchFraction;
    private final double[] watchSeconds;
    private final boolean[] liked;
    private final boolean[] shared;
    private final boolean[] commented;
    private final boolean[] downloaded;
    private final boolean[] hated;
    private final double[] reward;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final EndReason[] endReason;
    private final boolean[] sessionStarted;
    /**
     * Whether user {@code u}'s row is as {@link #clear} left it and unwritten since: an ended user
     * is cleared on every step, and this lets the repeats cost one read instead of fourteen stores.
     * Every method that writes a row must therefore set its entry to false.
     */
    private final boolean[] blank;

    private final ObservationBatch observations;

    /**
     * Outcomes for {@code n} users.
     *
     * @param n            number of users
     * @param observations the live observation batch these outcomes come with
     */
    public StepOutcomes(int n, ObservationBatch observations) {
        this.observations = observations;
        shownItem = new int[n];
        shownAtSeconds = new double[n];
        watchFraction = new double[n];
        watchSeconds = new double[n];
        liked = new boolean[n];
        shared = new boolean[n];
        commented = new boolean[n];
        downloaded = new boolean[n];
        hated = new boolean[n];
        reward = new double[n];
        terminated = new boolean[n];
        truncated = new boolean[n];
        endReason = new EndReason[n];
        java.util.Arrays.fill(endReason, EndReason.NONE);
        sessionStarted = new boolean[n];
        blank = new boolean[n];
    }

    /** Number of users N. */
    public int size() {
        return reward.length;
    }

    /** The observations after this step (the same live view as the environment's). */
    public ObservationBatch observations() {
        return observations;
    }

    /**
     * Records user {@code u}'s response to the item shown; the end flags are cleared.
     *
     * @param reward the step's reward; finite
     */
    public void recordResponse(int u, int item, double shownAtSeconds, double watchFraction, double watchSeconds,
                               boolean liked, boolean shared, boolean commented, boolean downloaded, double reward) {
        blank[u] = false;
        shownItem[u] = item;
        this.shownAtSeconds[u] = shownAtSeconds;
        this.watchFraction[u] = watchFraction;
        this.watchSeconds[u] = watchSeconds;
        this.liked[u] = liked;
        this.shared[u] = shared;
        this.commented[u] = commented;
        this.downloaded[u] = downloaded;
        this.hated[u] = false;
        this.reward[u] = reward;
        endReason[u] = EndReason.NONE;
        terminated[u] = false;
        truncated[u] = false;
        sessionStarted[u] = false;
    }

    /** Replaces user {@code u}'s reward (reward wrappers). */
    public void setReward(int u, double reward) {
        blank[u] = false;
        this.reward[u] = reward;
    }

    /**
     * Records how user {@code u}'s step ended: {@code reason} sets the two flags
     * ({@link EndReason#NONE} clears them).
     *
     * @param sessionStarted true if a new session began after this step
     */
    public void recordEnd(int u, EndReason reason, boolean sessionStarted) {
        blank[u] = false;
        endReason[u] = reason;
        terminated[u] = reason.terminates();
        truncated[u] = reason.truncates();
        this.sessionStarted[u] = sessionStarted;
    }

    /** Marks user {@code u} as not stepped (its episode had ended): every field zero, no item. */
    public void clear(int u) {
        if (blank[u]) {
            return;
        }
        blank[u] = true;
        shownItem[u] = -1;
        shownAtSeconds[u] = 0;
        watchFraction[u] = 0;
        watchSeconds[u] = 0;
        liked[u] = false;
        shared[u] = false;
        commented[u] = false;
        downloaded[u] = false;
        hated[u] = false;
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

    /** Watch ratio: watch time / duration, in (0, watchCap] (above 1 for replays when the response model allows them). */
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

    /**
     * Records whether user {@code u} marked the item just recorded "not interested" (a hate, the
     * negative signal); call after {@link #recordResponse}, which clears it.
     */
    public void recordHate(int u, boolean hated) {
        blank[u] = false;
        this.hated[u] = hated;
    }

    /** True if the user marked the item "not interested" (a hate). It changes neither reward nor state. */
    public boolean hated(int u) {
        return hated[u];
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
