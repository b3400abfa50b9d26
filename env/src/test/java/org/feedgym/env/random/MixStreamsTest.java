package org.feedgym.env.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class MixStreamsTest {

    @Test
    void everyStreamDrawsAsTheJdkGeneratorWithItsSeedHoweverViewsAndStreamsInterleave() {
        long[] seeds = {0, 1, -1, 42, Long.MIN_VALUE, Seeds.derive(5, "response", 3)};
        MixStreams streams = new MixStreams(seeds.length);
        RandomGenerator[] jdk = new RandomGenerator[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            streams.seed(i, seeds[i]);
            jdk[i] = RandomGeneratorFactory.of("L64X128MixRandom").create(seeds[i]);
        }
        for (int round = 0; round < 2_000; round++) {
            int i = (round * 7) % seeds.length;
            // A fresh view each round, and two views of one stream in a row: they share its state.
            RandomGenerator view = streams.at(i);
            assertEquals(jdk[i].nextDouble(), view.nextDouble(), "stream " + i + ", round " + round);
            assertEquals(jdk[i].nextInt(1 + round % 50), streams.at(i).nextInt(1 + round % 50));
            assertEquals(jdk[i].nextGaussian(), view.nextGaussian());
        }
    }

    @Test
    void clearingAStreamLeavesItsNeighboursAndReseedingStartsItAgain() {
        MixStreams streams = new MixStreams(3);
        for (int i = 0; i < 3; i++) {
            streams.seed(i, 100 + i);
        }
        long first = streams.at(1).nextLong();
        streams.clear(1);
        assertEquals(new MixRandom(100).nextLong(), streams.at(0).nextLong());
        assertEquals(new MixRandom(102).nextLong(), streams.at(2).nextLong());
        streams.seed(1, 101);
        assertEquals(first, streams.at(1).nextLong());
        assertNotEquals(first, streams.at(1).nextLong());
    }
}
