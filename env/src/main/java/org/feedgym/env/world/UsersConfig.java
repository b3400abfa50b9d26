package org.feedgym.env.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.params.ParameterChecks;
import org.feedgym.env.params.UnknownKey;

/**
 * The user section of a world config.
 *
 * @param personas        persona name → weight in the population mix (weights &ge; 0, at least
 *                        one positive; they are normalised); default adult 0.5, teen 0.3,
 *                        teen-vulnerable 0.2
 * @param historyLength   how many recent items a user remembers, in [1, 200]; default 20
 * @param sessionMinutes  overrides every persona's mean session time budget, in (0, 10000]
 *                        minutes; default: each persona's own (adult 25, teen 40, vulnerable 45)
 * @param boredomExit     whether users may leave a session early when bored; default true.
 *                        Audits with scripted accounts that watch for a fixed time set it false.
 * @param warmStartTopic  a topic name (e.g. {@code body-image}): before the first step every
 *                        user watches {@code warmStartItems} random items of this topic to the
 *                        end, as the audit accounts did; default none
 * @param warmStartItems  how many warm-start items, in [1, 100]; default 1 (only with a topic)
 * @param warmStartPersonas the personas that get the warm start, a subset of {@code personas}
 *                        (only with a topic); default every persona. This is how an audit
 *                        declares an interest at sign-up for its vulnerable accounts only (CCDH's
 *                        "loseweight" name, Amnesty's declared mental-health interest) while every
 *                        account follows the same script
 * @param exitWindow      the repetition exit rule of the CIRS/KuaiEnv study (Gao et al. 2023):
 *                        the user leaves when the shown item's topic appears more than
 *                        {@code exitThreshold} times among the {@code exitWindow} items shown
 *                        before it; in [1, historyLength − 1]; default none (rule off)
 * @param exitThreshold   in [0, exitWindow]; default 0 (only with a window): with window 1 and
 *                        threshold 0 the user leaves as soon as two consecutive items share a topic
 * @param interestsFromLog for data catalogs with an interaction log ({@code kuairand},
 *                        {@code movielens}): each simulated user starts from the interests of a
 *                        logged user drawn at random (the normalised mean embedding of the items
 *                        that user rated or reacted to at or above the log's mean signal, blended
 *                        0.8 / 0.2 with the persona's sampled interest, so the persona's harm tilt
 *                        remains); default false
 * @param defs            personas defined in the config, name → {@link PersonaDef}: a built-in
 *                        name ({@code adult}, {@code teen}, {@code teen-vulnerable}) overrides
 *                        the fields it gives, a new name adds a persona (fields left out: the
 *                        adult's); {@code personas} mixes them by name; default none
 * @param exitOn          what the repetition rule compares (only with a window):
 *                        {@value #EXIT_ON_TOPIC} (default) counts the items in the window with the
 *                        shown item's topic; {@value #EXIT_ON_ANY_CATEGORY} counts those that share
 *                        any source category with it (KuaiEnv's rule on KuaiRec's category lists;
 *                        needs a catalog with category lists, i.e. {@code kuairec})
 */
