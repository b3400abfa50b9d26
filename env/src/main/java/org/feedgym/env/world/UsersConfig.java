package org.feedgym.env.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user section of a world config.
 *
 * @param personas      persona name → weight in the population mix (weights &gt; 0 or 0, at
 *                      least one positive; they are normalised); default adult 0.5, teen 0.3,
 *                      teen-vulnerable 0.2
 * @param historyLength how many recent items a user remembers, in [1, 200]; default 20
 */
public record UsersConfig(Map<String, Double> personas, Integer historyLength) {

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
        historyLength = Checks.intIn("historyLength", historyLength, 20, 1, 200);
    }
}
