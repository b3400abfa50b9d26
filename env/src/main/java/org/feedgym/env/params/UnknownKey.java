package org.feedgym.env.params;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The one wording of an unknown configuration key, {@code unknown key 'itemz' (did you mean
 * 'items'?); allowed keys: [...]}, and the suggestion other unknown names (agent types,
 * personas, metrics) carry. The suggestion is the allowed key nearest to the one written,
 * by the optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, ignoring case), when it is close enough to be a typo: at most 1 edit for
 * keys of up to 4 letters, 2 up to 8, 3 beyond; ties go to the alphabetically first key.
 */
public final class UnknownKey {

    private UnknownKey() {
    }

    /** The rule broken by {@code key} when only {@code allowed} keys may appear. */
    public static String message(String key, Collection<String> allowed) {
        return "unknown key '" + key + "'" + didYouMean(key, allowed) + "; allowed keys: " + new TreeSet<>(allowed);
    }

    /**
     * {@code " (did you mean 'x'?)"} when one of {@code choices} (agent types, personas, metrics ...)
     * is within typo distance of the name {@code written}, otherwise "".
     */
    public static String didYouMean(String written, Collection<String> choices) {
        String near = nearest(written, new TreeSet<>(choices));
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    /** The allowed key within typo distance of {@code key}, or null. */
    static String nearest(String key, TreeSet<String> allowed) {
        int limit = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
        String written = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : allowed) {
            int d = distance(written, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
