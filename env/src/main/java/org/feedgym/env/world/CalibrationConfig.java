package org.feedgym.env.world;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.usermodel.UserModelConfig;

/**
 * The {@code world.calibration} section: which real log the world's users are compared with
 * (by {@code feedgym calibrate}, which also fits, and by every {@code run}, which reports the
 * fidelity section), and how. Only the shape is checked here; {@link WorldConfig} checks the fit
 * paths against its user model, and the log's columns are checked when it is read.
 *
 * <pre>{@code
 * "calibration": {
 *   "log": {"type": "kuairand"},
 *   "structure": {"response": {"type": "lognormal-watch"}},
 *   "fit": [{"path": "$.world.userModel.response.intercept", "low": -3, "high": 3}],
 *   "optimiser": {"type": "cma-es", "evaluations": 200, "seed": 7}
 * }
 * }</pre>
 *
 * @param log            the log, a catalog config of a log type ({@code kuairand},
 *                       {@code movielens}, {@code log}); default the world's catalog when it is one
 * @param fittingShare   expected share of users whose rows are fitted to, in [0.5, 0.95]; the rest
 *                       are held out for the fidelity report; default 0.8
 * @param idleGapMinutes a gap between two rows of a user longer than this starts a session, in
 *                       (0, 1440]; default 30
 * @param selection      which rows real and simulated logs keep before comparing:
 *                       {@code like-or-hate} (default when the log has both signals) or
 *                       {@code all} (default otherwise)
 * @param warmUpShare    share of each user's rows (the first ones) that only start the simulated
 *                       user: the items liked there are watched to the end before the compared
 *                       rows, so its interest starts from its history; in [0, 0.9]; default 0.2
 * @param persona        persona every replayed user is drawn as; default {@code adult}
 * @param structure      user-model overrides applied before fitting (part entries as in
 *                       {@code world.userModel}, e.g. {@code {"response": {"type": "lognormal-watch"}}});
 *                       default none
 * @param fit            the parameters fitted, each a path under {@code $.world.userModel} with
 *                       bounds; may be empty (then nothing is fitted). Parameters of the exit,
 *                       returns and budget parts are fitted in a second stage against the
 *                       free-running targets (a replay cannot see them); all others against the
 *                       replay first
 * @param objective      target weights of the two stages' objectives; default the watch-ratio
 *                       targets for the replay and the four session and return targets for the
 *                       free-running stage, each weight 1
 * @param optimiser      the search of the replay stage; default CMA-ES, 200 evaluations, seed 1
 * @param freeRunning    the free-running check of the session and return targets (and the search
 *                       of the second stage); default popularity policy, 64 users, 3 days
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalibrationConfig(CatalogConfig log, Double fittingShare, Double idleGapMinutes, String selection,
                                Double warmUpShare, String persona, Map<String, Object> structure, List<Fit> fit,
                                ObjectiveWeights objective, Optimiser optimiser, FreeRunning freeRunning) {

    /** Prefix of every fit path. */
    public static final String USER_MODEL_PREFIX = "$.world.userModel.";

    /** The selection names. */
    public static final List<String> SELECTIONS = List.of("like-or-hate", "all");

    /** Fills defaults and checks ranges. */
    public CalibrationConfig {
        fittingShare = in("fittingShare", fittingShare, 0.8, 0.5, 0.95);
        idleGapMinutes = idleGapMinutes == null ? 30.0 : idleGapMinutes;
        if (!(idleGapMinutes > 0 && idleGapMinutes <= 1440)) {
            throw new FieldException("idleGapMinutes", "idleGapMinutes must be in (0, 1440], got " + idleGapMinutes);
        }
        if (selection != null && !SELECTIONS.contains(selection)) {
            throw new FieldException("selection", "selection must be one of " + SELECTIONS + ", got '" + selection + "'");
        }
        warmUpShare = in("warmUpShare", warmUpShare, 0.2, 0, 0.9);
        persona = persona == null ? Persona.ADULT.name() : persona;
        structure = structure == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(structure));
        fit = fit == null ? List.of() : List.copyOf(fit);
        objective = objective == null ? new ObjectiveWeights(null, null) : objective;
        optimiser = optimiser == null ? new Optimiser(null, null, null) : optimiser;
        freeRunning = freeRunning == null ? new FreeRunning(null, null, null, null) : freeRunning;
    }

    /** The idle gap in seconds. */
    public double idleGapSeconds() {
        return idleGapMinutes * 60;
    }

    /** {@code model} with the structure overrides applied (each part entry merged over the part's). */
    public UserModelConfig structured(UserModelConfig model) {
        if (structure.isEmpty()) {
            return model;
        }
        Map<String, Object> json = new LinkedHashMap<>(model.toJson());
        for (Map.Entry<String, Object> e : structure.entrySet()) {
            Object base = json.get(e.getKey());
            if (base instanceof Map<?, ?> b && e.getValue() instanceof Map<?, ?> over) {
                Map<Object, Object> merged = new LinkedHashMap<>();
                // A new type brings its own parameters: the old type's ones would not fit it.
                if (over.containsKey("type") && !Objects.equals(over.get("type"), b.get("type"))) {
                    merged.putAll(over);
                } else {
                    merged.putAll(b);
                    merged.putAll(over);
                }
                json.put(e.getKey(), merged);
            } else {
                json.put(e.getKey(), e.getValue());
            }
        }
        try {
            return UserModelConfig.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw FieldException.under("structure", e);
        }
    }

    /**
     * {@code model} with the parameter at a fit path set to {@code value}.
     *
     * @throws IllegalArgumentException when the path names no numeric parameter or the value breaks its rule
     */
    public static UserModelConfig with(UserModelConfig model, String path, double value) {
        String[] keys = keys(path);
        Map<String, Object> json = new LinkedHashMap<>(model.toJson());
        Map<Object, Object> copy = new LinkedHashMap<>(numericEntry(json, path, keys));
        copy.put(keys[1], value);
        json.put(keys[0], copy);
        return UserModelConfig.fromJson(json);
    }

    /**
     * The value at a fit path.
     *
     * @throws IllegalArgumentException when the path names no numeric parameter
     */
    public static double value(UserModelConfig model, String path) {
        String[] keys = keys(path);
        return ((Number) numericEntry(model.toJson(), path, keys).get(keys[1])).doubleValue();
    }

    private static Map<?, ?> numericEntry(Map<String, Object> json, String path, String[] keys) {
        Object part = json.get(keys[0]);
        if (!(part instanceof Map<?, ?> entry) || !(entry.get(keys[1]) instanceof Number)) {
            throw new IllegalArgumentException("'" + path + "' names no numeric parameter of the user model; "
                    + (part instanceof Map<?, ?> m ? "numeric parameters of " + keys[0] + ": " + numericKeys(m)
                    : "parts: " + json.keySet()));
        }
        return entry;
    }

    private static String[] keys(String path) {
        if (path == null || !path.startsWith(USER_MODEL_PREFIX) || path.substring(USER_MODEL_PREFIX.length())
                .split("\\.").length != 2) {
            throw new IllegalArgumentException("path must be " + USER_MODEL_PREFIX + "<part>.<parameter>, got '"
                    + path + "'");
        }
        return path.substring(USER_MODEL_PREFIX.length()).split("\\.");
    }

    private static List<String> numericKeys(Map<?, ?> entry) {
        return entry.entrySet().stream().filter(e -> e.getValue() instanceof Number).map(e -> String.valueOf(e.getKey()))
                .toList();
    }

    /**
     * Checks every fit entry against the structured user model: the path names a numeric
     * parameter, low &lt; high, and both bounds are valid values of it.
     *
     * @throws FieldException naming {@code fit[i].path}, {@code .low} or {@code .high}
     */
    void checkFit(UserModelConfig structured) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < fit.size(); i++) {
            Fit f = fit.get(i);
            String at = "fit[" + i + "]";
            try {
                value(structured, f.path());
            } catch (IllegalArgumentException e) {
                throw new FieldException(at + ".path", e.getMessage());
            }
            if (!seen.add(f.path())) {
                throw new FieldException(at + ".path", "'" + f.path() + "' is fitted twice");
            }
            if (!(f.low() < f.high())) {
                throw new FieldException(at + ".low", "low must be < high, got " + f.low() + " and " + f.high());
            }
            bound(structured, f.path(), f.low(), at + ".low");
            bound(structured, f.path(), f.high(), at + ".high");
        }
    }

    private static void bound(UserModelConfig model, String path, double v, String at) {
        try {
            with(model, path, v);
        } catch (IllegalArgumentException e) {
            throw new FieldException(at, "bound " + v + " is outside the parameter's valid range: " + e.getMessage());
        }
    }

    private static double in(String field, Double v, double fallback, double low, double high) {
        double x = v == null ? fallback : v;
        if (!(x >= low && x <= high)) {
            throw new FieldException(field, field + " must be in [" + low + ", " + high + "], got " + x);
        }
        return x;
    }

    /**
     * One fitted parameter.
     *
     * @param path {@code $.world.userModel.<part>.<parameter>}, a numeric parameter
     * @param low  lower bound, a valid value of the parameter
     * @param high upper bound, a valid value, greater than low
     */
    public record Fit(String path, Double low, Double high) {

        /** Checks presence. */
        public Fit {
            if (path == null) {
                throw new FieldException("path", "path is required, e.g. \"$.world.userModel.response.intercept\"");
            }
            if (low == null || high == null) {
                throw new FieldException(low == null ? "low" : "high", (low == null ? "low" : "high") + " is required");
            }
        }
    }

    /**
     * The search.
     *
     * @param type        {@code cma-es} (default; bounded, Hansen's CMA-ES) or {@code nelder-mead}
     *                    (values clipped to the bounds)
     * @param evaluations objective evaluations at most, in [1, 100000] (1: the start alone, no search);
     *                    default 200
     * @param seed        the optimiser's seed; default 1
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Optimiser(String type, Integer evaluations, Long seed) {

        /** The optimiser types. */
        public static final List<String> TYPES = List.of("cma-es", "nelder-mead");

        /** Fills defaults and checks. */
        public Optimiser {
            type = type == null ? "cma-es" : type;
            if (!TYPES.contains(type)) {
                throw new FieldException("type", "type must be one of " + TYPES + ", got '" + type + "'");
            }
            evaluations = evaluations == null ? 200 : evaluations;
            if (evaluations < 1 || evaluations > 100_000) {
                throw new FieldException("evaluations", "evaluations must be in [1, 100000], got " + evaluations);
            }
            seed = seed == null ? 1L : seed;
        }
    }

    /**
     * Target weights of the objectives: per stage, target name to weight. The weight multiplies
     * the target's KS statistic in the stage's sum; a target left out does not count. Names are
     * checked against the log's targets when the calibration runs.
     *
     * <pre>{@code
     * "objective": {"replay": {"watch-ratio": 1, "return-gap-hours": 0.5},
     *               "freeRunning": {"days-active": 1, "return-gap-hours": 1}}
     * }</pre>
     *
     * @param replay      weights of the replay stage's targets (names as in the report, e.g.
     *                    {@code watch-ratio}, {@code watch-ratio|like}, {@code days-active}), each
     *                    in [0, 100]; default (null) the watch-ratio targets, weight 1
     * @param freeRunning weights of the free-running stage's targets ({@code items-per-session},
     *                    {@code minutes-per-session}, {@code days-active}, {@code return-gap-hours},
     *                    without the report's " (free-running)" suffix), each in [0, 100]; default
     *                    (null) all four, weight 1
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectiveWeights(Map<String, Double> replay, Map<String, Double> freeRunning) {

        /** Checks the weights. */
        public ObjectiveWeights {
            replay = weights("replay", replay);
            freeRunning = weights("freeRunning", freeRunning);
        }

        private static Map<String, Double> weights(String stage, Map<String, Double> w) {
            if (w == null) {
                return null;
            }
            if (w.isEmpty()) {
                throw new FieldException(stage, stage + " must name at least one target (leave it out for the default)");
            }
            for (Map.Entry<String, Double> e : w.entrySet()) {
                Double v = e.getValue();
                if (v == null || !(v >= 0 && v <= 100)) {
                    throw new FieldException(stage + "." + e.getKey(), "weight must be in [0, 100], got " + v);
                }
            }
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(w));
        }
    }

    /**
     * The free-running check: simulated users of the world under a fixed policy, their rows put
     * through the same selection as the log's. Its settings also drive the second stage, which
     * fits the exit, returns and budget parameters named in {@code fit} to the fitting users'
     * rows with users of their own seeds (the check's users are not the fit's).
     *
     * @param policy    {@code popularity} (default) or {@code random}
     * @param users     simulated users, in [1, 10000]; default 64
     * @param days      simulated days, in [1, 60]; default 3 (set it to the span of a user's
     *                  compared rows in the log, or days active cannot match)
     * @param optimiser the second stage's search; default CMA-ES, 200 evaluations, seed 1
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FreeRunning(String policy, Integer users, Integer days, Optimiser optimiser) {

        /** The policies. */
        public static final List<String> POLICIES = List.of("popularity", "random");

        /** Fills defaults and checks. */
        public FreeRunning {
            policy = policy == null ? "popularity" : policy;
            if (!POLICIES.contains(policy)) {
                throw new FieldException("policy", "policy must be one of " + POLICIES + ", got '" + policy + "'");
            }
            users = users == null ? 64 : users;
            if (users < 1 || users > 10_000) {
                throw new FieldException("users", "users must be in [1, 10000], got " + users);
            }
            days = days == null ? 3 : days;
            if (days < 1 || days > 60) {
                throw new FieldException("days", "days must be in [1, 60], got " + days);
            }
            optimiser = optimiser == null ? new Optimiser(null, null, null) : optimiser;
        }
    }
}
