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
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-20s", "agent"));
        for (Metric c : columns) {
            sb.append(String.format(Locale.ROOT, " | %-21s", c.label().toLowerCase(Locale.ROOT)));
        }
        sb.append('\n');
        for (Summary.AgentSummary agent : summary.agents()) {
            sb.append(String.format(Locale.ROOT, "%-20s", agent.id()));
            for (Metric c : columns) {
                sb.append(" | ").append(String.format(Locale.ROOT, "%-21s", cell(agent.metric(c), c)));
            }
            sb.append('\n');
        }
        sb.append("Mean over episodes with 95% CI half-width. Harmful share split by persona: summary.json byPersona.\n");
        String vulnerable = "teen-vulnerable";
        Metric harmful = MetricRegistry.HARMFUL_SHARE_ITEMS;
        Optional<Summary.AgentSummary> first = summary.agents().stream().filter(Summary.AgentSummary::ok).findFirst();
        if (first.isPresent() && first.get().byPersona().containsKey(vulnerable)) {
            sb.append(String.format(Locale.ROOT, "%nHarmful share of items by persona:%n%-20s", "agent"));
            List<String> personas = List.copyOf(first.get().byPersona().keySet());
            personas.forEach(p -> sb.append(String.format(Locale.ROOT, " | %-21s", p)));
            sb.append('\n');
            for (Summary.AgentSummary agent : summary.agents()) {
                sb.append(String.format(Locale.ROOT, "%-20s", agent.id()));
                for (String p : personas) {
                    sb.append(" | ").append(String.format(Locale.ROOT, "%-21s",
                            cell(agent.persona(p).flatMap(s -> s.metric(harmful)), harmful)));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code mean ± half-width} in the metric's format; {@code -} when there is no mean. */
    static String cell(Optional<Estimate> estimate, Metric metric) {
        if (estimate.isEmpty() || Double.isNaN(estimate.get().mean())) {
            return "-";
        }
        Estimate e = estimate.get();
        String m = metric.format(e.mean());
        if (Double.isNaN(e.ci95Low()) || Double.isNaN(e.ci95High())) {
            return m;
        }
        return m + " ± " + metric.format((e.ci95High() - e.ci95Low()) / 2);
    }
}
