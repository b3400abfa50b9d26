package org.feedgym.simulator.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A sample mean with its two-sided 95% confidence interval (Student t). For fewer than two
 * observations the interval is undefined ({@code NaN}); with none the mean is too.
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
}
