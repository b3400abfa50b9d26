package org.feedgym.simulator.run;

import java.io.Serializable;
import java.util.List;

/**
 * What one training run (one replicate of one agent) produced, in a form that can be kept on
 * disk between a killed run and its resumption, or sent from the machine that computed it to the
 * one that writes the run (the Spark engine).
 *
 * @param episodes   the evaluation episodes, in user order (serialised with their bytes)
 * @param replicate  the population-level figures; {@code null} when training diverged
 * @param timeSeries the run's exposure per watch-time bucket, by bucket then group
 * @param daily      the run's exposure per simulated day, by day then group
 * @param training   the training curve's points
 * @param learns     whether the agent trained
 * @param error      why training diverged, or {@code null}
 */
public record TrainingRunResult(Episodes episodes, ReplicateRecord replicate, List<TimeSeries.Cell> timeSeries,
                         List<TimeSeries.Cell> daily, List<TrainingPoint> training, boolean learns, String error) implements Serializable {

    /** Copies the lists, so a result is immutable (the episodes are immutable already). */
    public TrainingRunResult {
        timeSeries = List.copyOf(timeSeries);
        daily = List.copyOf(daily);
        training = List.copyOf(training);
    }

    /** A run whose training diverged. */
    static TrainingRunResult diverged(List<TrainingPoint> training, String error) {
        return new TrainingRunResult(Episodes.NONE, null, List.of(), List.of(), training, true, error);
    }

    /** This run with its episodes kept in {@code log} (read back from a checkpoint into memory, say). */
    TrainingRunResult withEpisodesIn(EpisodeLog log) {
        return new TrainingRunResult(episodes.keptIn(log), replicate, timeSeries, daily, training, learns, error);
    }
}
