package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void ranksByScoreThenTieBreakThenIndexAndSkipsExcludedItems() {
        double[] scores = {1, 3, 3, 2, 5};
        int[] popularity = {0, 1, 5, 0, 0};
        boolean[] excluded = {false, false, false, false, true};
        int[] out = new int[3];
        assertEquals(3, TopK.select(scores, popularity, excluded, 3, out));
        // Item 4 is excluded; items 1 and 2 tie on 3 and item 2 is more popular; then item 3.
        assertArrayEquals(new int[] {2, 1, 3}, out);
    }

    @Test
    void fullTiesGoToTheLowerIndex() {
        int[] out = new int[2];
        TopK.select(new double[] {1, 1, 1}, new int[] {0, 0, 0}, new boolean[3], 2, out);
        assertArrayEquals(new int[] {0, 1}, out);
    }

    @Test
    void returnsFewerThanKWhenFewerItemsMayBeRanked() {
        int[] out = new int[3];
        assertEquals(1, TopK.select(new double[] {0.2, 0.9}, new int[2], new boolean[] {false, true}, 3, out));
        assertEquals(0, out[0]);
    }

    @Test
    void agreesWithAFullSortOnALargerCatalog() {
        int n = 500;
        double[] scores = new double[n];
        int[] popularity = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (i * 7919 % 97) / 10.0;
            popularity[i] = i * 31 % 11;
        }
        int[] out = new int[20];
        TopK.select(scores, popularity, new boolean[n], 20, out);
        Integer[] all = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Arrays.sort(all, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : popularity[a] != popularity[b] ? Integer.compare(popularity[b], popularity[a]) : Integer.compare(a, b));
        for (int r = 0; r < 20; r++) {
            assertEquals(all[r], out[r], "rank " + r);
        }
    }
}
