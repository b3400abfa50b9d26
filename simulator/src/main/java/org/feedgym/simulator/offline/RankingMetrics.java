package org.feedgym.simulator.offline;

/**
 * Top-K ranking metrics of one user with binary relevance. {@code hits[r]} says whether the item
 * at rank r (0 = first) of the user's top-K list is relevant; the list may be shorter than K
 * when fewer items could be ranked, and then the missing ranks count as misses.
 *
 * <pre>{@code
 *   P@K    = |top-K ∩ Rel| / K
 *   R@K    = |top-K ∩ Rel| / |Rel|
 *   NDCG@K = DCG@K / IDCG@K,   DCG@K = Σ_{r=1..K} [item at r ∈ Rel] / log2(r + 1),
 *                              IDCG@K = Σ_{r=1..min(K, |Rel|)} 1 / log2(r + 1)
 * }</pre>
 * (Järvelin &amp; Kekäläinen 2002 for NDCG). Recall and NDCG need {@code |Rel| ≥ 1}; users
 * without a relevant held-out item are left out of all three by the evaluator.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Relevant items in the first {@code k} ranks. */
    static int hitCount(boolean[] hits, int k) {
        int h = 0;
        for (int r = 0; r < Math.min(k, hits.length); r++) {
            if (hits[r]) {
                h++;
            }
        }
        return h;
    }

    /**
     * P@K.
     *
     * @param hits relevance of the ranked items, best first (length &le; k is allowed)
     * @param k    the cut-off, &ge; 1
     */
    public static double precision(boolean[] hits, int k) {
        requireK(k);
        return (double) hitCount(hits, k) / k;
    }

    /**
     * R@K.
     *
     * @param hits     relevance of the ranked items, best first
     * @param k        the cut-off, &ge; 1
     * @param relevant the user's number of relevant items, &ge; 1
     */
    public static double recall(boolean[] hits, int k, int relevant) {
        requireK(k);
        requireRelevant(relevant);
        return (double) hitCount(hits, k) / relevant;
    }

    /**
     * NDCG@K with binary gains.
     *
     * @param hits     relevance of the ranked items, best first
     * @param k        the cut-off, &ge; 1
     * @param relevant the user's number of relevant items, &ge; 1
     */
    public static double ndcg(boolean[] hits, int k, int relevant) {
        requireK(k);
        requireRelevant(relevant);
        double dcg = 0;
        for (int r = 0; r < Math.min(k, hits.length); r++) {
            if (hits[r]) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, relevant); r++) {
            ideal += 1 / log2(r + 2);
        }
        return dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requireK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
    }

    private static void requireRelevant(int relevant) {
        if (relevant < 1) {
            throw new IllegalArgumentException("relevant must be >= 1, got " + relevant);
        }
    }
}
