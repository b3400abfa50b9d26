package org.feedgym.simulator.run;

import org.feedgym.simulator.config.BepConfig;
import org.feedgym.simulator.metrics.Entropy;

/**
 * Bubble Escape Potential per user (after arXiv 2512.03067): how far a twin that gives opposite
 * feedback on its dominant topic gets its feed to move, relative to the same user behaving
 * normally under the same policy: the distance between the two topic distributions (which says
 * how much the feed changed, not in which direction), the entropy gain, and the drop of the
 * avoided topic's share (which says whether the feed moved away from that topic). Both are compared over the items both were shown in the
 * window (the common prefix: a twin that leaves earlier is compared on as many items as it saw),
 * so a policy whose items do not depend on feedback scores 0 exactly.
 */
public final class BubbleEscapePotential {

    private BubbleEscapePotential() {
    }

    /**
     * {distance, entropy gain in bits, avoided topic's share drop} of user {@code u}, all NaN when
     * the user reached no item of the window in either population (ended before the start).
     *
     * @param avoidedTopic the twin's avoided topic ({@link org.feedgym.env.UserInfos#avoidedTopic})
     */
    public static double[] measure(BepWindowRecorder original, BepWindowRecorder twin, int u, int topics,
                                   int avoidedTopic, BepConfig config) {
        int m = Math.min(original.length(u), twin.length(u));
        if (m == 0 || avoidedTopic < 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int[] counts = new int[2 * topics];
        for (int i = 0; i < m; i++) {
            counts[original.topic(u, i)]++;
            counts[topics + twin.topic(u, i)]++;
        }
        double distance = config.jensenShannon() ? jensenShannonBits(counts, topics, m)
                : totalVariation(counts, topics, m);
        double gain = Entropy.bits(counts, topics, topics) - Entropy.bits(counts, 0, topics);
        double shareDrop = (double) (counts[avoidedTopic] - counts[topics + avoidedTopic]) / m;
        return new double[] {distance, gain, shareDrop};
    }

    /** Half the L1 distance of the two count rows {@code [0, t)} and {@code [t, 2t)}, each summing to m. */
    static double totalVariation(int[] counts, int t, int m) {
        long l1 = 0;
        for (int i = 0; i < t; i++) {
            l1 += Math.abs(counts[i] - counts[t + i]);
        }
        return l1 / (2.0 * m);
    }

    /** Jensen–Shannon divergence in bits of the two count rows (each summing to m), in [0, 1]. */
    static double jensenShannonBits(int[] counts, int t, int m) {
        double js = 0;
        for (int i = 0; i < t; i++) {
            double p = (double) counts[i] / m;
            double q = (double) counts[t + i] / m;
            double mid = (p + q) / 2;
            if (p > 0) {
                js += 0.5 * p * Math.log(p / mid);
            }
            if (q > 0) {
                js += 0.5 * q * Math.log(q / mid);
            }
        }
        return Math.max(0, js / Math.log(2));
    }
}
