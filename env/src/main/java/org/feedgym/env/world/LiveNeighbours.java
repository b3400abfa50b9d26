package org.feedgym.env.world;

/**
 * The items one population can be shown so far and their neighbour table, grown item by item as
 * creators upload, without rebuilding it: an uploaded item gets its row by exact search among the
 * live items, and every live item whose row it enters takes it in at its rank. Ranks and ties
 * follow {@link NeighbourTable#exactRow} (most similar first, ties to the lower index), so grown
 * from an exact day-0 table it equals an exact table built over the live items from scratch;
 * grown from an approximate ({@link NeighbourIndex}) day-0 table, the day-0 rows stay approximate and every upload
 * is placed exactly.
 *
 * <p>Cost of one upload: one pass over the live items (d multiply-adds each, plus one more per
 * row to compare with its last neighbour).
 */
final class LiveNeighbours implements Neighbours {

    private final Catalog catalog;
    private final int width;
    private final int[] rows;
    private final double[] lastScore;
    private final boolean[] live;
    private final int[] liveItems;
    private int count;

    /**
     * @param catalog   the catalog, upload slots included
     * @param base      the exact table of the first {@code baseItems} items
     *                  ({@link NeighbourTable#buildPrefix})
     * @param baseItems items live from the start
     */
    LiveNeighbours(Catalog catalog, NeighbourTable base, int baseItems) {
        this.catalog = catalog;
        this.width = base.width();
        int n = catalog.size();
        this.rows = new int[n * width];
        this.lastScore = new double[n];
        this.live = new boolean[n];
        this.liveItems = new int[n];
        for (int i = 0; i < baseItems; i++) {
            for (int r = 0; r < width; r++) {
                rows[i * width + r] = base.neighbour(i, r);
            }
            live[i] = true;
            liveItems[count++] = i;
        }
        for (int i = 0; i < baseItems && width > 0; i++) {
            lastScore[i] = similarity(i, rows[i * width + width - 1]);
        }
    }

    /** Items live so far. */
    int count() {
        return count;
    }

    /** The {@code i}-th live item, in upload order (the catalog's items first). */
    int item(int i) {
        return liveItems[i];
    }

    /** Whether {@code item} can be shown. */
    boolean live(int item) {
        return live[item];
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int neighbour(int item, int rank) {
        return rows[item * width + rank];
    }

    /**
     * Makes {@code item} live: its row from the live items, and its place in theirs.
     *
     * @throws IllegalArgumentException when it is live already
     */
    void add(int item) {
        if (live[item]) {
            throw new IllegalArgumentException("item " + item + " is live already");
        }
        if (width > 0) {
            ownRow(item);
            for (int i = 0; i < count; i++) {
                enter(liveItems[i], item);
            }
        }
        live[item] = true;
        liveItems[count++] = item;
    }

    /** The new item's row: exact search over the live items in index order, as exactRow scans. */
    private void ownRow(int item) {
        double[] best = new double[width];
        int[] bestItem = new int[width];
        int filled = 0;
        for (int j = 0; j < live.length; j++) {
            if (!live[j]) {
                continue;
            }
            double s = similarity(item, j);
            if (filled < width) {
                filled = insert(best, bestItem, filled, s, j, true);
            } else if (s > best[width - 1]) {
                insert(best, bestItem, width, s, j, false);
            }
        }
        System.arraycopy(bestItem, 0, rows, item * width, width);
        lastScore[item] = best[width - 1];
    }

    /** Live item {@code i}'s row takes in {@code item} when it ranks within the width. */
    private void enter(int i, int item) {
        double s = similarity(i, item);
        int last = rows[i * width + width - 1];
        if (s < lastScore[i] || (s == lastScore[i] && item > last)) {
            return;
        }
        int pos = width - 1;
        while (pos > 0) {
            int above = rows[i * width + pos - 1];
            double sa = similarity(i, above);
            if (sa > s || (sa == s && above < item)) {
                break;
            }
            rows[i * width + pos] = above;
            pos--;
        }
        rows[i * width + pos] = item;
        lastScore[i] = similarity(i, rows[i * width + width - 1]);
    }

    /** Insertion as exactRow does it: after every equal or higher score already kept. */
    private static int insert(double[] best, int[] bestItem, int filled, double s, int j, boolean grow) {
        int pos = grow ? filled : filled - 1;
        while (pos > 0 && best[pos - 1] < s) {
            best[pos] = best[pos - 1];
            bestItem[pos] = bestItem[pos - 1];
            pos--;
        }
        best[pos] = s;
        bestItem[pos] = j;
        return grow ? filled + 1 : filled;
    }

    /** The cosine of two items as exactRow computes it (float products summed in double). */
    private double similarity(int a, int b) {
        float[] emb = catalog.embeddingsView();
        int d = catalog.dimensions();
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += emb[a * d + k] * emb[b * d + k];
        }
        return s;
    }
}