public record UsersConfig(Map<String, Double> personas, Integer historyLength, Double sessionMinutes,
                          Boolean boredomExit, String warmStartTopic, Integer warmStartItems, Integer exitWindow,
                          Integer exitThreshold, Boolean interestsFromLog, Map<String, PersonaDef> defs,
                          java.util.List<String> warmStartPersonas, String exitOn) {

    /** {@link #exitOn} value: compare topics (the default). */
    /** Items a user remembers by default ({@code historyLength}); remembered items are not offered again. */
    public static final int DEFAULT_HISTORY_LENGTH = 20;
    public static final String EXIT_ON_TOPIC = "topic";
    /** {@link #exitOn} value: compare source category lists. */
    public static final String EXIT_ON_ANY_CATEGORY = "any-category";

    public UsersConfig {
        if (personas == null) {
            Map<String, Double> mix = new LinkedHashMap<>();
            mix.put("adult", 0.5);
            mix.put("teen", 0.3);
            mix.put("teen-vulnerable", 0.2);
            personas = mix;
        }
        if (personas.isEmpty()) {
            throw new IllegalArgumentException("personas must name at least one persona");
        }
        if (defs != null) {
            for (Map.Entry<String, PersonaDef> e : defs.entrySet()) {
                String name = e.getKey();
                if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                    throw new org.feedgym.env.params.FieldException("defs", "a persona name must be letters, digits,"
                            + " '-', '_' or '.', got '" + name + "'");
                }
                if (e.getValue() == null) {
                    throw new org.feedgym.env.params.FieldException("defs." + name, "expected an object, got null");
                }
                try {
                    e.getValue().over(name, baseOf(name));
                } catch (IllegalArgumentException x) {
                    throw org.feedgym.env.params.FieldException.under("defs." + name, x);
                }
            }
            defs = Collections.unmodifiableMap(new LinkedHashMap<>(defs));
        }
        double total = 0;
        for (Map.Entry<String, Double> e : personas.entrySet()) {
            if ((defs == null || !defs.containsKey(e.getKey()))
                    && Persona.BUILT_IN.stream().noneMatch(p -> p.name().equals(e.getKey()))) {
                throw new IllegalArgumentException("unknown persona '" + e.getKey() + "'"
                        + UnknownKey.didYouMean(e.getKey(), knownPersonas(defs)) + "; known: " + knownPersonas(defs));
            }
            Double w = e.getValue();
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("personas." + e.getKey() + " must be a weight >= 0, got " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("personas weights must not all be 0");
        }
        personas = Collections.unmodifiableMap(new LinkedHashMap<>(personas));
        historyLength = ParameterChecks.intIn("historyLength", historyLength, DEFAULT_HISTORY_LENGTH, 1, 200);
        if (sessionMinutes != null && !(sessionMinutes > 0 && sessionMinutes <= 10_000)) {
            throw new IllegalArgumentException("sessionMinutes must be in (0, 10000], got " + sessionMinutes);
        }
        boredomExit = boredomExit == null ? Boolean.TRUE : boredomExit;
        if (warmStartTopic != null && warmStartTopic.isBlank()) {
            throw new IllegalArgumentException("warmStartTopic must name a topic, got a blank string");
        }
        if (warmStartTopic == null && warmStartItems != null) {
            throw new IllegalArgumentException("warmStartItems needs a warmStartTopic");
        }
        warmStartItems = warmStartTopic == null ? null : ParameterChecks.intIn("warmStartItems", warmStartItems, 1, 1, 100);
        if (warmStartPersonas != null) {
            if (warmStartTopic == null) {
                throw new IllegalArgumentException("warmStartPersonas needs a warmStartTopic");
            }
            for (String name : warmStartPersonas) {
                if (!personas.containsKey(name)) {
                    throw new org.feedgym.env.params.FieldException("warmStartPersonas", "'" + name
                            + "' is not in personas " + personas.keySet());
                }
            }
            warmStartPersonas = java.util.List.copyOf(warmStartPersonas);
        }
        interestsFromLog = interestsFromLog == null ? Boolean.FALSE : interestsFromLog;
        if (exitWindow == null && exitThreshold != null) {
            throw new IllegalArgumentException("exitThreshold needs an exitWindow");
        }
        if (exitWindow != null) {
            // The history holds the current item too, so it must be one longer than the window.
            if (historyLength < 2) {
                throw new IllegalArgumentException("exitWindow needs historyLength >= 2, got " + historyLength);
            }
            exitWindow = ParameterChecks.intIn("exitWindow", exitWindow, 1, 1, historyLength - 1);
            exitThreshold = ParameterChecks.intIn("exitThreshold", exitThreshold, 0, 0, exitWindow);
            exitOn = exitOn == null ? EXIT_ON_TOPIC : exitOn;
            if (!exitOn.equals(EXIT_ON_TOPIC) && !exitOn.equals(EXIT_ON_ANY_CATEGORY)) {
                throw new org.feedgym.env.params.FieldException("exitOn", "exitOn must be '" + EXIT_ON_TOPIC
                        + "' or '" + EXIT_ON_ANY_CATEGORY + "', got '" + exitOn + "'");
            }
        } else if (exitOn != null) {
            throw new org.feedgym.env.params.FieldException("exitOn", "exitOn needs an exitWindow");
        }
    }

    /** A population with persona definitions and the warm start for some personas; the topic exit rule. */
    public UsersConfig(Map<String, Double> personas, Integer historyLength, Double sessionMinutes,
                       Boolean boredomExit, String warmStartTopic, Integer warmStartItems, Integer exitWindow,
                       Integer exitThreshold, Boolean interestsFromLog, Map<String, PersonaDef> defs,
                       java.util.List<String> warmStartPersonas) {
        this(personas, historyLength, sessionMinutes, boredomExit, warmStartTopic, warmStartItems, exitWindow,
                exitThreshold, interestsFromLog, defs, warmStartPersonas, null);
    }

    /** Whether the repetition rule compares source category lists rather than topics. */
    public boolean exitOnAnyCategory() {
        return EXIT_ON_ANY_CATEGORY.equals(exitOn);
    }

    /** The default population with a given persona mix and history length. */
    public UsersConfig(Map<String, Double> personas, Integer historyLength) {
        this(personas, historyLength, null, null, null, null, null, null, null, null, null, null);
    }

    /** A population of built-in personas only. */
    public UsersConfig(Map<String, Double> personas, Integer historyLength, Double sessionMinutes,
                       Boolean boredomExit, String warmStartTopic, Integer warmStartItems, Integer exitWindow,
                       Integer exitThreshold, Boolean interestsFromLog) {
        this(personas, historyLength, sessionMinutes, boredomExit, warmStartTopic, warmStartItems, exitWindow,
                exitThreshold, interestsFromLog, null, null, null);
    }

    /** A population with persona definitions and the warm start for every persona. */
    public UsersConfig(Map<String, Double> personas, Integer historyLength, Double sessionMinutes,
                       Boolean boredomExit, String warmStartTopic, Integer warmStartItems, Integer exitWindow,
                       Integer exitThreshold, Boolean interestsFromLog, Map<String, PersonaDef> defs) {
        this(personas, historyLength, sessionMinutes, boredomExit, warmStartTopic, warmStartItems, exitWindow,
                exitThreshold, interestsFromLog, defs, null, null);
    }

    /** Whether users of persona {@code name} get the warm start. */
    public boolean warmStarts(String name) {
        return warmStartTopic != null && (warmStartPersonas == null || warmStartPersonas.contains(name));
    }

    /**
     * The persona {@code name}: a built-in one, with its definition in {@code defs} applied when
     * there is one, or one defined in {@code defs}.
     *
     * @throws IllegalArgumentException naming the known personas when there is none
     */
    public Persona persona(String name) {
        PersonaDef def = defs == null ? null : defs.get(name);
        if (def != null) {
            return def.over(name, baseOf(name));
        }
        if (Persona.BUILT_IN.stream().noneMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("unknown persona '" + name + "'"
                    + UnknownKey.didYouMean(name, knownPersonas(defs)) + "; known: " + knownPersonas(defs));
        }
        return Persona.builtIn(name);
    }

    /** The built-in persona names, then the names {@code defs} adds. */
    private static java.util.List<String> knownPersonas(Map<String, PersonaDef> defs) {
        java.util.List<String> known = new java.util.ArrayList<>(Persona.BUILT_IN.stream().map(Persona::name).toList());
        if (defs != null) {
            defs.keySet().stream().filter(k -> !known.contains(k)).forEach(known::add);
        }
        return known;
    }

    /** The personas of the mix, in its order. */
    public java.util.List<Persona> mixPersonas() {
        return personas.keySet().stream().map(this::persona).toList();
    }

    private static Persona baseOf(String name) {
        return Persona.BUILT_IN.stream().filter(p -> p.name().equals(name)).findFirst().orElse(Persona.ADULT);
    }
}
