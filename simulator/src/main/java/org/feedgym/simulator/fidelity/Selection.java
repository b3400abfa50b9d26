package org.feedgym.simulator.fidelity;

import java.util.List;

/**
 * Which rows a comparison keeps: those carrying at least one of the named signals, or all rows.
 * Real and simulated rows go through the same selection before they are compared, so a log that
 * only holds rows with an explicit like or hate (the KuaiRand subset) is compared with simulated
 * rows that have a simulated like or hate.
 *
 * @param name    short name, e.g. {@code "like or hate"}
 * @param anyOf   the signals of which a kept row has at least one; empty keeps every row
 * @param note    what the selection does to the data, in a sentence for the report
 */
public record Selection(String name, List<String> anyOf, String note) {

    /** Validates and copies. */
    public Selection {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, got " + name);
        }
        anyOf = List.copyOf(anyOf);
        if (note == null) {
            throw new IllegalArgumentException("note must not be null");
        }
    }

    /** Every row. */
    public static Selection all() {
        return new Selection("all rows", List.of(), "Every logged row is kept.");
    }

    /**
     * Rows with an explicit like or hate, as the KuaiRand like/hate subset keeps them: rows
     * without either, most of a real feed, are missing, so sessions look sparse and short, the
     * gaps between kept rows are long, and watch ratios lean towards the videos people react to.
     */
    public static Selection likeOrHate() {
        return new Selection("like or hate", List.of("like", "hate"), "Only rows with an explicit like or hate are"
                + " kept (the KuaiRand subset keeps nothing else): most of what a user was shown is missing, so"
                + " sessions look sparse and short, gaps between kept rows are long, and watch ratios lean towards"
                + " videos people reacted to. Simulated rows go through the same filter.");
    }

    /**
     * The kept rows of a table.
     *
     * @throws IllegalArgumentException when the table lacks one of the signals
     */
    public InteractionTable apply(InteractionTable table) {
        if (anyOf.isEmpty()) {
            return table;
        }
        return table.rows(keptRows(table));
    }

    /**
     * The indices of the kept rows, ascending (to line up per-row predictions with the kept rows).
     *
     * @throws IllegalArgumentException when the table lacks one of the signals
     */
    public int[] keptRows(InteractionTable table) {
        for (String s : anyOf) {
            if (!table.hasSignal(s)) {
                throw new IllegalArgumentException("selection '" + name + "' needs signal " + s + "; the table has "
                        + table.signalNames());
            }
        }
        return java.util.stream.IntStream.range(0, table.size())
                .filter(row -> anyOf.isEmpty() || anyOf.stream().anyMatch(s -> table.signal(s, row))).toArray();
    }
}
