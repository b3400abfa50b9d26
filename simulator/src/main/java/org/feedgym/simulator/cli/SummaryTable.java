package org.feedgym.simulator.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;

/**
 * Renders {@code summary.json} as a plain-text table for the terminal and the README: the
 * {@link Metric.Use#RUN_TABLE} metrics of the registry, labelled and formatted as it says.
 */
final class SummaryTable {

    private SummaryTable() {
    }

    static String render(Summary summary) {
        List<Metric> columns = MetricRegistry.in(Metric.Use.RUN_TABLE);
        boolean anyLearns = summary.agents().stream().anyMatch(Summary.AgentSummary::learner);
        Metric headline = MetricRegistry.RETURN;
        StringBuilder sb = new StringBuilder();
        // The agent column is as wide as the longest name (an intervention stack's can pass 20).
        String name = "%-" + summary.agents().stream().mapToInt(a -> a.id().length()).reduce(20, Math::max) + "s";
        sb.append(String.format(Locale.ROOT, name + " | %-11s", "agent", "interval"));
        for (Metric c : columns) {
            sb.append(String.format(Locale.ROOT, " | %-21s", c.label().toLowerCase(Locale.ROOT)));
        }
        if (anyLearns) {
            sb.append(String.format(Locale.ROOT, " | %-21s", "P(> " + summary.baseline() + ")"));
        }
        sb.append('\n');
        for (Summary.AgentSummary agent : summary.agents()) {
            sb.append(String.format(Locale.ROOT, name + " | %-11s", agent.id(), interval(agent)));
            for (Metric c : columns) {
                sb.append(" | ").append(String.format(Locale.ROOT, "%-21s", cell(agent.shown(c), c)));
            }
            if (anyLearns) {
                sb.append(" | ").append(String.format(Locale.ROOT, "%-21s",
                        probability(agent.probabilityOfImprovement(headline))));
            }
            sb.append('\n');
        }
        sb.append("Mean ± half-width of the 95% CI ([low, high] when not symmetric). interval says over what:"
                + " 'N runs' = over the means of N training runs ("
                + runInterval(summary) + "), the default for agents that learn; 'N ep' = over N episodes.\n");
        if (anyLearns) {
            sb.append("P(> " + summary.baseline() + "): share of (training run, " + summary.baseline()
                    + " run) pairs where the agent's mean " + headline.label().toLowerCase(Locale.ROOT)
                    + " is higher, with a 95% bootstrap interval.\n");
        }
        sb.append("Harmful share split by persona: summary.json byPersona.\n");
        String vulnerable = "teen-vulnerable";
        Metric harmful = MetricRegistry.HARMFUL_SHARE_ITEMS;
        Optional<Summary.AgentSummary> first = summary.agents().stream().filter(Summary.AgentSummary::ok).findFirst();
        if (first.isPresent() && first.get().byPersona().containsKey(vulnerable)) {
            sb.append(String.format(Locale.ROOT, "%nHarmful share of items by persona:%n" + name, "agent"));
            List<String> personas = List.copyOf(first.get().byPersona().keySet());
            personas.forEach(p -> sb.append(String.format(Locale.ROOT, " | %-21s", p)));
            sb.append('\n');
            for (Summary.AgentSummary agent : summary.agents()) {
                sb.append(String.format(Locale.ROOT, name, agent.id()));
                for (String p : personas) {
                    sb.append(" | ").append(String.format(Locale.ROOT, "%-21s",
                            cell(agent.persona(p).flatMap(s -> s.metric(harmful)), harmful)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Which interval an agent's row shows: over training runs for an agent that learns. */
    static String interval(Summary.AgentSummary agent) {
        if (!agent.ok()) {
            return "-";
        }
        if (agent.learner() && agent.runLevel() != null) {
            return agent.replicates() + (agent.replicates() == 1 ? " run" : " runs");
        }
        return agent.episodes() + " ep";
    }

    private static String runInterval(Summary summary) {
        return "cluster-bootstrap".equals(summary.runInterval()) ? "cluster bootstrap" : "Student t";
    }

    /** {@code p [low, high]}, or {@code -}. */
    static String probability(Optional<Estimate> p) {
        if (p.isEmpty() || Double.isNaN(p.get().mean())) {
            return "-";
        }
        Estimate e = p.get();
        if (!Double.isFinite(e.ci95Low()) || !Double.isFinite(e.ci95High())) {
            // One training run (or one baseline run): a share with no interval to put beside it.
            return String.format(Locale.ROOT, "%.2f (n = %d, no interval)", e.mean(), e.n());
        }
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", e.mean(), e.ci95Low(), e.ci95High());
    }

    /**
     * {@code mean ± half-width} (or {@code mean [low, high]} when the interval is not symmetric) in
     * the metric's format, as {@link Estimate#format}; {@code -} when there is no mean.
     */
    static String cell(Optional<Estimate> estimate, Metric metric) {
        return estimate.isEmpty() ? "-" : estimate.get().format(metric.format());
    }
}
