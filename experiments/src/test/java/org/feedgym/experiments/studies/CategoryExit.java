package org.feedgym.experiments.studies;

import org.feedgym.env.world.Catalog;

/**
 * What KuaiEnv's exit rule (N = 1, threshold 0: leave when the shown item's topic equals the
 * previous one's) predicts from the catalog's topic shares p_t alone, for K candidates drawn
 * uniformly from the catalog.
 */
final class CategoryExit {

    private CategoryExit() {
    }

    /** Share of the catalog's items in each topic. */
    static double[] shares(Catalog catalog) {
        double[] p = new double[catalog.topicCount()];
        for (int i = 0; i < catalog.size(); i++) {
            p[catalog.topic(i)] += 1.0 / catalog.size();
        }
        return p;
    }

    /** q = Σ p_t²: the chance that two uniformly random items share a topic. */
    static double repeatChance(double[] p) {
        double q = 0;
        for (double x : p) {
            q += x * x;
        }
        return q;
    }

    /**
     * The random policy's mean session length: every shown item is uniform over the catalog, so
     * from the second item on each ends the session with chance q; counting the item that ends it
     * and stopping at {@code maxSteps}, E[length] = 1 + (1 − (1 − q)^(maxSteps − 1)) / q.
     */
    static double randomLength(double[] p, int maxSteps) {
        double q = repeatChance(p);
        return 1 + (1 - Math.pow(1 - q, maxSteps - 1)) / q;
    }

    /**
     * The mean session length of a perfect topic repeater (shows a candidate of the previous item's
     * topic whenever one of the K is, else a random one): the lower bound of any policy on this
     * candidate set. From topic c the session ends with a_c = 1 − (1 − p_c)^K, else moves to topic
     * j ≠ c with chance p_j / (1 − p_c); the expected items still to come T_c solve
     * T_c = 1 + (1 − a_c) Σ_{j≠c} p_j T_j / (1 − p_c), found by fixed-point iteration, and the
     * first item's topic is distributed as p: E = 1 + Σ_c p_c T_c (the step cap is ignored).
     */
    static double repeaterLength(double[] p, int k) {
        int n = p.length;
        double[] t = new double[n];
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += p[j] * t[j];
            }
            double change = 0;
            for (int c = 0; c < n; c++) {
                if (p[c] == 0) {
                    continue;
                }
                double stay = Math.pow(1 - p[c], k);
                double next = 1 + stay * (sum - p[c] * t[c]) / (1 - p[c]);
                change = Math.max(change, Math.abs(next - t[c]));
                t[c] = next;
            }
            if (change < 1e-12) {
                break;
            }
        }
        double e = 1;
        for (int c = 0; c < n; c++) {
            e += p[c] * t[c];
        }
        return e;
    }
}
