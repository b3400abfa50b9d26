package org.feedgym.simulator.metrics;

/** Shannon entropy of a count vector, in bits. */
public final class Entropy {

    private Entropy() {
    }

    /**
     * Entropy in bits of the distribution {@code counts[offset .. offset+length) / total}; 0 for
     * an empty or one-valued distribution.
     */
    public static double bits(int[] counts, int offset, int length) {
        long total = 0;
        for (int i = 0; i < length; i++) {
            total += counts[offset + i];
        }
        if (total == 0) {
            return 0;
        }
        double h = 0;
        for (int i = 0; i < length; i++) {
            int c = counts[offset + i];
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2);
    }
}
