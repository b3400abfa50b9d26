package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Renders a sweep's {@code summary.json} as one line per trial × agent. */
final class SweepTable {

    private SweepTable() {
    }

    static String render(JsonNode summary) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %-40s %-20s %-16s %-16s %-16s%n", "trial", "values", "agent", "return",
                "watch min", "harmful share"));
        for (JsonNode trial : summary.get("trials")) {
            String values = trial.get("values").toString();
            if (!"ok".equals(trial.get("status").asText())) {
                sb.append(String.format(Locale.ROOT, "%-10s %-40s failed: %s%n", trial.get("id").asText(), values,
                        trial.get("error").asText()));
                continue;
            }
            for (JsonNode agent : trial.get("agents")) {
                if (!"ok".equals(agent.path("status").asText("ok"))) {
                    sb.append(String.format(Locale.ROOT, "%-10s %-40s %-20s failed: %s%n", trial.get("id").asText(),
                            values, agent.get("id").asText(), agent.path("error").asText()));
                    continue;
                }
                JsonNode m = agent.get("metrics");
                sb.append(String.format(Locale.ROOT, "%-10s %-40s %-20s %-16s %-16s %-16s%n", trial.get("id").asText(),
                        values, agent.get("id").asText(), SummaryTable.cell(m.get("return"), "%.2f"),
                        SummaryTable.cell(m.get("watchMinutes"), "%.1f"),
                        SummaryTable.cell(m.get("harmfulShareItems"), "%.3f")));
            }
        }
        return sb.toString();
    }
}
