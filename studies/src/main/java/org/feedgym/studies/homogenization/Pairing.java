package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;
import org.feedgym.simulator.metrics.Inequality;

/**
 * The homogenization measure of Chaney et al. (2018, section 5.1), as the T-RECS replication's
 * {@code SimilarUserInteractionSimilarity} computes it: pair every user with the most similar
 * other user by cosine similarity of the recommender's user representation (exact ties broken
 * uniformly at random; a zero vector has similarity 0 with everyone), then average the Jaccard
 * index of the pairs' cumulative consumed-item sets. The study reports that average minus the
 * same average over the ideal recommender's histories on the same pairs.
 *
 * <p>The similarity matrix is recomputed only when the representation changes.
 */
final class Pairing {

    private final int users;
    private final double[] similarity;
    private final double[] norms;
    private long version = Long.MIN_VALUE;
    private double[] lastRepresentation;

    Pairing(int users) {
        this.users = users;
        this.similarity = new double[users * users];
        this.norms = new double[users];
    }

    /**
     * Writes each user's most similar other user into {@code partner}.
     *
     * @param representation {@code users × dimension} row-major
     * @param version        changes whenever the representation does
     * @param rng            breaks ties
     */
    void nearest(double[] representation, int dimension, long version, RandomGenerator rng, int[] partner) {
        if (version != this.version || representation != lastRepresentation) {
            cosines(representation, dimension);
            this.version = version;
            this.lastRepresentation = representation;
        }
        for (int u = 0; u < users; u++) {
            double best = Double.NEGATIVE_INFINITY;
            int pick = -1;
            int ties = 0;
            for (int v = 0; v < users; v++) {
                if (v == u) {
                    continue;
                }
                double c = similarity[u * users + v];
                if (c > best) {
                    best = c;
                    pick = v;
                    ties = 1;
                } else if (c == best && rng.nextInt(++ties) == 0) {
                    // Reservoir sampling: each of the tied users is kept with probability 1/ties.
                    pick = v;
                }
            }
            partner[u] = pick;
        }
    }

    private void cosines(double[] rep, int d) {
        for (int u = 0; u < users; u++) {
            double s = 0;
            for (int a = 0; a < d; a++) {
                s += rep[u * d + a] * rep[u * d + a];
            }
            norms[u] = Math.sqrt(s);
        }
        for (int u = 0; u < users; u++) {
            for (int v = 0; v <= u; v++) {
                double c = 0;
                if (norms[u] > 0 && norms[v] > 0) {
                    double s = 0;
                    for (int a = 0; a < d; a++) {
                        s += rep[u * d + a] * rep[v * d + a];
                    }
                    c = s / (norms[u] * norms[v]);
                }
                similarity[u * users + v] = c;
                similarity[v * users + u] = c;
            }
        }
    }

    /**
     * {@code count} random pairs of distinct users, as T-RECS's {@code replication_sim.py} draws
     * them: {@code pairs[2p]} and {@code pairs[2p + 1]} are the users of pair p.
     */
    static int[] randomPairs(int users, int count, RandomGenerator rng) {
        int[] pairs = new int[2 * count];
        for (int p = 0; p < count; p++) {
            int a = rng.nextInt(users);
            int b = rng.nextInt(users - 1);
            pairs[2 * p] = a;
            pairs[2 * p + 1] = b >= a ? b + 1 : b;
        }
        return pairs;
    }

    /** Mean Jaccard index of the item sets of the pairs of {@link #randomPairs} (NaN for none). */
    static double meanJaccard(long[] sets, int words, int[] pairs) {
        double sum = 0;
        int count = pairs.length / 2;
        for (int p = 0; p < count; p++) {
            sum += Inequality.jaccard(sets, pairs[2 * p] * words, pairs[2 * p + 1] * words, words);
        }
        return count > 0 ? sum / count : Double.NaN;
    }

    /**
     * Mean over users {@code u} of the Jaccard index of the item sets of {@code u} and
     * {@code partner[u]} (an empty union counts 0; {@link Inequality#jaccard(long[], int, int, int)}).
     */
    static double meanJaccard(long[] sets, int words, int[] partner, int users) {
        double sum = 0;
        for (int u = 0; u < users; u++) {
            sum += Inequality.jaccard(sets, u * words, partner[u] * words, words);
        }
        return sum / users;
    }
}
