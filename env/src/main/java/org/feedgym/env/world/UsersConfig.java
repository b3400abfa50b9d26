package org.feedgym.env.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.params.ParameterChecks;

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
 */
public record UsersConfig(Map<String, Double> personas, Integer historyLength, Double sessionMinutes,
                          Boolean boredomExit, String warmStartTopic, Integer warmStartItems, Integer exitWindow,
                          Integer exitThreshold, Boolean interestsFromLog) {

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
        double total = 0;
        for (Map.Entry<String, Double> e : personas.entrySet()) {
            Persona.builtIn(e.getKey());
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
        historyLength = ParameterChecks.intIn("historyLength", historyLength, 20, 1, 200);
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
        }
    }

    /** The default population with a given persona mix and history length. */
    public UsersConfig(Map<String, Double> personas, Integer historyLength) {
        this(personas, historyLength, null, null, null, null, null, null, null);
    }
}
