package org.feedgym.simulator.metrics;

/**
 * The values a metric can take, which its 95% intervals respect: an interval never claims a
 * share below 0 or a time below 0 minutes.
 *
 * <ul>
 *   <li>A {@link #PROPORTION} is 0 or 1 per episode (did the user come back, reach a harmful
 *       item); its interval over episodes is the Wilson score interval, which lies in [0, 1] and
 *       keeps its coverage near 0 and 1, where the Student t interval of a rare event crosses 0
 *       (or has width 0 when no episode had it).</li>
 *   <li>Every other range gives the Student t interval cut to [{@link #min}, {@link #max}].</li>
 *   <li>Intervals over training runs (a mean per run) are Student t or bootstrap whatever the
 *       range, cut to it: the unit of replication is the run, not the episode.</li>
 *   <li>A difference of two values lies in [min − max, max − min] ({@link #ofDifference}).</li>
 * </ul>
 *
 * @param min    the smallest value (may be −∞)
 * @param max    the largest value (may be +∞)
 * @param binary true when each observation is 0 or 1
 */
public record ValueRange(double min, double max, boolean binary) {

    /** 0 or 1 per episode: a share of users. */
    public static final ValueRange PROPORTION = new ValueRange(0, 1, true);
    /** A fraction in [0, 1] (a share of items, a rate per item, a Gini coefficient). */
    public static final ValueRange UNIT = new ValueRange(0, 1, false);
    /** A count, a time or a distance: at least 0. */
    public static final ValueRange NON_NEGATIVE = new ValueRange(0, Double.POSITIVE_INFINITY, false);
    /** Any real value (a return with penalties, a gain that may be negative). */
    public static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);

    public ValueRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min >= max) {
            throw new IllegalArgumentException("a value range needs min < max, got [" + min + ", " + max + "]");
        }
        if (binary && (min != 0 || max != 1)) {
            throw new IllegalArgumentException("a binary range is [0, 1], got [" + min + ", " + max + "]");
        }
    }

    /** Values in [{@code min}, {@code max}], not binary. */
    public static ValueRange of(double min, double max) {
        return new ValueRange(min, max, false);
    }

    /** The range of a difference of two values in this range: [min − max, max − min]. */
    public ValueRange ofDifference() {
        return of(min - max, max - min);
    }

    /**
     * The mean of {@code values} (NaN entries left out) with the 95% interval of this range: Wilson
     * for a {@link #PROPORTION}, otherwise Student t cut to the range.
     *
     * @throws IllegalStateException when a binary range meets a value other than 0 or 1
     */
    public Estimate estimate(double[] values) {
        return binary ? Estimate.proportion(values) : within(Estimate.of(values));
    }

    /** {@code e} with its interval cut to this range (its mean and n unchanged). */
    public Estimate within(Estimate e) {
        return e.within(min, max);
    }
}
