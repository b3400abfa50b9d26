package org.feedgym.simulator.sensitivity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.config.SensitivityConfig;

/**
 * {@code sensitivity.json}: what was varied, how, and per metric the indices; per conclusion the
 * share of sampled points where it holds. A number that could not be computed (a metric missing at
 * some point, zero variance) is left out rather than written as NaN.
 *
 * @param experiment  the config's name
 * @param seed        its root seed (every point runs with it)
 * @param method      the method with its defaults filled in
 * @param parameters  the varied values
 * @param runs        sampled points (each one run of every agent)
 * @param replicates  evaluation replicates per point: each trains its agents afresh, so a point costs
 *                    this many training runs per training agent
 * @param failed      points whose run failed (their metrics are missing)
 * @param metrics     one entry per analysed metric reference
 * @param conclusions one entry per stated conclusion
 */
@JsonPropertyOrder({"experiment", "seed", "method", "parameters", "runs", "replicates", "failed", "metrics",
    "conclusions"})
public record SensitivityResult(String experiment, long seed, SensitivityConfig.Method method,
                                List<SensitivityConfig.Parameter> parameters, int runs, int replicates, int failed,
                                List<MetricIndices> metrics, List<ConclusionShare> conclusions) {

    public SensitivityResult {
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        conclusions = List.copyOf(conclusions);
    }

    /**
     * The indices of one metric reference.
     *
     * @param metric  the reference as written
     * @param missing points where the value is missing (a failed agent or run); indices need none
     * @param indices one row per parameter in config order; empty when values are missing
     */
    @JsonPropertyOrder({"metric", "missing", "indices"})
    public record MetricIndices(String metric, int missing, List<Index> indices) {
        public MetricIndices {
            indices = List.copyOf(indices);
        }
    }

    /**
     * One parameter's indices. Morris fills {@code muStar}, {@code mu}, {@code sigma} (elementary
     * effects per move across the whole range: metric units); Sobol fills {@code first} and
     * {@code total} with their bootstrap 95% intervals (shares of the metric's variance).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"parameter", "muStar", "mu", "sigma", "first", "firstCi95Low", "firstCi95High", "total",
        "totalCi95Low", "totalCi95High"})
    public record Index(String parameter, Double muStar, Double mu, Double sigma, Double first, Double firstCi95Low,
                        Double firstCi95High, Double total, Double totalCi95Low, Double totalCi95High) {

        /** The value the report's bars show: μ* for Morris, the total index for Sobol. */
        public Double headline() {
            return muStar != null ? muStar : total;
        }
    }

    /**
     * A conclusion's share of the parameter box.
     *
     * @param conclusion as written
     * @param holds      sampled points where it holds
     * @param points     sampled points
     * @param share      holds ÷ points
     * @param ci95Low    Wilson 95% interval of the share
     * @param ci95High   upper end
     */
    @JsonPropertyOrder({"conclusion", "holds", "points", "share", "ci95Low", "ci95High"})
    public record ConclusionShare(String conclusion, int holds, int points, double share, double ci95Low,
                                  double ci95High) {
    }

    /** A finite value, or null for JSON. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static final ObjectMapper READER = Json.strictMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads {@code sensitivity.json}. */
    public static SensitivityResult read(Path file) throws IOException {
        return READER.readValue(file.toFile(), SensitivityResult.class);
    }

    /** Indented JSON with a final newline. */
    public String toJson(ObjectMapper mapper) throws IOException {
        return mapper.writeValueAsString(this) + "\n";
    }
}
