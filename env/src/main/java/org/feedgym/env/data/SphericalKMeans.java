package org.feedgym.env.data;

import java.util.random.RandomGenerator;
import org.feedgym.env.embed.EmbeddingMatrix;
import org.feedgym.env.random.Seeds;

/**
 * Spherical k-means (Dhillon &amp; Modha 2001) over unit rows: cosine assignment, centroids
 * re-normalised, k-means++ seeding (Arthur &amp; Vassilvitskii 2007) from a seeded generator,
 * at most 50 rounds. Gives topics to data without categories. An empty cluster keeps its
 * previous centroid; ties go to the lower cluster index, so the result depends only on the rows
 * and the seed.
 */
final class SphericalKMeans {

    private SphericalKMeans() {
    }

    /** Cluster index of each of the given rows. */
    static int[] cluster(EmbeddingMatrix m, int[] rows, int k, long seed) {
        int n = rows.length;
        int d = m.dimensions();
        int[] assign = new int[n];
        if (n == 0) {
            return assign;
        }
        k = Math.min(k, n);
        RandomGenerator random = Seeds.generator(seed);
        double[][] c = new double[k][d];
        double[] dist = new double[n];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int first = random.nextInt(n);
        setRow(c[0], m, rows[first]);
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                dist[i] = Math.min(dist[i], Math.max(0, 1 - dot(c[j - 1], m, rows[i])));
                total += dist[i];
            }
            int pick = 0;
            if (total > 0) {
                double r = random.nextDouble() * total;
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += dist[i];
                    if (acc >= r && dist[i] > 0) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = random.nextInt(n);
            }
            setRow(c[j], m, rows[pick]);
        }
        for (int round = 0; round < 50; round++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double s = dot(c[j], m, rows[i]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = j;
                    }
                }
                if (round == 0 || assign[i] != best) {
                    changed |= assign[i] != best;
                    assign[i] = best;
                }
            }
            if (round > 0 && !changed) {
                break;
            }
            double[][] sum = new double[k][d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[assign[i]]++;
                for (int q = 0; q < d; q++) {
                    sum[assign[i]][q] += m.get(rows[i], q);
                }
            }
            for (int j = 0; j < k; j++) {
                double norm = 0;
                for (double x : sum[j]) {
                    norm += x * x;
                }
                if (count[j] > 0 && norm > 0) {
                    norm = Math.sqrt(norm);
                    for (int q = 0; q < d; q++) {
                        c[j][q] = sum[j][q] / norm;
                    }
                }
            }
        }
        return assign;
    }

    private static void setRow(double[] into, EmbeddingMatrix m, int row) {
        for (int q = 0; q < into.length; q++) {
            into[q] = m.get(row, q);
        }
    }

    private static double dot(double[] c, EmbeddingMatrix m, int row) {
        double s = 0;
        for (int q = 0; q < c.length; q++) {
            s += c[q] * m.get(row, q);
        }
        return s;
    }
}
