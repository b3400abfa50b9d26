package org.feedgym.agents.rl;

/** Range checks with messages that name the field, the rule and the value. */
final class Check {

    private Check() {
    }

    static int intIn(String field, Integer value, int fallback, int lo, int hi) {
        int v = value == null ? fallback : value;
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    static double doubleIn(String field, Double value, double fallback, double lo, double hi) {
        double v = value == null ? fallback : value;
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    /** A value in the half-open interval (lo, hi]. */
    static double doubleAbove(String field, Double value, double fallback, double lo, double hi) {
        double v = value == null ? fallback : value;
        if (!(v > lo && v <= hi)) {
            throw new IllegalArgumentException(field + " must be in (" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }
}
