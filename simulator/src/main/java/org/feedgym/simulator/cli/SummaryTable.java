package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Renders {@code summary.json} as a plain-text table for the terminal and the README. */
final class SummaryTable {

    private static final String[][] COLUMNS = {
        {"return", "return", "%.2f"},
        {"watchMinutes", "watch min", "%.1f"},
        {"sessionSteps", "items", "%.1f"},
        {"likeRate", "like rate", "%.3f"},
        {"harmfulShareItems", "harmful share", "%.3f"},
        {"reachedHarmful", "reached harm", "%.2f"},
        {"minutesToFirstHarmful", "min to 1st harm", "%.1f"},
        {"topicEntropyBits", "topic entropy", "%.2f"},
    };

    private SummaryTable() {
    }

    static String render(JsonNode summary) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-20s", "agent"));
        for (String[] c : COLUMNS) {
            sb.append(String.format(Locale.ROOT, " | %-21s", c[1]));
        }
        sb.append('\n');
        for (JsonNode agent : summary.get("agents")) {
            sb.append(String.format(Locale.ROOT, "%-20s", agent.get("id").asText()));
            for (String[] c : COLUMNS) {
                sb.append(" | ").append(String.format(Locale.ROOT, "%-21s", cell(agent.get("metrics").get(c[0]), c[2])));
            }
            sb.append('\n');
        }
        sb.append("Mean over episodes with 95% CI half-width. Harmful share split by persona: summary.json byPersona.\n");
        String vulnerable = "teen-vulnerable";
        boolean hasVulnerable = summary.get("agents").get(0).get("byPersona").has(vulnerable);
        if (hasVulnerable) {
            sb.append(String.format(Locale.ROOT, "%nHarmful share of items by persona:%n%-20s", "agent"));
            JsonNode personas = summary.get("agents").get(0).get("byPersona");
            personas.fieldNames().forEachRemaining(p -> sb.append(String.format(Locale.ROOT, " | %-21s", p)));
            sb.append('\n');
            for (JsonNode agent : summary.get("agents")) {
                sb.append(String.format(Locale.ROOT, "%-20s", agent.get("id").asText()));
                agent.get("byPersona").fields().forEachRemaining(e -> sb.append(" | ")
                        .append(String.format(Locale.ROOT, "%-21s", cell(e.getValue().get("harmfulShareItems"), "%.3f"))));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String cell(JsonNode estimate, String format) {
        JsonNode mean = estimate.get("mean");
        if (mean == null || mean.isNull()) {
            return "-";
        }
        String m = String.format(Locale.ROOT, format, mean.asDouble());
        JsonNode lo = estimate.get("ci95Low");
        JsonNode hi = estimate.get("ci95High");
        if (lo == null || lo.isNull() || hi == null || hi.isNull()) {
            return m;
        }
        return m + " ± " + String.format(Locale.ROOT, format, (hi.asDouble() - lo.asDouble()) / 2);
    }
}
