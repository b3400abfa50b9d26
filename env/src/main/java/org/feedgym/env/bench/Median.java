package org.feedgym.env.bench;

import java.util.Arrays;

/**
 * The median of a benchmark's rounds, as every benchmark that repeats itself prints it: the
 * middle figure, or the mean of the middle two for an even count, rounded to a whole number.
 */
public final class Median {

    private Median() {
    }

    /**
     * The median of {@code values}, which are left in their order.
     *
     * @param values at least one figure
     */
    public static long of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a median needs at least one value");
        }
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : Math.round((v[n / 2 - 1] + v[n / 2]) / 2.0);
    }
}
