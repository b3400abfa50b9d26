package org.feedgym.agents.rl;

import org.feedgym.agents.TrainingDivergedException;

/**
 * Carries a divergence out of RL4J's training loops (which declare no checked exceptions and
 * may run on worker threads) to the learner that started them, which rethrows it as a
 * {@link TrainingDivergedException}.
 */
final class Rl4jDivergence extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long step;
    private final String what;
    private final double value;

    Rl4jDivergence(long step, String what, double value) {
        super(what + " = " + value + " at step " + step, null, false, false);
        this.step = step;
        this.what = what;
        this.value = value;
    }

    /** The checked exception the agent throws for it. */
    TrainingDivergedException toTrainingException(String agent) {
        return new TrainingDivergedException(agent, step, what, value);
    }
}
