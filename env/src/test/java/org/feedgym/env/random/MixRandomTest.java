package org.feedgym.env.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class MixRandomTest {

    private static final RandomGeneratorFactory<RandomGenerator> JDK = RandomGeneratorFactory.of("L64X128MixRandom");

    /** One mixed draw of every kind FeedGym uses, chosen by {@code step}. */
    private static double draw(RandomGenerator g, int step) {
        return switch (step % 9) {
            case 0 -> g.nextLong();
            case 1 -> g.nextInt();
            case 2 -> g.nextInt(1 + step % 97);
            case 3 -> g.nextDouble();
            case 4 -> g.nextGaussian();
            case 5 -> g.nextBoolean() ? 1 : 0;
            case 6 -> g.nextFloat();
            case 7 -> g.nextExponential();
            default -> g.nextLong(3 + step % 1_000_003L);
        };
    }

    @Test
    void reproducesTheJdkGeneratorForEveryKindOfDraw() {
        long[] seeds = {0, 1, -1, 42, 7_777_777L, Long.MIN_VALUE, Long.MAX_VALUE, Seeds.derive(5, "x", 3)};
        for (long seed : seeds) {
            RandomGenerator jdk = JDK.create(seed);
            MixRandom ours = new MixRandom(seed);
            for (int step = 0; step < 20_000; step++) {
                assertEquals(draw(jdk, step), draw(ours, step), "seed " + seed + ", draw " + step);
            }
        }
    }

    @Test
    void aRestoredStateContinuesTheSameStream() {
        MixRandom g = new MixRandom(99);
        for (int i = 0; i < 1_001; i++) {
            draw(g, i);
        }
        MixRandom copy = MixRandom.restore(g.state());
        for (int i = 0; i < 5_000; i++) {
            assertEquals(draw(g, i), draw(copy, i), "draw " + i + " after restoring");
        }
        assertArrayEquals(g.state(), copy.state());
    }

    @Test
    void rejectsWhatIsNotAState() {
        assertThrows(IllegalArgumentException.class, () -> MixRandom.restore(new long[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> MixRandom.restore(new long[] {2, 0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> MixRandom.restore(new long[] {1, 0, 0, 0}));
    }
}
