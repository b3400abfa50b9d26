package org.feedgym.agents.baseline;

import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.env.world.ObservationBatch;
import org.feedgym.env.world.PrivilegedView;

/**
 * The oracle: shows the candidate with the highest true expected immediate reward, harm penalty
 * included, from the hidden user state. It is myopic (one step ahead), so a policy that plans
 * for boredom and returns can beat it on long episodes; it bounds what a one-step scorer can do.
 */
public final class OracleAgent extends ScoringAgent implements PrivilegedAgent {

    /** Registry type. */
    public static final String TYPE = "oracle";

    private PrivilegedView view;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void grant(PrivilegedView privilegedView) {
        this.view = privilegedView;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        if (view == null) {
            throw new IllegalStateException(TYPE + " needs the privileged view: grant(...) was not called");
        }
        return view.expectedReward(u, observations.candidate(u, c));
    }
}
