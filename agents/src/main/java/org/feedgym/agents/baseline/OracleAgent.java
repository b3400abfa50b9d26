package org.feedgym.agents.baseline;

import org.feedgym.env.PrivilegedView;

/**
 * The oracle: shows the candidate with the highest true expected immediate reward, harm penalty
 * included, from the hidden user state. It is myopic (one step ahead), so a policy that plans
 * for boredom and returns can beat it on long episodes; it bounds what a one-step scorer can do.
 */
public final class OracleAgent extends PrivilegedScoringAgent {

    /** Registry type. */
    public static final String TYPE = "oracle";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double value(PrivilegedView hidden, int user, int item) {
        return hidden.expectedReward(user, item);
    }
}
