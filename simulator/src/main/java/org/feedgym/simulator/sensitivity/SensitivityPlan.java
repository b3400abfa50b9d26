package org.feedgym.simulator.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.params.UnknownKey;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.config.SensitivityConfig;
import org.feedgym.simulator.config.SweepExpander;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;

/**
 * A validated sensitivity analysis: its factors, the design points on the unit cube, the metric
 * references and the conclusions. Every rule is checked here, each failure a
 * {@link ConfigException} naming the JSON path ({@code $.sensitivity.parameters[2].low}) and the rule.
 *
 * <p>The design depends on the config alone (Morris's generator is derived from the root seed,
 * Sobol's sequence is fixed), so a rerun or a resumed run asks for the same points. Every point
 * runs with the config's root seed: the points share their random numbers, so differences between
 * points are the parameters' doing, not sampling noise of different users.
 *
 * @param config     the analysis as configured
 * @param factors    the varied values, in config order
 * @param metrics    the analysed references, in config order
 * @param conclusions the stated inequalities, in config order
 * @param unitPoints the design on {@code [0,1]^k}, in run order
 */
public record SensitivityPlan(SensitivityConfig config, List<Factor> factors, List<MetricReference> metrics,
                              List<Conclusion> conclusions, List<double[]> unitPoints) {

    /** Most runs one analysis may ask for: a guard against a typo such as 100000 samples. */
    public static final int MAX_RUNS = 100_000;

    public SensitivityPlan {
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        conclusions = List.copyOf(conclusions);
        unitPoints = List.copyOf(unitPoints);
    }

    /**
     * One varied value.
     *
     * @param path    its config path
     * @param low     range start
     * @param high    range end
     * @param log     log-uniform rather than uniform
     * @param integer the config holds an integer there: values are rounded to the nearest integer
     */
    public record Factor(String path, double low, double high, boolean log, boolean integer) {

        /** The config value at unit-cube coordinate {@code u} in [0, 1]. */
        public JsonNode value(double u) {
            double v = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
            // Both ends exactly, whatever exp/log rounding does.
            v = u <= 0 ? low : u >= 1 ? high : v;
            return integer ? LongNode.valueOf(Math.round(v)) : DoubleNode.valueOf(v);
        }
    }

    /** True for a Morris analysis, false for Sobol. */
    public boolean morris() {
        return "morris".equals(config.method().type());
    }

    /** The Morris design (morris only); the same every call. */
    public Morris.Design morrisDesign(long seed) {
        return morrisDesign(config.method(), factors.size(), seed);
    }

    private static Morris.Design morrisDesign(SensitivityConfig.Method m, int k, long seed) {
        return Morris.design(k, m.trajectories(), m.levels(), Seeds.generator(seed, "sensitivity-morris", 0));
    }

    /** Config path → value of each run, in run order. */
    public List<Map<String, JsonNode>> points() {
        List<Map<String, JsonNode>> out = new ArrayList<>();
        for (double[] u : unitPoints) {
            Map<String, JsonNode> p = new LinkedHashMap<>();
            for (int i = 0; i < factors.size(); i++) {
                p.put(factors.get(i).path(), factors.get(i).value(u[i]));
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Validates the {@code sensitivity} section of a loaded config.
     *
     * @throws IllegalArgumentException when the config has no sensitivity section
     * @throws ConfigException          naming the JSON path and rule of the first problem
     */
    public static SensitivityPlan of(LoadedConfig loaded) throws ConfigException {
        SensitivityConfig s = loaded.config().sensitivity();
        if (s == null) {
            throw new IllegalArgumentException("config has no sensitivity section");
        }
        String file = loaded.source();
        JsonNode base = loaded.resolved();
        if (s.parameters().isEmpty()) {
            throw new ConfigException(file, "$.sensitivity.parameters", "must list at least one parameter");
        }
        List<Factor> factors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < s.parameters().size(); i++) {
            factors.add(factor(file, base, s.parameters().get(i), "$.sensitivity.parameters[" + i + "]", seen));
        }
        int runs = validateMethod(file, s.method(), factors.size());
        if (runs > MAX_RUNS) {
            throw new ConfigException(file, "$.sensitivity.method", "asks for " + runs + " runs; at most " + MAX_RUNS);
        }
        Set<String> agents = new LinkedHashSet<>();
        for (ResolvedAgent a : loaded.agents()) {
            agents.add(a.name());
        }
        List<Metric> known = MetricRegistry.forConfig(loaded.config().metrics());
        boolean ratios = hasPersona(base, loaded.config().comparison().vulnerable())
                && hasPersona(base, loaded.config().comparison().control());
        if (s.metrics().isEmpty()) {
            throw new ConfigException(file, "$.sensitivity.metrics", "must list at least one metric reference, e.g. \""
                    + agents.iterator().next() + " return\"");
        }
        List<MetricReference> metrics = new ArrayList<>();
        for (int i = 0; i < s.metrics().size(); i++) {
            metrics.add(reference(file, "$.sensitivity.metrics[" + i + "]", s.metrics().get(i), agents, known, ratios));
        }
        List<Conclusion> conclusions = new ArrayList<>();
        for (int i = 0; i < s.conclusions().size(); i++) {
            conclusions.add(conclusion(file, "$.sensitivity.conclusions[" + i + "]", s.conclusions().get(i), agents, known,
                    ratios));
        }
        List<double[]> unit = "morris".equals(s.method().type())
                ? morrisDesign(s.method(), factors.size(), loaded.config().seed()).points()
                : Saltelli.design(factors.size(), s.method().samples());
        return new SensitivityPlan(s, factors, metrics, conclusions, unit);
    }

    private static Factor factor(String file, JsonNode base, SensitivityConfig.Parameter p, String at, Set<String> seen)
            throws ConfigException {
        if (p == null) {
            throw new ConfigException(file, at, "must be an object {\"path\", \"low\", \"high\", \"scale\"}");
        }
        if (p.path() == null || p.path().isBlank()) {
            throw new ConfigException(file, at + ".path", "is required: a path of the resolved config such as"
                    + " world.reward.harmPenalty");
        }
        JsonNode value = SweepExpander.valueAt(file, base, p.path(), at + ".path");
        if (!value.isNumber()) {
            throw new ConfigException(file, at + ".path", "parameter path '" + p.path() + "' names "
                    + (value.isNull() ? "null" : value.getNodeType().name().toLowerCase() + " " + value)
                    + "; a sensitivity parameter must name a number");
        }
        if (p.path().equals("seed")) {
            throw new ConfigException(file, at + ".path", "the root seed is not a model parameter; vary it with a sweep"
                    + " or evaluation.replicates");
        }
        if (!seen.add(p.path())) {
            throw new ConfigException(file, at + ".path", "parameter path '" + p.path() + "' is listed twice");
        }
        if (p.low() == null || p.high() == null) {
            throw new ConfigException(file, at + (p.low() == null ? ".low" : ".high"), "is required: the range is"
                    + " [low, high]");
        }
        if (!Double.isFinite(p.low()) || !Double.isFinite(p.high())) {
            throw new ConfigException(file, at, "low and high must be finite numbers");
        }
        if (p.low().equals(p.high())) {
            throw new ConfigException(file, at, "empty range: low == high == " + p.low()
                    + "; give high > low, or leave the value out of the analysis");
        }
        if (p.low() > p.high()) {
            throw new ConfigException(file, at, "inverted bounds: low " + p.low() + " > high " + p.high());
        }
        boolean log;
        if ("uniform".equals(p.scale())) {
            log = false;
        } else if ("log".equals(p.scale())) {
            log = true;
            if (p.low() <= 0) {
                throw new ConfigException(file, at + ".low", "a log scale needs low > 0, got " + p.low());
            }
        } else {
            throw new ConfigException(file, at + ".scale", "unknown scale '" + p.scale() + "'; use \"uniform\" or \"log\"");
        }
        boolean integer = value.isIntegralNumber();
        if (integer && Math.round(p.high()) == Math.round(p.low())) {
            throw new ConfigException(file, at, "empty range: '" + p.path() + "' holds an integer and [" + p.low()
                    + ", " + p.high() + "] rounds to one value");
        }
        return new Factor(p.path(), p.low(), p.high(), log, integer);
    }

    private static int validateMethod(String file, SensitivityConfig.Method m, int k) throws ConfigException {
        String at = "$.sensitivity.method";
        if (m == null || m.type() == null) {
            throw new ConfigException(file, at + (m == null ? "" : ".type"), "is required: {\"type\": \"morris\","
                    + " \"trajectories\": r, \"levels\": p} or {\"type\": \"sobol\", \"samples\": N, \"bootstrap\": B}");
        }
        switch (m.type()) {
            case "morris" -> {
                if (m.samples() != null || m.bootstrap() != null) {
                    throw new ConfigException(file, at + (m.samples() != null ? ".samples" : ".bootstrap"),
                            "applies to \"sobol\", not \"morris\" (which takes trajectories and levels)");
                }
                if (m.trajectories() < 2 || m.trajectories() > 10_000) {
                    throw new ConfigException(file, at + ".trajectories", "must be in [2, 10000], got " + m.trajectories());
                }
                if (m.levels() < 2 || m.levels() > 100 || m.levels() % 2 != 0) {
                    throw new ConfigException(file, at + ".levels", "must be an even number in [2, 100], got " + m.levels());
                }
                return m.trajectories() * (k + 1);
            }
            case "sobol" -> {
                if (m.trajectories() != null || m.levels() != null) {
                    throw new ConfigException(file, at + (m.trajectories() != null ? ".trajectories" : ".levels"),
                            "applies to \"morris\", not \"sobol\" (which takes samples and bootstrap)");
                }
                if (m.samples() < 2 || m.samples() > MAX_RUNS) {
                    throw new ConfigException(file, at + ".samples", "must be in [2, " + MAX_RUNS + "], got " + m.samples());
                }
                if (m.bootstrap() < 100 || m.bootstrap() > 100_000) {
                    throw new ConfigException(file, at + ".bootstrap", "must be in [100, 100000], got " + m.bootstrap());
                }
                if (k > 500) {
                    throw new ConfigException(file, "$.sensitivity.parameters", "sobol takes at most 500 parameters");
                }
                return m.samples() * (k + 2);
            }
            default -> throw new ConfigException(file, at + ".type", "unknown method '" + m.type()
                    + "'; use \"morris\" or \"sobol\"");
        }
    }

    private static boolean hasPersona(JsonNode base, String persona) {
        JsonNode personas = base.path("world").path("users").path("personas");
        return personas.isObject() && personas.has(persona);
    }

    /** Parses {@code AGENT METRIC}, {@code AGENT - OTHER METRIC} or {@code AGENT vulnerable/control METRIC}. */
    static MetricReference reference(String file, String at, String text, Set<String> agents, List<Metric> known,
                                     boolean ratios) throws ConfigException {
        String[] t = text == null ? new String[0] : text.trim().split("\\s+");
        String forms = "expected \"AGENT METRIC\", \"AGENT - OTHER METRIC\" or \"AGENT " + MetricReference.RATIO_TOKEN
                + " METRIC\", e.g. \"" + agents.iterator().next() + " return\"";
        MetricReference.Kind kind;
        String other = null;
        if (t.length == 2) {
            kind = MetricReference.Kind.VALUE;
        } else if (t.length == 3 && t[1].equals(MetricReference.RATIO_TOKEN)) {
            kind = MetricReference.Kind.RATIO;
        } else if (t.length == 4 && t[1].equals("-")) {
            kind = MetricReference.Kind.DIFFERENCE;
            other = t[2];
        } else {
            throw new ConfigException(file, at, "malformed metric reference '" + text + "': " + forms);
        }
        String agent = t[0];
        for (String a : other == null ? List.of(agent) : List.of(agent, other)) {
            if (!agents.contains(a)) {
                throw new ConfigException(file, at, "unknown agent '" + a + "' in '" + text + "'; agents in this config: "
                        + agents);
            }
        }
        String key = t[t.length - 1];
        Metric metric = known.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
        if (metric == null) {
            throw new ConfigException(file, at, "unknown metric '" + key + "' in '" + text + "'"
                    + UnknownKey.didYouMean(key, known.stream().map(Metric::key).toList()) + "; metrics: "
                    + known.stream().map(Metric::key).toList());
        }
        if (kind == MetricReference.Kind.RATIO) {
            if (!metric.in(Metric.Use.VULNERABLE_RATIO)) {
                throw new ConfigException(file, at, "metric '" + key + "' has no vulnerable/control ratio; ratios exist for "
                        + known.stream().filter(m -> m.in(Metric.Use.VULNERABLE_RATIO)).map(Metric::key).toList());
            }
            if (!ratios) {
                throw new ConfigException(file, at, "'" + text + "' needs both comparison personas (comparison.vulnerable"
                        + " and comparison.control) in world.users.personas");
            }
        }
        return new MetricReference(text.trim(), kind, agent, other, metric);
    }

    static Conclusion conclusion(String file, String at, String text, Set<String> agents, List<Metric> known,
                                 boolean ratios) throws ConfigException {
        String[] t = text == null ? new String[0] : text.trim().split("\\s+");
        int op = -1;
        for (int i = 0; i < t.length; i++) {
            if (Conclusion.OPERATORS.contains(t[i])) {
                if (op >= 0) {
                    op = -2;
                    break;
                }
                op = i;
            }
        }
        if (op < 1 || op == t.length - 1) {
            throw new ConfigException(file, at, "malformed conclusion '" + text + "': expected \"REFERENCE OP REFERENCE\""
                    + " or \"REFERENCE OP NUMBER\" with one OP of " + Conclusion.OPERATORS
                    + ", e.g. \"oracle return > random return\"");
        }
        MetricReference left = reference(file, at, String.join(" ", List.of(t).subList(0, op)), agents, known, ratios);
        String rightText = String.join(" ", List.of(t).subList(op + 1, t.length));
        if (t.length - op - 1 == 1) {
            try {
                double c = Double.parseDouble(rightText);
                if (!Double.isFinite(c)) {
                    throw new NumberFormatException();
                }
                return new Conclusion(text.trim(), left, t[op], null, c);
            } catch (NumberFormatException e) {
                throw new ConfigException(file, at, "malformed conclusion '" + text + "': '" + rightText
                        + "' is neither a number nor a metric reference");
            }
        }
        MetricReference right = reference(file, at, rightText, agents, known, ratios);
        return new Conclusion(text.trim(), left, t[op], right, Double.NaN);
    }
}
