package org.feedgym.agents;

/**
 * Training produced a NaN or infinite loss or Q-value. The message names the agent, the step
 * and the value.
 */
public final class TrainingDivergedException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param agent agent name or type
     * @param step  environment step at which divergence was detected
     * @param what  which quantity, e.g. {@code loss} or {@code Q-value}
     * @param value the offending value
     */
    public TrainingDivergedException(String agent, long step, String what, double value) {
        super("agent '" + agent + "' diverged at step " + step + ": " + what + " = " + value);
    }
}
