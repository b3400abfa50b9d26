package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;

/**
 * Pull counts and reward sums per arm: the sufficient statistics of the mean-based bandits, and
 * the success counts of Beta–Bernoulli Thompson sampling. They are also what a saved arm bandit
 * holds ({@link #state()}, {@link #restore}); the total is their sum and is not saved apart.
 */
final class ArmStatistics {

    private final long[] pulls;
    private final double[] sums;
    private long total;

    ArmStatistics(int arms) {
        if (arms < 1) {
            throw new IllegalArgumentException("arms must be >= 1, got " + arms);
        }
        this.pulls = new long[arms];
        this.sums = new double[arms];
    }

    /**
     * The saved form of the statistics.
     *
     * @param pulls per arm, how many times it was pulled
     * @param sums  per arm, the sum of its rewards
     */
    record State(long[] pulls, double[] sums) {
    }

    int arms() {
        return pulls.length;
    }

    void add(int arm, double reward) {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, got " + reward + " for arm " + arm);
        }
        pulls[arm]++;
        sums[arm] += reward;
        total++;
    }

    long pulls(int arm) {
        return pulls[arm];
    }

    double sum(int arm) {
        return sums[arm];
    }

    /** Empirical mean reward of {@code arm}; 0 before its first pull. */
    double mean(int arm) {
        return pulls[arm] == 0 ? 0 : sums[arm] / pulls[arm];
    }

    long total() {
        return total;
    }

    /** A copy of the statistics. */
    State state() {
        return new State(pulls.clone(), sums.clone());
    }

    /**
     * Replaces the statistics with saved ones.
     *
     * @param field the state's field, e.g. {@code arms}, for messages
     * @throws IllegalArgumentException naming {@code $.state.<field>} when an array is missing, is
     *                                  not one number per arm, or holds a negative count or a
     *                                  non-finite sum
     */
    void restore(String field, State state) {
        StateChecks.required(field, state);
        long[] p = StateChecks.counts(field + ".pulls", state.pulls(), pulls.length);
        double[] s = StateChecks.finite(field + ".sums", state.sums(), sums.length);
        long t = 0;
        for (long n : p) {
            t += n;
            if (t < 0) {
                throw new IllegalArgumentException(StateChecks.path(field + ".pulls") + " must sum to at most "
                        + Long.MAX_VALUE);
            }
        }
        System.arraycopy(p, 0, pulls, 0, pulls.length);
        System.arraycopy(s, 0, sums, 0, sums.length);
        total = t;
    }
}
