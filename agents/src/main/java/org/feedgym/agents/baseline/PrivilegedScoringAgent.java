package org.feedgym.agents.baseline;

import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.PrivilegedView;

/**
 * Base of the agents that score candidates from the hidden user state: they must be granted the
 * {@link PrivilegedView} before acting.
 */
public abstract class PrivilegedScoringAgent extends ScoringAgent implements PrivilegedAgent {

    private PrivilegedView view;

    @Override
    public final void grant(PrivilegedView privilegedView) {
        this.view = privilegedView;
    }

    /** The value of showing catalog item {@code item} to user {@code user}, read from the hidden state. */
    protected abstract double value(PrivilegedView hidden, int user, int item);

    @Override
    protected final double score(ObservationBatch observations, int u, int c) {
        if (view == null) {
            throw new IllegalStateException(type() + " needs the privileged view: grant(...) was not called");
        }
        return value(view, u, observations.candidate(u, c));
    }
}
