package org.feedgym.env.world;

import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.usermodel.InterestSampler;

/**
 * Draws a new user's initial hidden state: a persona from the configured mix and an interest
 * vector built from two favourite benign topics (weights 0.6–0.8 / the rest), plus the persona's
 * {@link Persona#harmInterestWeight()} of one harmful topic, plus noise of sd 0.3/√d, normalised
 * (the numbers are the {@code world.userModel.sampler} part's defaults, {@link InterestSampler}).
 */
final class UserSampler {

    private final Catalog catalog;
    private final List<Persona> personas;
    private final double[] cumulativeMix;
    private final float[][] centroids;
    private final int[] benignTopics;
    private final int[] harmfulTopics;
    private final InterestSampler rules;

    UserSampler(Catalog catalog, List<Persona> personas, double[] weights, InterestSampler rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.personas = List.copyOf(personas);
        this.cumulativeMix = new double[weights.length];
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i] / total;
            cumulativeMix[i] = acc;
        }
        cumulativeMix[weights.length - 1] = 1.0;
        this.centroids = topicCentroids(catalog);
        this.benignTopics = topicsWhere(catalog, false);
        this.harmfulTopics = topicsWhere(catalog, true);
    }

    List<Persona> personas() {
        return personas;
    }

    /** Fills user {@code u}'s persona and interest from {@code random}. */
    void sample(UserStates s, int u, RandomGenerator random) {
        double r = random.nextDouble();
        int p = 0;
        while (r >= cumulativeMix[p]) {
            p++;
        }
        s.persona[u] = p;
        Persona persona = personas.get(p);
        int d = s.d;
        double[] v = new double[d];
        int[] pool = benignTopics.length > 0 ? benignTopics : harmfulTopics;
        int first = pool[random.nextInt(pool.length)];
        int second = pool[random.nextInt(pool.length)];
        double w1 = rules.firstTopicWeight(random.nextDouble());
        int harmTopic = harmfulTopics.length > 0 ? harmfulTopics[random.nextInt(harmfulTopics.length)] : -1;
        double noise = rules.noise(d);
        for (int j = 0; j < d; j++) {
            v[j] = w1 * centroids[first][j] + (1 - w1) * centroids[second][j] + noise * random.nextGaussian();
            if (harmTopic >= 0) {
                v[j] += persona.harmInterestWeight() * centroids[harmTopic][j];
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < d; j++) {
            float value = (float) (v[j] / norm);
            s.interest[u * d + j] = value;
            s.initialInterest[u * d + j] = value;
        }
    }

    /**
     * Replaces user {@code u}'s interest by loggedWeight (0.8) × the interests of a random logged user (the
     * normalised mean embedding of that user's items at or above the log's mean signal; all of
     * its items if none is) + sampledWeight (0.2) × the sampled interest, normalised.
     */
    void seedFromLog(UserStates s, int u, org.feedgym.env.data.InteractionLog log, RandomGenerator random) {
        int logged = random.nextInt(log.userCount());
        int d = s.d;
        double[] mean = new double[d];
        double threshold = log.meanSignal();
        int used = 0;
        for (int pass = 0; pass < 2 && used == 0; pass++) {
            for (int r = log.userStart(logged); r < log.userEnd(logged); r++) {
                if (pass == 1 || log.signal(r) >= threshold) {
                    int item = log.item(r);
                    for (int j = 0; j < d; j++) {
                        mean[j] += catalog.embedding(item, j);
                    }
                    used++;
                }
            }
        }
        double norm = 0;
        for (double x : mean) {
            norm += x * x;
        }
        if (used == 0 || norm == 0) {
            return;
        }
        norm = Math.sqrt(norm);
        double total = 0;
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = rules.loggedWeight() * mean[j] / norm + rules.sampledWeight() * s.interest[u * d + j];
            total += v[j] * v[j];
        }
        total = Math.sqrt(total);
        for (int j = 0; j < d; j++) {
            float value = (float) (v[j] / total);
            s.interest[u * d + j] = value;
            s.initialInterest[u * d + j] = value;
        }
    }

    private static float[][] topicCentroids(Catalog catalog) {
        int t = catalog.topicCount();
        int d = catalog.dimensions();
        double[][] sum = new double[t][d];
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.uploadDay(i) > 0) {
                continue; // an upload slot, not yet in the catalog users know
            }
            int topic = catalog.topic(i);
            for (int j = 0; j < d; j++) {
                sum[topic][j] += catalog.embedding(i, j);
            }
        }
        float[][] c = new float[t][d];
        for (int topic = 0; topic < t; topic++) {
            double norm = 0;
            for (double x : sum[topic]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                c[topic][j] = norm > 0 ? (float) (sum[topic][j] / norm) : 0f;
            }
        }
        return c;
    }

    private static int[] topicsWhere(Catalog catalog, boolean harmful) {
        return java.util.stream.IntStream.range(0, catalog.topicCount())
                .filter(t -> catalog.topics().get(t).harmful() == harmful).toArray();
    }
}
