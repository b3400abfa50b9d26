package org.feedgym.simulator.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/**
 * A sample mean with its two-sided 95% confidence interval: Student t ({@link #of}), Wilson score
 * for a proportion of 0/1 observations ({@link #proportion}), cut to a metric's possible values by
 * {@link ValueRange}. For fewer than two observations the interval is undefined ({@code NaN});
 * with none the mean is too.
 *
 * <p>In JSON it is {@code {mean, ci95Low, ci95High, n}} with every undefined bound written as
 * {@code null} (JSON has no NaN), and {@code null} read back as NaN.
 *
 * @param mean     sample mean
 * @param ci95Low  lower bound
 * @param ci95High upper bound
 * @param n        number of observations
 */
@JsonPropertyOrder({"mean", "ci95Low", "ci95High", "n"})
public record Estimate(@JsonSerialize(using = FiniteOrNull.class) double mean,
                       @JsonSerialize(using = FiniteOrNull.class) double ci95Low,
                       @JsonSerialize(using = FiniteOrNull.class) double ci95High,
                       int n) {

    /** Reads {@code summary.json}'s form: {@code null} bounds are NaN. */
    @JsonCreator
    static Estimate fromJson(@JsonProperty("mean") Double mean, @JsonProperty("ci95Low") Double ci95Low,
                             @JsonProperty("ci95High") Double ci95High, @JsonProperty(value = "n", required = true) int n) {
        return new Estimate(nanIfNull(mean), nanIfNull(ci95Low), nanIfNull(ci95High), n);
    }

    private static double nanIfNull(Double v) {
        return v == null ? Double.NaN : v;
    }

    /** Writes a double, or {@code null} when it is NaN or infinite. */
    static final class FiniteOrNull extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                gen.writeNumber(value.doubleValue());
            } else {
                gen.writeNull();
            }
        }
    }

    /** The estimate of {@code values[0 .. count)}; NaN entries are skipped. */
    public static Estimate of(double[] values, int count) {
        int n = 0;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Estimate(mean, Double.NaN, Double.NaN, n);
        }
        double ss = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                double d = values[i] - mean;
                ss += d * d;
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double half = StudentT.quantile975(n - 1) * se;
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /** The estimate of all of {@code values}. */
    public static Estimate of(double[] values) {
        return of(values, values.length);
    }

    /**
     * The share of ones among {@code values} (each 0 or 1; NaN entries left out) with the
     * {@link Wilson} score 95% interval: it stays in [0, 1] and is not empty when every value is
     * the same. Undefined below two observations, as {@link #of}.
     *
     * @throws IllegalStateException when a value is neither 0 nor 1
     */
    public static Estimate proportion(double[] values) {
        int n = 0;
        int ones = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (v != 0 && v != 1) {
                throw new IllegalStateException("a proportion's observations are 0 or 1, got " + v);
            }
            n++;
            if (v == 1) {
                ones++;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double p = (double) ones / n;
        if (n < 2) {
            return new Estimate(p, Double.NaN, Double.NaN, n);
        }
        double[] ci = Wilson.interval95(ones, n);
        return new Estimate(p, ci[0], ci[1], n);
    }

    /**
     * For a terminal table, with each number in {@code pattern} ({@link String#format}, root
     * locale): {@code mean ± half-width} when the interval is symmetric at that precision,
     * otherwise {@code mean [low, high]} (a Wilson interval near 0 or 1, one cut at a range's end,
     * a square root's), so a reader never infers a bound the interval does not have; the mean alone
     * when the interval is undefined; {@code -} when the mean is.
     */
    public String format(String pattern) {
        if (Double.isNaN(mean)) {
            return "-";
        }
        String m = String.format(Locale.ROOT, pattern, mean);
        if (Double.isNaN(ci95Low) || Double.isNaN(ci95High)) {
            return m;
        }
        String below = String.format(Locale.ROOT, pattern, mean - ci95Low);
        String above = String.format(Locale.ROOT, pattern, ci95High - mean);
        if (below.equals(above)) {
            return m + " ± " + below;
        }
        return m + " [" + String.format(Locale.ROOT, pattern, ci95Low) + ", "
                + String.format(Locale.ROOT, pattern, ci95High) + "]";
    }

    /**
     * This estimate with its interval cut to [{@code min}, {@code max}], the values the quantity
     * can take (a t interval of a share near 0 otherwise reaches below 0). Undefined bounds stay
     * undefined.
     */
    public Estimate within(double min, double max) {
        double low = Double.isNaN(ci95Low) ? ci95Low : Math.min(Math.max(ci95Low, min), max);
        double high = Double.isNaN(ci95High) ? ci95High : Math.max(Math.min(ci95High, max), min);
        return Double.compare(low, ci95Low) == 0 && Double.compare(high, ci95High) == 0 ? this
                : new Estimate(mean, low, high, n);
    }
}
