package org.feedgym.simulator.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.Episodes;

/**
 * One agent's episodes as primitive columns, read in one pass: each episode's key (replicate,
 * user), its persona (a number into {@link #personas()}) and the value of every per-episode
 * metric of a list. This is what a summary holds per episode instead of the records themselves.
 */
final class EpisodeTable {

    private final long[] keys;
    private final int[] persona;
    private final List<String> personas;
    private final double[][] values;

    private EpisodeTable(long[] keys, int[] persona, List<String> personas, double[][] values) {
        this.keys = keys;
        this.persona = persona;
        this.personas = personas;
        this.values = values;
    }

    /**
     * The columns of {@code episodes}: metric {@code i}'s values at {@link #values}{@code (i)} for
     * each per-episode metric of {@code metrics}; personas numbered as in {@code personas}, then
     * any other in order of first appearance.
     */
    static EpisodeTable of(Episodes episodes, List<Metric> metrics, MetricsConfig config, List<String> personas) {
        int n = episodes.size();
        long[] keys = new long[n];
        int[] persona = new int[n];
        List<String> names = new ArrayList<>(personas);
        Map<String, Integer> numbers = new HashMap<>();
        for (int p = 0; p < names.size(); p++) {
            numbers.putIfAbsent(names.get(p), p);
        }
        double[][] values = new double[metrics.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = metrics.get(i).isPerEpisode() ? new double[n] : null;
        }
        int[] at = {0};
        episodes.forEach(e -> {
            int k = at[0]++;
            keys[k] = ((long) e.replicate() << 32) | (e.user() & 0xFFFFFFFFL);
            persona[k] = numbers.computeIfAbsent(e.persona(), name -> {
                names.add(name);
                return names.size() - 1;
            });
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    values[i][k] = metrics.get(i).perEpisode().of(e, config);
                }
            }
        });
        return new EpisodeTable(keys, persona, List.copyOf(names), values);
    }

    /** How many episodes. */
    int size() {
        return keys.length;
    }

    /** Episode {@code k}'s replicate. */
    int replicate(int k) {
        return (int) (keys[k] >> 32);
    }

    /** Metric {@code i}'s value per episode (not to be modified). */
    double[] values(int i) {
        if (values[i] == null) {
            throw new IllegalArgumentException("metric " + i + " is computed per replicate, not per episode");
        }
        return values[i];
    }

    /** Every persona of these episodes: the configured ones in order, then any other. */
    List<String> personas() {
        return personas;
    }

    /** Episode {@code k}'s persona, a number into {@link #personas()}. */
    int persona(int k) {
        return persona[k];
    }

    /** The episodes of persona number {@code p}, in order. */
    int[] episodesOf(int p) {
        int count = 0;
        for (int q : persona) {
            count += q == p ? 1 : 0;
        }
        int[] out = new int[count];
        int j = 0;
        for (int k = 0; k < persona.length; k++) {
            if (persona[k] == p) {
                out[j++] = k;
            }
        }
        return out;
    }

    /** {@code column} at the episodes {@code at}. */
    static double[] select(double[] column, int[] at) {
        double[] out = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            out[j] = column[at[j]];
        }
        return out;
    }

    /**
     * For each of these episodes, the episode of {@code other} with the same replicate and user
     * (the last one should there be several), or -1.
     */
    int[] matchesIn(EpisodeTable other) {
        int[] match = new int[keys.length];
        if (strictlyIncreasing(other.keys)) {
            for (int k = 0; k < keys.length; k++) {
                int j = Arrays.binarySearch(other.keys, keys[k]);
                match[k] = j >= 0 ? j : -1;
            }
            return match;
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int j = 0; j < other.keys.length; j++) {
            index.put(other.keys[j], j);
        }
        for (int k = 0; k < keys.length; k++) {
            match[k] = index.getOrDefault(keys[k], -1);
        }
        return match;
    }

    private static boolean strictlyIncreasing(long[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] <= a[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
