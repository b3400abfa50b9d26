package org.feedgym.agents.intervention;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;

/**
 * An intervention around an agent that trains: training is the inner agent's own (a wrapped DQN
 * trains exactly as DQN does, on its own choices); the intervention applies from evaluation on.
 * Wrappers of agents that do not train are plain {@link InterventionAgent}s, so a run reports them
 * as not trained.
 */
public final class TrainableInterventionAgent extends InterventionAgent implements TrainableAgent {

    private final TrainableAgent trainable;

    /** As {@link InterventionAgent#InterventionAgent}, with an inner agent that trains. */
    public TrainableInterventionAgent(String type, Object parameters, CandidateRule rule, TrainableAgent inner,
                                      AgentContext context) {
        super(type, parameters, rule, (Agent) inner, context);
        this.trainable = inner;
    }

    @Override
    public void train(Training training) throws TrainingDivergedException {
        trainable.train(training);
    }
}
