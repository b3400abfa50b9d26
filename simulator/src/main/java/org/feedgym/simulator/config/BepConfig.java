package org.feedgym.simulator.config;

import org.feedgym.env.OppositeFeedback;

/**
 * Bubble Escape Potential (arXiv 2512.03067), measured only when {@code metrics.bep} is given:
 * each evaluated user is run a second time as a twin (same seed, same random streams, a fresh
 * agent instance with the same seed and training) that, from item {@code startStep} on and for
 * {@code steps} items, skips and marks "not interested" every item of its dominant topic, while
 * the original behaves normally. The per-user value is the {@code distance} between the topic
 * distributions of the items the twin and the original were shown in that window. The window
 * starts at the first item at or after both {@code startStep} items and {@code startMinute}
 * minutes of the user's clock.
 *
 * @param startStep   items shown before the twin's script starts, in [0, 100000]; default 20,
 *                    or 0 when only {@code startMinute} is given
 * @param startMinute clock minutes before which the script does not start, in [0, 1,000,000];
 *                    default 0
 * @param steps     length of the window in items, in [1, 10000]; default 30
 * @param distance  {@code total-variation} (half the L1 distance) or {@code jensen-shannon}
 *                  (in bits); both in [0, 1]; default {@code total-variation}
 */
public record BepConfig(Integer startStep, Double startMinute, Integer steps, String distance) {

    /** The distances {@link #distance} may name. */
    public static final java.util.List<String> DISTANCES = java.util.List.of("total-variation", "jensen-shannon");

    public BepConfig {
        startStep = startStep == null ? (startMinute == null ? 20 : 0) : startStep;
        startMinute = startMinute == null ? 0.0 : startMinute;
        if (!(startMinute >= 0 && startMinute <= 1_000_000)) {
            throw new IllegalArgumentException("startMinute must be in [0, 1000000], got " + startMinute);
        }
        if (startStep < 0 || startStep > 100_000) {
            throw new IllegalArgumentException("startStep must be in [0, 100000], got " + startStep);
        }
        steps = steps == null ? 30 : steps;
        if (steps < 1 || steps > 10_000) {
            throw new IllegalArgumentException("steps must be in [1, 10000], got " + steps);
        }
        distance = distance == null ? DISTANCES.get(0) : distance;
        if (!DISTANCES.contains(distance)) {
            throw new IllegalArgumentException("distance must be one of " + DISTANCES + ", got '" + distance + "'");
        }
    }

    /** The twins' script. */
    public OppositeFeedback script() {
        return new OppositeFeedback(startStep, startMinute * 60, steps);
    }

    /** True for the Jensen–Shannon distance. */
    public boolean jensenShannon() {
        return distance.equals("jensen-shannon");
    }
}
