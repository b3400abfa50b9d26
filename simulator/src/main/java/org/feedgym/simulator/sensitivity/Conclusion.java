package org.feedgym.simulator.sensitivity;

import java.util.List;
import org.feedgym.simulator.metrics.Summary.AgentSummary;

/**
 * A stated inequality between a metric reference and another reference or a number, e.g.
 * {@code oracle return > random return} or
 * {@code greedy-engagement vulnerable/control harmfulShareItems > 1}.
 *
 * @param text     as written
 * @param left     the left side
 * @param operator one of {@code >}, {@code >=}, {@code <}, {@code <=}
 * @param right    the right side, or null when it is a number
 * @param constant the right-hand number when {@code right} is null
 */
public record Conclusion(String text, MetricReference left, String operator, MetricReference right, double constant) {

    /** The operators a conclusion may use. */
    public static final List<String> OPERATORS = List.of(">", ">=", "<", "<=");

    /** Whether it holds in one run; false when either side is missing (NaN). */
    public boolean holds(List<AgentSummary> agents) {
        double a = left.value(agents);
        double b = right == null ? constant : right.value(agents);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        return switch (operator) {
            case ">" -> a > b;
            case ">=" -> a >= b;
            case "<" -> a < b;
            case "<=" -> a <= b;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }
}
