package org.feedgym.env;

/**
 * Read access to the hidden user state, for the oracle and the myopic engagement-maximiser only.
 * Learning agents are never given this view: it is handed out explicitly by the simulator to
 * agents that declare they need it, so that a comparison can never leak it by accident.
 */
public interface PrivilegedView {

    /**
     * Expected immediate engagement reward (weights of the reward function, harm ignored) of
     * showing catalog item {@code item} to user {@code user} now.
     */
    double expectedEngagement(int user, int item);

    /** Expected immediate reward including the harm penalty λ·harm. */
    double expectedReward(int user, int item);
}
