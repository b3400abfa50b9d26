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
        // Columns as wide as their longest entry (at least the usual 40 and 20), so that a long
        // agent name or list of values does not push the figures out of line.
        int valuesWidth = 40;
        int agentWidth = 20;
        for (SweepSummary.Trial trial : summary.trials()) {
            valuesWidth = Math.max(valuesWidth, trial.valuesText().length());
            for (Summary.AgentSummary agent : trial.ok() ? trial.agents() : List.<Summary.AgentSummary>of()) {
                agentWidth = Math.max(agentWidth, agent.id().length());
            }
        }
        String lead = "%-10s %-" + valuesWidth + "s %-" + agentWidth + "s";
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, lead, "trial", "values", "agent"));
        for (Metric c : columns) {
            line.append(String.format(Locale.ROOT, " %-16s", c.label().toLowerCase(Locale.ROOT)));
        }
        endLine(sb, line);
        for (SweepSummary.Trial trial : summary.trials()) {
            String values = trial.valuesText();
            if (!trial.ok()) {
                line.append(String.format(Locale.ROOT, "%-10s %-" + valuesWidth + "s failed: %s", trial.id(), values,
                        trial.error()));
                endLine(sb, line);
                continue;
            }
            for (Summary.AgentSummary agent : trial.agents()) {
                line.append(String.format(Locale.ROOT, lead, trial.id(), values, agent.id()));
                if (!agent.ok()) {
                    line.append(" failed: ").append(agent.error());
                    endLine(sb, line);
                    continue;
                }
                for (Metric c : columns) {
                    line.append(String.format(Locale.ROOT, " %-16s", SummaryTable.cell(agent.metric(c), c)));
                }
                endLine(sb, line);
            }
        }
        return sb.toString();
    }

    /** Appends {@code line} without its trailing blanks, then a line break, and empties it. */
    private static void endLine(StringBuilder sb, StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        sb.append(line, 0, end).append(System.lineSeparator());
        line.setLength(0);
    }
}
