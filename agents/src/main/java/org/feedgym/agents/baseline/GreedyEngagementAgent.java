package org.feedgym.agents.baseline;

import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.env.world.ObservationBatch;
import org.feedgym.env.world.PrivilegedView;

/**
 * The myopic engagement maximiser: shows the candidate with the highest expected immediate
 * engagement, reading the hidden user state and ignoring harm. It stands for a platform that
 * optimises watch time and interactions perfectly, one step at a time.
 */
public final class GreedyEngagementAgent extends ScoringAgent implements PrivilegedAgent {

    /** Registry type. */
    public static final String TYPE = "greedy-engagement";

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
        return view.expectedEngagement(u, observations.candidate(u, c));
    }
}
