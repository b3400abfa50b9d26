package org.feedgym.simulator.fidelity;

import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/** Interaction tables for the fidelity tests. */
final class Fixtures {

    static final List<String> SIGNALS = List.of("like", "hate");

    private Fixtures() {
    }

    /**
     * User 1, added out of order: at t = 0 (ratio 0.5, 10 s, like, topic 1), 60 (unknown ratio and
     * duration, hate, topic 1), 120 (ratio 2, 30 s, like, topic 2), 1921 (ratio 1, 20 s, hate,
     * topic 2: 1801 s after the previous row, a new session), 86 500 (ratio 0.2, 50 s, neither,
     * topic 3: the next day). User 0: one row at t = 5 (ratio 0.9, 40 s, like, no topic).
     */
    static InteractionTable handMade() {
        return new InteractionTable.Builder(SIGNALS)
                .add(1, 14, 1921, 1.0, 20, 2, false, true)
                .add(1, 10, 0, 0.5, 10, 1, true, false)
                .add(1, 12, 120, 2.0, 30, 2, true, false)
                .add(0, 10, 5, 0.9, 40, InteractionTable.NO_TOPIC, true, false)
                .add(1, 11, 60, Double.NaN, Double.NaN, 1, false, true)
                .add(1, 15, 86_500, 0.2, 50, 3, false, false)
                .build();
    }

    /**
     * A seeded synthetic log: {@code users} users, each with a few sessions over several days;
     * watch ratios lognormal around {@code ratioScale}; like more likely with a long watch, hate
     * with a short one.
     */
    static InteractionTable synthetic(int users, double ratioScale, long seed) {
        RandomGenerator random = Seeds.generator(seed, "fixture", 0);
        InteractionTable.Builder b = new InteractionTable.Builder(SIGNALS);
        for (int u = 0; u < users; u++) {
            long t = 1_649_000_000L + random.nextInt(86_400);
            int sessions = 1 + random.nextInt(5);
            for (int s = 0; s < sessions; s++) {
                int items = 1 + random.nextInt(12);
                for (int i = 0; i < items; i++) {
                    double ratio = ratioScale * Math.exp(0.6 * random.nextGaussian());
                    double duration = 10 + random.nextInt(50);
                    boolean like = random.nextDouble() < Math.min(0.95, 0.3 * ratio);
                    boolean hate = !like && random.nextDouble() < 0.5;
                    b.add(u, random.nextInt(40), t, ratio, duration, random.nextInt(6), like, hate);
                    t += (long) (ratio * duration) + random.nextInt(30);
                }
                t += 3600 + random.nextInt(30 * 3600);
            }
        }
        return b.build();
    }
}
