package org.feedgym.simulator.fidelity;

/**
 * A fidelity target: a pooled sample of per-row, per-session, per-user or per-user-day values
 * computed from interaction rows, compared between real and simulated rows by distribution
 * distances (see {@link Distances}).
 */
public interface Target {

    /** A stable name, e.g. {@code "watch-ratio"}; the key in {@code fidelity.json}. */
    String name();

    /** What one value is, with its unit, in a sentence for the report. */
    String description();

    /** The unit of the values, e.g. {@code "hours"}, or {@code ""} for a ratio. */
    String unit();

    /** How keeping only the selected rows (see {@link Selection}) distorts this target. */
    String selectionBias();

    /**
     * The pooled sample.
     *
     * @param rows rows already passed through the comparison's selection
     * @return the values, no NaN; empty when the rows define none
     */
    double[] values(InteractionTable rows);
}
