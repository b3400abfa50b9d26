package org.feedgym.agents.baseline;

import org.feedgym.env.PrivilegedView;

/**
 * The myopic engagement maximiser: shows the candidate with the highest expected immediate
 * engagement, reading the hidden user state and ignoring harm. It stands for a platform that
 * optimises watch time and interactions perfectly, one step at a time.
 */
public final class GreedyEngagementAgent extends PrivilegedScoringAgent {

    /** Registry type. */
    public static final String TYPE = "greedy-engagement";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double value(PrivilegedView hidden, int user, int item) {
        return hidden.expectedEngagement(user, item);
    }
}
