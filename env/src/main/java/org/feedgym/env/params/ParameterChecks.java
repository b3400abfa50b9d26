package org.feedgym.env.params;

import java.util.List;

/**
 * Defaults and range checks for the parameter records of FeedGym (world configs in {@code env},
 * agent parameters in {@code agents}), with messages that name the field, the rule and the value
 * ({@code "k must be in [2, 500], got 0"}). Records call these in their compact constructors, so a
 * value that reaches a world or an agent has been validated. Integer bounds print as integers,
 * double bounds as Java prints doubles ({@code [0.0, 1.0]}).
 */
public final class ParameterChecks {

    private ParameterChecks() {
    }

    /** {@code value}, or {@code fallback} when null, required to lie in [lo, hi]. */
    public static int intIn(String field, Integer value, int fallback, int lo, int hi) {
        int v = value == null ? fallback : value;
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to lie in [lo, hi]. */
    public static double doubleIn(String field, Double value, double fallback, double lo, double hi) {
        double v = value == null ? fallback : value;
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to lie in the half-open interval (lo, hi]. */
    public static double doubleAboveAtMost(String field, Double value, double fallback, double lo, double hi) {
        double v = value == null ? fallback : value;
        if (!(v > lo && v <= hi)) {
            throw new IllegalArgumentException(field + " must be in (" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to be finite. */
    public static double finite(String field, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be finite, got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to be finite and &ge; lo. */
    public static double atLeast(String field, Double value, double fallback, double lo) {
        double v = value == null ? fallback : value;
        if (!(v >= lo) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be >= " + fmt(lo) + ", got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to be finite and &gt; lo. */
    public static double above(String field, Double value, double fallback, double lo) {
        double v = value == null ? fallback : value;
        if (!(v > lo) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be > " + fmt(lo) + ", got " + v);
        }
        return v;
    }

    /** {@code value}, or {@code fallback} when null, required to be one of {@code allowed}. */
    public static String oneOf(String field, String value, String fallback, List<String> allowed) {
        String v = value == null ? fallback : value;
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(field + " must be one of " + allowed + ", got '" + v + "'");
        }
        return v;
    }

    /**
     * Hidden layer sizes: {@code value}, or {@code fallback} when null, listing {@code minLayers}
     * to {@code maxLayers} sizes, each in [1, maxSize]; returned as an unmodifiable copy.
     */
    public static List<Integer> layerSizes(String field, List<Integer> value, List<Integer> fallback, int minLayers,
                                           int maxLayers, int maxSize) {
        List<Integer> v = value == null ? fallback : value;
        if (v.size() < minLayers || v.size() > maxLayers) {
            throw new IllegalArgumentException(field + " must list " + minLayers + " to " + maxLayers
                    + " layer sizes, got " + v.size());
        }
        for (int i = 0; i < v.size(); i++) {
            Integer h = v.get(i);
            if (h == null || h < 1 || h > maxSize) {
                throw new IllegalArgumentException(field + "[" + i + "] must be in [1, " + maxSize + "], got " + h);
            }
        }
        return List.copyOf(v);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
