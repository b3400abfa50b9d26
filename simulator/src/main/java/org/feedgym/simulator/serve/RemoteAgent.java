package org.feedgym.simulator.serve;

import org.feedgym.agents.Agent;
import org.feedgym.env.ObservationBatch;

/**
 * The Python policy inside a Java evaluation: each {@link #act} sends the observation batch over
 * the serve session's pipe and reads the actions back, so the evaluation loop, its recorders and
 * its run directory are the ones every other agent gets. Exists only inside {@code feedgym serve}
 * (registered there as type {@value ServeSession#PYTHON_AGENT}); not savable, since its state
 * lives in the Python process.
 *
 * <p>The type is registered {@link org.feedgym.agents.registry.AgentType#sequential() sequential}:
 * the evaluation runs this agent's replicates one after another, in replicate order, so only one
 * agent uses the pipe at a time and a deterministic policy, even one that keeps state (a seeded
 * generator), is asked the same batches in the same order and writes the same run directory
 * whatever the thread count. The round is the how-many-th agent of the evaluation, in that order.
 */
final class RemoteAgent implements Agent {

    private final ServeSession session;
    private final int round;

    /**
     * @param round the how-many-th agent of this evaluation (one per replicate), told to the policy
     */
    RemoteAgent(ServeSession session, int round) {
        this.session = session;
        this.round = round;
    }

    @Override
    public String type() {
        return ServeSession.PYTHON_AGENT;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        session.act(round, observations, actions);
    }
}
