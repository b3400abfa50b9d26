package org.feedgym.agents.bandit;

/**
 * A multi-armed bandit over a fixed set of arms {@code 0..armCount()-1} where each decision is
 * among the arms offered at that moment (a "sleeping" bandit: in a feed only the K candidates'
 * arms are available). The same arm may be offered more than once; the first position holding
 * the best arm wins.
 *
 * <p>Implementations are deterministic given their seeded generator and the sequence of calls;
 * they are not thread-safe.
 */
public interface ArmBandit {

    /** Number of arms. */
    int armCount();

    /**
     * Chooses one of the offered arms.
     *
     * @param arms  arm ids, each in [0, {@link #armCount()})
     * @param from  first offered position in {@code arms}
     * @param count number of offered positions, &ge; 1
     * @return the chosen position, in [0, count), relative to {@code from}
     */
    int choose(int[] arms, int from, int count);

    /**
     * Records the reward of one pull of {@code arm}.
     *
     * @param arm    the arm pulled
     * @param reward its reward (each implementation states the range it assumes)
     */
    void update(int arm, double reward);

    /** How many times {@code arm} has been pulled (updated) so far. */
    long pulls(int arm);

    /** Total pulls over all arms. */
    long totalPulls();
}
