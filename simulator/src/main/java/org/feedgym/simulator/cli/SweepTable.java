package org.feedgym.simulator.cli;

import java.util.List;
import java.util.Locale;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.sweep.SweepSummary;

/**
 * Renders a sweep's {@code summary.json} as one line per trial × agent, with the registry's
 * {@link Metric.Use#SWEEP_TABLE} metrics.
 */
final class SweepTable {

    private SweepTable() {
    }

    static String render(SweepSummary summary) {
        List<Metric> columns = MetricRegistry.in(Metric.Use.SWEEP_TABLE);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s %-40s %-20s", "trial", "values", "agent"));
        for (Metric c : columns) {
            sb.append(String.format(Locale.ROOT, " %-16s", c.label().toLowerCase(Locale.ROOT)));
        }
        sb.append(String.format("%n"));
        for (SweepSummary.Trial trial : summary.trials()) {
            String values = trial.valuesText();
            if (!trial.ok()) {
                sb.append(String.format(Locale.ROOT, "%-10s %-40s failed: %s%n", trial.id(), values, trial.error()));
                continue;
            }
            for (Summary.AgentSummary agent : trial.agents()) {
                if (!agent.ok()) {
                    sb.append(String.format(Locale.ROOT, "%-10s %-40s %-20s failed: %s%n", trial.id(), values,
                            agent.id(), agent.error()));
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%-10s %-40s %-20s", trial.id(), values, agent.id()));
                for (Metric c : columns) {
                    sb.append(String.format(Locale.ROOT, " %-16s", SummaryTable.cell(agent.metric(c), c)));
                }
                sb.append(String.format("%n"));
            }
        }
        return sb.toString();
    }
}
