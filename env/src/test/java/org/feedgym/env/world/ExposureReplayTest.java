package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.env.usermodel.Part;
import org.feedgym.env.usermodel.UserModelConfig;
import org.junit.jupiter.api.Test;

class ExposureReplayTest {

    private static final World WORLD = TestWorlds.small(3);

    /** 60 exposures, 20 s apart, with a 2-hour gap after the 30th. */
    private static double[] times(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 20.0 * i + (i >= 30 ? 7200 : 0);
        }
        return t;
    }

    private static int[] items(int n, int offset) {
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = (i * 37 + offset) % WORLD.catalog().size();
        }
        return items;
    }

    @Test
    void isDeterministicForASeedAndSplitsSessionsAtTheIdleGap() {
        ExposureReplay replay = new ExposureReplay(WORLD);
        List<ReplayedExposure> a = replay.replay("teen", 42, new int[] {1, 2}, items(60, 0), times(60));
        List<ReplayedExposure> b = new ExposureReplay(WORLD).replay("teen", 42, new int[] {1, 2}, items(60, 0),
                times(60));
        assertEquals(a, b);
        assertNotEquals(a, replay.replay("teen", 43, new int[] {1, 2}, items(60, 0), times(60)));
        assertEquals(1, a.get(29).session());
        assertEquals(2, a.get(30).session());
        assertEquals(items(60, 0)[5], a.get(5).item());
        assertEquals(100.0, a.get(5).timeSeconds());
    }

    @Test
    void predictedProbabilitiesAgreeWithSampledRates() {
        ExposureReplay replay = new ExposureReplay(WORLD.withUserModel(UserModelConfig.defaults().with(Part.RESPONSE,
                java.util.Map.of("type", "lognormal-watch", "watchCap", 5.0))));
        double pLike = 0;
        double pHate = 0;
        double expectedWatch = 0;
        int likes = 0;
        int hates = 0;
        double watch = 0;
        int n = 0;
        for (int user = 0; user < 400; user++) {
            for (ReplayedExposure e : replay.replay(user % 2 == 0 ? "adult" : "teen-vulnerable", user, new int[0],
                    items(60, user), times(60))) {
                pLike += e.pLike();
                pHate += e.pHate();
                expectedWatch += e.expectedWatch();
                likes += e.liked() ? 1 : 0;
                hates += e.hated() ? 1 : 0;
                watch += e.watch();
                n++;
            }
        }
        // Bernoulli standard errors over 24,000 exposures: about 0.002 for rates near 0.1.
        assertEquals(pLike / n, (double) likes / n, 0.01, "like rate vs mean P(like)");
        assertEquals(pHate / n, (double) hates / n, 0.006, "hate rate vs mean P(hate)");
        assertEquals(expectedWatch / n, watch / n, 0.02, "mean watch vs mean E[watch]");
        assertTrue(likes > 100 && hates > 100, likes + " likes, " + hates + " hates");
    }

    @Test
    void rejectsBadInput() {
        ExposureReplay replay = new ExposureReplay(WORLD);
        assertThrows(IllegalArgumentException.class, () -> replay.replay("martian", 1, new int[0], new int[] {1},
                new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> replay.replay("adult", 1, new int[0], new int[] {1, 2},
                new double[] {10, 5}));
        assertThrows(IllegalArgumentException.class, () -> replay.replay("adult", 1, new int[0], new int[] {-1},
                new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new ExposureReplay(WORLD, 0));
    }
}
