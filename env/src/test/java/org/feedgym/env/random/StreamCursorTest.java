package org.feedgym.env.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class StreamCursorTest {

    /** Powers of two, small and large odd bounds, and bounds whose rejection region is large. */
    private static final int[] BOUNDS = {1, 2, 3, 7, 20, 64, 100, 10_000, 1 << 30, (1 << 30) + 1,
            Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

    @Test
    void aCursorDrawsAsTheJdkGeneratorAndItsStreamContinuesWhereTheCursorStopped() {
        long[] seeds = {0, 1, -1, 42, Long.MIN_VALUE, Seeds.derive(5, "candidates", 3)};
        MixStreams streams = new MixStreams(seeds.length);
        RandomGenerator[] jdk = new RandomGenerator[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            streams.seed(i, seeds[i]);
            jdk[i] = RandomGeneratorFactory.of("L64X128MixRandom").create(seeds[i]);
        }
        for (int round = 0; round < 3_000; round++) {
            int i = round % seeds.length;
            StreamCursor cursor = streams.cursor(i);
            for (int draw = 0; draw < 1 + round % 9; draw++) {
                int bound = BOUNDS[(round + draw) % BOUNDS.length];
                String at = "stream " + i + ", round " + round + ", draw " + draw;
                assertEquals(jdk[i].nextInt(bound), cursor.nextInt(bound), at + ", bound " + bound);
                assertEquals(jdk[i].nextDouble(), cursor.nextDouble(), at);
                assertEquals(jdk[i].nextGaussian(), cursor.nextGaussian(), at);
                assertEquals(jdk[i].nextLong(), cursor.nextLong(), at);
            }
            cursor.close();
            // The stream's views continue from the cursor's last draw.
            assertEquals(jdk[i].nextInt(1000), streams.at(i).nextInt(1000), "stream " + i + " after round " + round);
        }
    }

    @Test
    void theRemainderByMultiplicationIsTheRemainder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int[] edges = {0, 1, 2, 99, 100, 101, 9_999, 10_000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        for (int d : BOUNDS) {
            for (int u : edges) {
                assertRemainder(u, d);
            }
            for (int trial = 0; trial < 20_000; trial++) {
                assertRemainder(random.nextInt() >>> 1, d);
            }
        }
        for (int trial = 0; trial < 200_000; trial++) {
            assertRemainder(random.nextInt() >>> 1, 1 + random.nextInt(Integer.MAX_VALUE));
        }
    }

    private static void assertRemainder(int u, int d) {
        assertEquals(u % d, StreamCursor.remainder(u, d, StreamCursor.reciprocal(d)), u + " % " + d);
    }

    @Test
    void burstsThatRepeatABoundDrawAsTheJdkGenerator() {
        // As the candidate generator draws: runs of one bound, then another, then back (A A B A),
        // so the cursor's kept reciprocal is reused, replaced and computed again.
        int[][] bursts = {{100, 100, 100}, {10_000, 10_000}, {100}, {64, 64}, {100, 7, 7, 100}, {1, 1}, {3}};
        MixStreams streams = new MixStreams(1);
        streams.seed(0, 77);
        RandomGenerator jdk = RandomGeneratorFactory.of("L64X128MixRandom").create(77);
        for (int round = 0; round < 500; round++) {
            StreamCursor cursor = streams.cursor(0);
            for (int[] burst : bursts) {
                for (int bound : burst) {
                    assertEquals(jdk.nextInt(bound), cursor.nextInt(bound), "round " + round + ", bound " + bound);
                }
            }
            cursor.close();
        }
    }

    @Test
    void drawsLeftUnclosedDoNotAdvanceTheStream() {
        MixStreams streams = new MixStreams(1);
        streams.seed(0, 9);
        StreamCursor cursor = streams.cursor(0);
        cursor.nextLong();
        cursor.nextLong();
        assertEquals(new MixRandom(9).nextLong(), streams.at(0).nextLong());
    }

    @Test
    void aBoundThatIsNotPositiveIsRefusedAsTheJdkRefusesIt() {
        MixStreams streams = new MixStreams(1);
        streams.seed(0, 9);
        assertThrows(IllegalArgumentException.class, () -> streams.cursor(0).nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> streams.cursor(0).nextInt(-5));
    }
}
