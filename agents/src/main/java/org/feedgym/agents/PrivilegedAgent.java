package org.feedgym.agents;

import org.feedgym.env.PrivilegedView;

/**
 * An agent that reads the hidden user state (the oracle and the myopic engagement maximiser).
 * The simulator grants the view of each population before the agent acts on it; learning agents
 * never implement this interface.
 */
public interface PrivilegedAgent extends Agent {

    /** Grants read access to the hidden state of the population about to be acted on. */
    void grant(PrivilegedView view);
}
