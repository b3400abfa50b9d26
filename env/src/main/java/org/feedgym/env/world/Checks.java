package org.feedgym.env.world;

/** Range checks with messages that name the field, the rule and the value. */
final class Checks {

    private Checks() {
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
}
