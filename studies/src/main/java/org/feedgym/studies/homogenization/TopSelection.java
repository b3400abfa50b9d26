package org.feedgym.studies.homogenization;

import org.feedgym.env.random.Seeds;

/**
 * The first {@code m} items of a ranking by score (highest first), with exact ties broken by a
 * hashed random key per user, step and item. Because the
 * order is total and fixed, the top {@code 2m} always begin with the top {@code m}: a caller may
 * ask again for more without the list changing. A bounded heap keeps the cost at
 * {@code O(n log m)}; nothing is allocated.
 */
final class TopSelection {

    private final double[] heapScore;
    private final long[] heapKey;
    private final int[] heapItem;

    /** Room for up to {@code capacity} selected items. */
    TopSelection(int capacity) {
        heapScore = new double[capacity];
        heapKey = new long[capacity];
        heapItem = new int[capacity];
    }

    /** The tie key of {@code item} under {@code tieSeed}. */
    static long tieKey(long tieSeed, int item) {
        return Seeds.mix(tieSeed + item * 0x9E3779B97F4A7C15L);
    }

    /**
     * Writes the best {@code m} items of {@code [0, limit)} into {@code out}, best first.
     *
     * @param scores   score of each item (index = item)
     * @param limit    candidates are the items below this
     * @param m        how many to select
     * @param tieSeed  seed of the tie keys (lower key first among equal scores)
     * @param out      destination, at least {@code m} long
     * @return how many were written: {@code min(m, limit)}
     */
    int select(double[] scores, int limit, int m, long tieSeed, int[] out) {
        int size = 0;
        for (int i = 0; i < limit; i++) {
            double s = scores[i];
            if (size < m) {
                long k = tieKey(tieSeed, i);
                int c = size++;
                heapScore[c] = s;
                heapKey[c] = k;
                heapItem[c] = i;
                siftUp(c);
            } else if (s >= heapScore[0]) {
                long k = tieKey(tieSeed, i);
                if (worse(heapScore[0], heapKey[0], s, k)) {
                    heapScore[0] = s;
                    heapKey[0] = k;
                    heapItem[0] = i;
                    siftDown(0, size);
                }
            }
        }
        int n = size;
        // Popping the worst first fills the output from the back.
        while (size > 0) {
            out[size - 1] = heapItem[0];
            size--;
            if (size > 0) {
                swap(0, size);
                siftDown(0, size);
            }
        }
        return n;
    }

    /** True when (sa, ka) ranks below (sb, kb): lower score, or equal score and higher key. */
    private static boolean worse(double sa, long ka, double sb, long kb) {
        return sa < sb || (sa == sb && ka > kb);
    }

    private void siftUp(int c) {
        while (c > 0) {
            int parent = (c - 1) >>> 1;
            if (worse(heapScore[c], heapKey[c], heapScore[parent], heapKey[parent])) {
                swap(c, parent);
                c = parent;
            } else {
                return;
            }
        }
    }

    private void siftDown(int c, int size) {
        while (true) {
            int l = 2 * c + 1;
            if (l >= size) {
                return;
            }
            int r = l + 1;
            int w = r < size && worse(heapScore[r], heapKey[r], heapScore[l], heapKey[l]) ? r : l;
            if (worse(heapScore[w], heapKey[w], heapScore[c], heapKey[c])) {
                swap(c, w);
                c = w;
            } else {
                return;
            }
        }
    }

    private void swap(int a, int b) {
        double s = heapScore[a];
        heapScore[a] = heapScore[b];
        heapScore[b] = s;
        long k = heapKey[a];
        heapKey[a] = heapKey[b];
        heapKey[b] = k;
        int i = heapItem[a];
        heapItem[a] = heapItem[b];
        heapItem[b] = i;
    }

    /**
     * Sorts {@code idx[0 .. n)} by {@code key[idx[j]]}, highest first (heap sort: in place,
     * allocation-free). Equal keys end in an unspecified but deterministic order.
     */
    static void sortDescending(int[] idx, int n, double[] key) {
        for (int start = n / 2 - 1; start >= 0; start--) {
            siftDownMin(idx, start, n, key);
        }
        for (int end = n - 1; end > 0; end--) {
            int t = idx[0];
            idx[0] = idx[end];
            idx[end] = t;
            siftDownMin(idx, 0, end, key);
        }
    }

    // A min-heap: the smallest key is moved to the back each round, leaving the largest first.
    private static void siftDownMin(int[] idx, int c, int size, double[] key) {
        while (true) {
            int l = 2 * c + 1;
            if (l >= size) {
                return;
            }
            int r = l + 1;
            int w = r < size && key[idx[r]] < key[idx[l]] ? r : l;
            if (key[idx[w]] < key[idx[c]]) {
                int t = idx[c];
                idx[c] = idx[w];
                idx[w] = t;
                c = w;
            } else {
                return;
            }
        }
    }
}
