package org.feedgym.simulator.offline;

/**
 * Selects the K best items by score without sorting the catalog: a bounded insertion list, so
 * one user costs O(items) comparisons plus O(K) per item that enters the list.
 *
 * <p>Order: higher score first; ties go to the item with the higher {@code tieBreak} value (the
 * training popularity, as the online recommenders break ties), then to the lower index, so the
 * ranking is fully determined. Excluded items (already met in training) are never ranked.
 */
final class TopK {

    private TopK() {
    }

    /**
     * The best items, best first.
     *
     * @param scores   one score per item (finite)
     * @param tieBreak one tie-break value per item
     * @param excluded items never ranked
     * @param k        how many, &ge; 1
     * @param out      receives the items, length &ge; k
     * @return how many items were written (k, or fewer when fewer items are allowed)
     */
    static int select(double[] scores, int[] tieBreak, boolean[] excluded, int k, int[] out) {
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (excluded[i]) {
                continue;
            }
            if (size == k && !better(scores, tieBreak, i, out[k - 1])) {
                continue;
            }
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && better(scores, tieBreak, i, out[pos - 1])) {
                out[pos] = out[pos - 1];
                pos--;
            }
            out[pos] = i;
        }
        return size;
    }

    /** True when item a ranks before item b (a &gt; b by index never ties, so this is a strict order). */
    private static boolean better(double[] scores, int[] tieBreak, int a, int b) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        if (tieBreak[a] != tieBreak[b]) {
            return tieBreak[a] > tieBreak[b];
        }
        return a < b;
    }
}
