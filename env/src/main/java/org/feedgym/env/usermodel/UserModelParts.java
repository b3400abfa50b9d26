package org.feedgym.env.usermodel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * User-model part types by registry id, per part. {@link #builtIn()} holds every implementation
 * FeedGym ships; a new one registers here (see the README's "Adding a response model") and is
 * then named in a config as {@code "type"}.
 */
public final class UserModelParts {

    private static final UserModelParts BUILT_IN = createBuiltIn();

    private final Map<Part, Map<String, PartType<?>>> types;

    private UserModelParts(Map<Part, Map<String, PartType<?>>> types) {
        Map<Part, Map<String, PartType<?>>> copy = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(types.getOrDefault(p, Map.of()))));
        }
        this.types = Collections.unmodifiableMap(copy);
    }

    /** The registry of every built-in part type. */
    public static UserModelParts builtIn() {
        return BUILT_IN;
    }

    private static UserModelParts createBuiltIn() {
        Map<Part, Map<String, PartType<?>>> t = new EnumMap<>(Part.class);
        add(t, new PartType<>(Part.RESPONSE, LogisticWatch.TYPE,
                "sigmoid(logit) plus uniform noise, clipped to [minWatch, watchCap]",
                LogisticWatchParameters.class, LogisticWatch::new));
        add(t, new PartType<>(Part.RESPONSE, LognormalWatch.TYPE,
                "log-normal watch ratio with mean watchScale·sigmoid(logit), replays up to watchCap",
                LognormalWatchParameters.class, LognormalWatch::new));
        add(t, new PartType<>(Part.RESPONSE, SockPuppet.TYPE,
                "scripted audit account: watch (and like) target topics to the end, skip the rest",
                SockPuppetParameters.class, SockPuppet::new));
        add(t, new PartType<>(Part.SIGNALS, PowerWatchSignals.TYPE,
                "rate · watch^power · quality factor per signal", PowerWatchSignalsParameters.class,
                PowerWatchSignals::new));
        add(t, new PartType<>(Part.NEGATIVE, LogisticHate.TYPE, "logistic in watch ratio and affinity",
                LogisticHateParameters.class, LogisticHate::new));
        add(t, new PartType<>(Part.TRANSITION, SatiationDrift.TYPE,
                "exponential satiation, interest drift toward watched items, smoothed boredom",
                SatiationDriftParameters.class, SatiationDrift::new));
        add(t, new PartType<>(Part.EXIT, BoredomExit.TYPE, "base rate plus excess boredom",
                BoredomExitParameters.class, BoredomExit::new));
        add(t, new PartType<>(Part.RETURNS, LogisticReturn.TYPE, "logistic return, shifted exponential gap",
                LogisticReturnParameters.class, LogisticReturn::new));
        add(t, new PartType<>(Part.BUDGET, LognormalBudget.TYPE, "mean × log-normal factor",
                LognormalBudgetParameters.class, LognormalBudget::new));
        add(t, new PartType<>(Part.SAMPLER, TopicMixSampler.TYPE,
                "two favourite topics, the persona's harmful tilt, isotropic noise", TopicMixSamplerParameters.class,
                TopicMixSampler::new));
        return new UserModelParts(t);
    }

    private static void add(Map<Part, Map<String, PartType<?>>> t, PartType<?> type) {
        Map<String, PartType<?>> ofPart = t.computeIfAbsent(type.part(), p -> new LinkedHashMap<>());
        if (ofPart.put(type.type(), type) != null) {
            throw new IllegalStateException(type.part().key() + " type registered twice: " + type.type());
        }
    }

    /**
     * This registry plus {@code type} (for tests and extensions that cannot live in
     * {@link #builtIn()}).
     *
     * @throws IllegalStateException when the type is registered already
     */
    public UserModelParts with(PartType<?> type) {
        Map<Part, Map<String, PartType<?>>> all = new EnumMap<>(Part.class);
        types.forEach((p, m) -> all.put(p, new LinkedHashMap<>(m)));
        add(all, type);
        return new UserModelParts(all);
    }

    /** The registered types of {@code part}, in registration order. */
    public Map<String, PartType<?>> types(Part part) {
        return types.get(part);
    }

    /** The registered type ids of {@code part}. */
    public List<String> ids(Part part) {
        return List.copyOf(types.get(part).keySet());
    }

    /**
     * The registered type {@code id} of {@code part}.
     *
     * @throws org.feedgym.env.params.FieldException at {@code <part>.type} naming the known types
     */
    public PartType<?> type(Part part, String id) {
        PartType<?> t = types.get(part).get(id);
        if (t == null) {
            throw new org.feedgym.env.params.FieldException(part.key() + ".type", "unknown " + part.key()
                    + " type '" + id + "'; known types: " + ids(part));
        }
        return t;
    }
}
