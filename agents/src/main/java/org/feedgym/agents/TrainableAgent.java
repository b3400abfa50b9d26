package org.feedgym.agents;

/**
 * An agent that learns before it is evaluated. The simulator calls {@link #train} once, on
 * training users whose seeds never coincide with the evaluation users' seeds, then evaluates
 * the agent like any other.
 */
public interface TrainableAgent extends Agent {

    /**
     * Trains the agent.
     *
     * @param training the world, the training seed and where to log progress
     * @throws TrainingDivergedException when a loss or Q-value becomes NaN or infinite; the run
     *                                   marks this agent as failed and goes on with the others
     */
    void train(Training training) throws TrainingDivergedException;
}
