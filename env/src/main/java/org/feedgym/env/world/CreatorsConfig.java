package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * The supply side of a world ({@code world.creators}): a population of creators who upload new
 * items every simulated day of a multi-day episode, each upload's topic drawn from its creator's
 * topic mix, and who shift their mix toward the topics that earned their uploads watch time.
 * Absent (the default) the catalog never changes. See {@link Creators} for the mechanism.
 *
 * @param count          creators, in [1, 10,000]; default 20
 * @param uploadsPerDay  items each creator uploads per simulated day, in [0, 100]; default 1
 * @param adaptationRate how far a creator's mix moves per day toward the topic shares of the watch
 *                       time its uploads earned that day, in [0, 1]; default 0 (the mix never
 *                       changes)
 * @param focus          with drawn mixes: the weight of a creator's main topic (drawn as a
 *                       synthetic item's topic is), the rest spread evenly over every topic, in
 *                       [0, 1]; default 0.8
 * @param mixes          given mixes instead of drawn ones: one per creator, topic name → weight
 *                       (&ge; 0, not all 0; normalised), topics left out weigh 0; absent: drawn
 */
public record CreatorsConfig(Integer count, Integer uploadsPerDay, Double adaptationRate, Double focus,
                             List<Map<String, Double>> mixes) {

    public CreatorsConfig {
        try {
            count = ParameterChecks.intIn("count", count, 20, 1, 10_000);
            uploadsPerDay = ParameterChecks.intIn("uploadsPerDay", uploadsPerDay, 1, 0, 100);
            adaptationRate = ParameterChecks.doubleIn("adaptationRate", adaptationRate, 0, 0, 1);
            focus = ParameterChecks.doubleIn("focus", focus, 0.8, 0, 1);
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
        if (mixes != null) {
            if (mixes.size() != count) {
                throw new FieldException("mixes", "mixes must hold one mix per creator (count " + count + "), got "
                        + mixes.size());
            }
            List<Map<String, Double>> copy = new ArrayList<>();
            for (int c = 0; c < mixes.size(); c++) {
                Map<String, Double> mix = mixes.get(c);
                if (mix == null || mix.isEmpty()) {
                    throw new FieldException("mixes[" + c + "]", "a mix needs at least one topic");
                }
                double total = 0;
                for (Map.Entry<String, Double> e : mix.entrySet()) {
                    Double w = e.getValue();
                    if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                        throw new FieldException("mixes[" + c + "]." + e.getKey(), "a topic weight must be a finite"
                                + " number >= 0, got " + w);
                    }
                    total += w;
                }
                if (!(total > 0)) {
                    throw new FieldException("mixes[" + c + "]", "a mix's weights must not all be 0");
                }
                copy.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mix)));
            }
            mixes = List.copyOf(copy);
        }
    }

    /** Items uploaded per simulated day by all creators together. */
    public int uploadsPerDayTotal() {
        return count * uploadsPerDay;
    }

    /**
     * Checks the given mixes' topic names against the catalog's.
     *
     * @throws FieldException naming {@code mixes[c].<topic>} for an unknown topic
     */
    void checkTopics(List<String> topicNames) {
        if (mixes == null) {
            return;
        }
        for (int c = 0; c < mixes.size(); c++) {
            for (String t : mixes.get(c).keySet()) {
                if (!topicNames.contains(t)) {
                    throw new FieldException("mixes[" + c + "]." + t, "unknown topic '" + t
                            + "'; topics of this catalog: " + topicNames);
                }
            }
        }
    }
}
