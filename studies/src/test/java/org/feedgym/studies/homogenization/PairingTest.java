package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class PairingTest {

    private static long[] sets(int words, int[][] items) {
        long[] bits = new long[items.length * words];
        for (int u = 0; u < items.length; u++) {
            for (int i : items[u]) {
                Bits.set(bits, u * words, i);
            }
        }
        return bits;
    }

    @Test
    void eachUserIsPairedWithTheMostSimilarOtherUserAndJaccardIsAveraged() {
        // Representations [1,0], [0.9,0.1], [0,1]. cos(u0,u1) = 0.9/0.9055 = 0.994, cos(u0,u2) = 0,
        // cos(u1,u2) = 0.1/0.9055 = 0.110: pairs 0→1, 1→0, 2→1.
        double[] rep = {1, 0, 0.9, 0.1, 0, 1};
        int[] partner = new int[3];
        new Pairing(3).nearest(rep, 2, 0, Seeds.generator(1, "pairing-test", 0), partner);
        assertArrayEquals(new int[] {1, 0, 1}, partner);
        // Histories {1,2}, {2,3}, {4,5}: J(0,1) = 1/3, J(1,0) = 1/3, J(2,1) = 0; mean 2/9.
        long[] bits = sets(1, new int[][] {{1, 2}, {2, 3}, {4, 5}});
        assertEquals(2.0 / 9, Pairing.meanJaccard(bits, 1, partner, 3), 1e-15);
    }

    @Test
    void randomPairsAreDistinctUsersCoveringEveryPairEvenly() {
        // 3 users have 6 ordered pairs of distinct users; 60,000 draws give each 10,000 expected,
        // sd = sqrt(60000 · 1/6 · 5/6) ≈ 91; ±5 sd.
        int[] pairs = Pairing.randomPairs(3, 60_000, Seeds.generator(3, "pairs-test", 0));
        int[] counts = new int[9];
        for (int p = 0; p < pairs.length; p += 2) {
            assertNotEquals(pairs[p], pairs[p + 1]);
            counts[pairs[p] * 3 + pairs[p + 1]]++;
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (a != b) {
                    assertEquals(10_000, counts[a * 3 + b], 455, a + "," + b);
                }
            }
        }
    }

    @Test
    void theRandomPairsJaccardAveragesOverPairs() {
        // Histories {1,2}, {2,3}, {4,5}; pairs (0,1) and (0,2): J = 1/3 and 0, mean 1/6.
        long[] bits = sets(1, new int[][] {{1, 2}, {2, 3}, {4, 5}});
        assertEquals(1.0 / 6, Pairing.meanJaccard(bits, 1, new int[] {0, 1, 0, 2}), 1e-15);
    }

    @Test
    void jaccardCountsItemsAcrossWords() {
        // Items 3 and 70 sit in different 64-bit words: {3, 70, 100} vs {70, 100, 130}: 2/4.
        long[] bits = sets(3, new int[][] {{3, 70, 100}, {70, 100, 130}});
        assertEquals(0.5, Pairing.meanJaccard(bits, 3, new int[] {1, 0}, 2), 1e-15);
    }

    @Test
    void tiedUsersArePickedUniformlyAndNeverOneself() {
        // Identical representations (popularity's all-ones) tie everyone: each of the three others
        // should be user 0's partner a third of the time; 6000 draws give a standard error of 0.006.
        double[] rep = {1, 1, 1, 1};
        Pairing pairing = new Pairing(4);
        RandomGenerator rng = Seeds.generator(2, "pairing-test", 0);
        int[] partner = new int[4];
        int[] counts = new int[4];
        int n = 6000;
        for (int i = 0; i < n; i++) {
            pairing.nearest(rep, 1, 0, rng, partner);
            counts[partner[0]]++;
            for (int u = 0; u < 4; u++) {
                assertNotEquals(u, partner[u]);
            }
        }
        assertEquals(0, counts[0]);
        for (int v = 1; v < 4; v++) {
            assertEquals(1.0 / 3, (double) counts[v] / n, 0.03);
        }
    }

    @Test
    void aZeroRepresentationIsEquallyUnlikeEveryone() {
        // Content filtering before its first training: every vector 0, every similarity 0, a tie.
        double[] rep = new double[6];
        Pairing pairing = new Pairing(3);
        RandomGenerator rng = Seeds.generator(3, "pairing-test", 0);
        int[] partner = new int[3];
        boolean[] seen = new boolean[3];
        for (int i = 0; i < 200; i++) {
            pairing.nearest(rep, 2, 0, rng, partner);
            seen[partner[0]] = true;
        }
        assertArrayEquals(new boolean[] {false, true, true}, seen);
    }
}
