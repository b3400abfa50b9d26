package org.feedgym.agents.bandit;

/** Pull counts and reward sums per arm: the sufficient statistics of the mean-based bandits. */
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
}
