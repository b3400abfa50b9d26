package org.feedgym.agents.bandit;

/**
 * Base of the arm bandits that keep pulls and reward sums per arm in one {@link ArmStatistics}
 * (ε-greedy, UCB1, Beta-Bernoulli Thompson): the bookkeeping every one of them shares, so each
 * adds only its choice rule.
 */
public abstract class StatisticsBandit implements ArmBandit {

    /** Pulls and reward sums per arm. */
    protected final ArmStatistics stats;

    /** @param arms number of arms, &ge; 1 */
    protected StatisticsBandit(int arms) {
        this.stats = new ArmStatistics(arms);
    }

    @Override
    public int armCount() {
        return stats.arms();
    }

    @Override
    public void update(int arm, double reward) {
        stats.add(arm, reward);
    }

    /** Empirical mean reward of {@code arm}; 0 before its first pull. */
    public double mean(int arm) {
        return stats.mean(arm);
    }

    @Override
    public long pulls(int arm) {
        return stats.pulls(arm);
    }

    @Override
    public long totalPulls() {
        return stats.total();
    }

    /** The statistics (saved and restored by the agent). */
    ArmStatistics statistics() {
        return stats;
    }
}
