package org.feedgym.agents;

/** Receives training progress; the simulator writes it to {@code training.csv}. */
@FunctionalInterface
public interface TrainingLog {

    /**
     * One training episode.
     *
     * @param step          environment steps so far
     * @param episode       episode number (0-based)
     * @param episodeReturn sum of rewards in the episode
     * @param loss          mean training loss over the episode, or NaN when no update ran
     * @param epsilon       exploration rate at the end of the episode, or NaN when not applicable
     */
    void record(long step, int episode, double episodeReturn, double loss, double epsilon);

    /** A log that drops everything. */
    static TrainingLog discard() {
        return (step, episode, episodeReturn, loss, epsilon) -> { };
    }
}
