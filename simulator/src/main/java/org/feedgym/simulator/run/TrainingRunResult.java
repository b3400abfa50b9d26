package org.feedgym.simulator.run;

import java.io.Serializable;
import java.util.List;

/**
 * What one training run (one replicate of one agent) produced, in a form that can be kept on
 * disk between a killed run and its resumption, or sent from the machine that computed it to the
 * one that writes the run (the Spark engine).
 *
 * @param episodes   the evaluation episodes, in user order
 * @param replicate  the population-level figures; {@code null} when training diverged
 * @param timeSeries the run's exposure per watch-time bucket, by bucket then group
 * @param daily      the run's exposure per simulated day, by day then group
 * @param training   the training curve's points
 * @param learns     whether the agent trained
 * @param error      why training diverged, or {@code null}
 */
public record TrainingRunResult(List<EpisodeRecord> episodes, ReplicateRecord replicate, List<TimeSeries.Cell> timeSeries,
                         List<TimeSeries.Cell> daily, List<TrainingPoint> training, boolean learns, String error) implements Serializable {

    /** Copies the lists, so a result is immutable. */
    public TrainingRunResult {
        episodes = List.copyOf(episodes);
        timeSeries = List.copyOf(timeSeries);
        daily = List.copyOf(daily);
        training = List.copyOf(training);
    }

    /** A run whose training diverged. */
    static TrainingRunResult diverged(List<TrainingPoint> training, String error) {
        return new TrainingRunResult(List.of(), null, List.of(), List.of(), training, true, error);
    }
}
