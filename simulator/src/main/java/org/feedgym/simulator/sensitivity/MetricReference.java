package org.feedgym.simulator.sensitivity;

import java.util.List;
import java.util.Optional;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.Summary.AgentSummary;

/**
 * A number read from a run's summary: one agent's metric ({@code oracle return}), the difference
 * of two agents' means ({@code oracle - random return}; over the same users and seeds this equals
 * the mean paired difference), or an agent's vulnerable ÷ control persona ratio
 * ({@code greedy-engagement vulnerable/control harmfulShareItems}).
 *
 * @param text   the reference as written
 * @param kind   which of the three
 * @param agent  the agent
 * @param other  the subtracted agent ({@link Kind#DIFFERENCE} only), else null
 * @param metric the metric
 */
public record MetricReference(String text, Kind kind, String agent, String other, Metric metric) {

    /** The three forms. */
    public enum Kind { VALUE, DIFFERENCE, RATIO }

    /** The token between agent and metric in a ratio reference. */
    public static final String RATIO_TOKEN = "vulnerable/control";

    /** The value in one run's agents; NaN when an agent failed or the figure is missing. */
    public double value(List<AgentSummary> agents) {
        return switch (kind) {
            case VALUE -> mean(agents, agent);
            case DIFFERENCE -> mean(agents, agent) - mean(agents, other);
            case RATIO -> find(agents, agent)
                    .map(AgentSummary::vulnerableToControl)
                    .map(r -> r.ratios().get(metric.key()))
                    .map(Estimate::mean).orElse(Double.NaN);
        };
    }

    private double mean(List<AgentSummary> agents, String id) {
        return find(agents, id).flatMap(a -> a.metric(metric)).map(Estimate::mean).orElse(Double.NaN);
    }

    private static Optional<AgentSummary> find(List<AgentSummary> agents, String id) {
        return agents == null ? Optional.empty() : agents.stream().filter(a -> a.id().equals(id) && a.ok()).findFirst();
    }
}
