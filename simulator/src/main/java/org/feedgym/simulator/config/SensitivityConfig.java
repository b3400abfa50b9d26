package org.feedgym.simulator.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A global sensitivity analysis over config values, run by {@code feedgym sensitivity}. Only the
 * shape is checked here; what needs the resolved config (that a path names a number, that an agent
 * and metric exist, that a conclusion parses) is checked by
 * {@link org.feedgym.simulator.sensitivity.SensitivityPlan} when the config is loaded, so every
 * problem is reported with its JSON path before anything runs.
 *
 * <pre>{@code
 * "sensitivity": {
 *   "parameters": [{"path": "world.reward.harmPenalty", "low": 0, "high": 1},
 *                  {"path": "world.catalog.items", "low": 500, "high": 4000, "scale": "log"}],
 *   "method": {"type": "morris", "trajectories": 10, "levels": 4},
 *   "metrics": ["greedy-engagement return", "oracle - random return",
 *               "greedy-engagement vulnerable/control harmfulShareItems"],
 *   "conclusions": ["oracle return > random return"]
 * }
 * }</pre>
 *
 * @param parameters  the config values varied, at least one
 * @param method      how the parameter box is sampled and analysed
 * @param metrics     metric references analysed, at least one
 * @param conclusions stated inequalities, each reported with the share of sampled points where it
 *                    holds; may be empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SensitivityConfig(List<Parameter> parameters, Method method, List<String> metrics,
                                List<String> conclusions) {

    public SensitivityConfig {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
    }

    /**
     * One varied value.
     *
     * @param path  a path of the resolved config naming a number, e.g. {@code world.reward.harmPenalty}
     * @param low   lower end of the range (inclusive)
     * @param high  upper end, greater than low
     * @param scale {@code uniform} (default) or {@code log} (log-uniform; needs low > 0)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String path, Double low, Double high, String scale) {
        public Parameter {
            scale = scale == null ? "uniform" : scale;
        }
    }

    /**
     * The sampling method: {@code morris} with {@code trajectories} (r, default 10) and
     * {@code levels} (p, even, default 4), giving r(k + 1) runs; or {@code sobol} with
     * {@code samples} (N, default 256) and {@code bootstrap} (B, default 500), giving N(k + 2) runs.
     *
     * @param type         {@code morris} or {@code sobol}
     * @param trajectories Morris trajectories r
     * @param levels       Morris grid levels p
     * @param samples      Sobol base samples N
     * @param bootstrap    Sobol bootstrap resamples B
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Method(String type, Integer trajectories, Integer levels, Integer samples, Integer bootstrap) {
        public Method {
            if ("morris".equals(type)) {
                trajectories = trajectories == null ? 10 : trajectories;
                levels = levels == null ? 4 : levels;
            } else if ("sobol".equals(type)) {
                samples = samples == null ? 256 : samples;
                bootstrap = bootstrap == null ? 500 : bootstrap;
            }
        }
    }
}
