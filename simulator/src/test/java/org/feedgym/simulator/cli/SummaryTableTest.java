package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void theAgentColumnWidensToTheLongestNameSoEveryRowLinesUp() {
        String longName = "autoplay-off(break-prompt(greedy-engagement))";
        Summary summary = new Summary("x", 1, "random", List.of(Summary.AgentSummary.failed("random", "random", "boom"),
                Summary.AgentSummary.failed(longName, "greedy-engagement", "boom")));
        List<String> rows = SummaryTable.render(summary).lines().limit(3).toList();
        int bar = rows.get(0).indexOf(" | ");
        assertEquals(longName.length(), bar, rows.get(0));
        for (String row : rows) {
            assertEquals(bar, row.indexOf(" | "), row);
        }
        assertTrue(rows.get(2).startsWith(longName + " | "), rows.get(2));
    }

    @Test
    void aProbabilityOfImprovementFromOneTrainingRunSaysItHasNoInterval() {
        org.feedgym.simulator.metrics.Estimate one = new org.feedgym.simulator.metrics.Estimate(1.0, Double.NaN,
                Double.NaN, 1);
        assertEquals("1.00 (n = 1, no interval)", SummaryTable.probability(java.util.Optional.of(one)));
        org.feedgym.simulator.metrics.Estimate ten = new org.feedgym.simulator.metrics.Estimate(0.9, 0.7, 1.0, 10);
        assertEquals("0.90 [0.70, 1.00]", SummaryTable.probability(java.util.Optional.of(ten)));
        assertEquals("-", SummaryTable.probability(java.util.Optional.empty()));
    }
}
