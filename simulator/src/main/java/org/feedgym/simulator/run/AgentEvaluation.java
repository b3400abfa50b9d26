package org.feedgym.simulator.run;

import java.util.List;

/**
 * Everything measured about one agent in one experiment.
 *
 * @param name       agent name
 * @param type       agent registry type
 * @param episodes   episodes in (replicate, user) order, read from the run's {@link EpisodeLog};
 *                   none when the agent failed
 * @param replicates population-level figures per replicate
 * @param timeSeries exposure per watch-time bucket, pooled over replicates
 * @param daily      exposure per simulated day, pooled over replicates
 * @param training   training progress, one point per training episode (empty for agents that
 *                   do not train)
 * @param error      why the agent failed (training diverged, say), or {@code null}
 * @param learns     true when the agent was trained before evaluation, so that each replicate is a
 *                   training run of its own
 * @param ranker     for an intervention, the name of the ranker it wraps (compared with it when the
 *                   config also evaluates that ranker bare); null otherwise
 * @param userSide   the user-side interventions the agent's users ran under, by type, innermost
 *                   first; empty for none
 */
public record AgentEvaluation(String name, String type, Episodes episodes, List<ReplicateRecord> replicates,
                              TimeSeries timeSeries, TimeSeries daily, List<TrainingPoint> training, String error,
                              boolean learns, String ranker, List<String> userSide) {

    public AgentEvaluation {
        replicates = List.copyOf(replicates);
        userSide = List.copyOf(userSide);
        training = List.copyOf(training);
    }

    /** True when the agent failed and has no evaluation. */
    public boolean failed() {
        return error != null;
    }
}
