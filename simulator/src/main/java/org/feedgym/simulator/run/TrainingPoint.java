package org.feedgym.simulator.run;

/**
 * One training episode of a learning agent: a row of {@code training.csv}.
 *
 * @param agent         agent name
 * @param replicate     replicate (each replicate trains a fresh agent)
 * @param step          environment steps so far
 * @param episode       episode number
 * @param episodeReturn sum of rewards of the episode
 * @param loss          mean loss over the episode, NaN when no update ran
 * @param epsilon       exploration rate, NaN when not applicable
 */
public record TrainingPoint(String agent, int replicate, long step, int episode, double episodeReturn, double loss,
                            double epsilon) implements java.io.Serializable {
}
