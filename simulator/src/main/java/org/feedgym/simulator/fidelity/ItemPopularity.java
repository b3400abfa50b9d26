package org.feedgym.simulator.fidelity;

import java.util.HashMap;
import java.util.Map;

/**
 * The item-popularity reference predictor: an item's score is the number of fitting rows of that
 * item that carry the behaviour's positive signal (its likes, for like vs hate), counted on the
 * fitting users' rows only so nothing of the held-out users leaks in. Items the fitting users
 * never reacted to score 0 (and tie with each other, which the AUC counts one half).
 */
public final class ItemPopularity {

    private final Map<Integer, Integer> counts;

    private ItemPopularity(Map<Integer, Integer> counts) {
        this.counts = counts;
    }

    /**
     * Counts positive rows per item.
     *
     * @param fitting rows of the fitting users
     * @param signal  the positive signal, e.g. {@code "like"}
     */
    public static ItemPopularity fit(InteractionTable fitting, String signal) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int r = 0; r < fitting.size(); r++) {
            if (fitting.signal(signal, r)) {
                counts.merge(fitting.item(r), 1, Integer::sum);
            }
        }
        return new ItemPopularity(counts);
    }

    /** The score of an item. */
    public double score(int item) {
        return counts.getOrDefault(item, 0);
    }

    /** The score of each row's item. */
    public double[] scores(InteractionTable rows) {
        double[] s = new double[rows.size()];
        for (int r = 0; r < s.length; r++) {
            s[r] = score(rows.item(r));
        }
        return s;
    }
}
