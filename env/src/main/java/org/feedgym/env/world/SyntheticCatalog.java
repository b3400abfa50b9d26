package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates a seeded synthetic catalog: topic-clustered unit embeddings, some topics harmful,
 * heavy-tailed (Pareto) view counts and engagement counts that follow hidden quality.
 *
 * <p>Each topic has a random unit centroid; an item's embedding is its topic's centroid plus
 * Gaussian noise of norm ≈ 0.75, so items sit at cosine ≈ 0.8 from their centroid and ≈ 0.64
 * from each other within a topic. Each harmful topic's centroid leans (weight 0.45) toward one
 * benign topic (body image toward fitness or fashion, say), so a feed can drift from benign
 * content into harmful content through neighbours, which is how the audits describe it.
 */
public final class SyntheticCatalog {

    private static final String[] BENIGN = {"comedy", "music", "dance", "sports", "cooking", "gaming", "pets",
        "fashion", "fitness", "science", "travel", "diy", "news", "beauty", "film", "education"};
    private static final HarmClass[] HARM_ORDER = {HarmClass.BODY_IMAGE, HarmClass.EATING_DISORDER,
        HarmClass.SELF_HARM, HarmClass.DANGEROUS_CHALLENGE, HarmClass.MENTAL_HEALTH, HarmClass.MISINFORMATION};

    private SyntheticCatalog() {
    }

    /** The topic list for {@code topics} topics of which the last {@code harmful} are harmful. */
    public static List<Topic> topics(int topics, int harmful) {
        List<Topic> list = new ArrayList<>(topics);
        int benign = topics - harmful;
        for (int t = 0; t < benign; t++) {
            String base = BENIGN[t % BENIGN.length];
            list.add(new Topic(t < BENIGN.length ? base : base + "-" + (t / BENIGN.length + 1), HarmClass.NONE));
        }
        for (int h = 0; h < harmful; h++) {
            HarmClass c = HARM_ORDER[h % HARM_ORDER.length];
            list.add(new Topic(h < HARM_ORDER.length ? c.id() : c.id() + "-" + (h / HARM_ORDER.length + 1), c));
        }
        return list;
    }

    /**
     * Generates a catalog.
     *
     * @param config the catalog section (type must be {@code synthetic})
     * @param random the only source of randomness
     */
    public static Catalog generate(CatalogConfig config, RandomGenerator random) {
        return generate(config, random, null, null);
    }

    /**
     * Generates a catalog followed by the items creators may upload ({@link UploadSlots}): the
     * first {@code config.items()} items are exactly those of {@link #generate(CatalogConfig,
     * RandomGenerator)}; each upload slot then holds an item of its topic drawn as a synthetic
     * item of that topic is (the same topic centroids and noise, harm score by the topic's harm,
     * quality and duration as for catalog items), with no views or engagement yet, and its day as
     * upload day.
     *
     * @param slots   the upload slots, or {@code null} for none
     * @param uploads the source of the upload items' randomness (unused without slots)
     */
    static Catalog generate(CatalogConfig config, RandomGenerator random, UploadSlots slots, RandomGenerator uploads) {
        int n = config.items();
        int d = config.dimensions();
        int topicCount = config.topics();
        int harmfulTopics = config.harmfulTopics();
        int benign = topicCount - harmfulTopics;
        List<Topic> topics = topics(topicCount, harmfulTopics);

        double[][] centroids = new double[topicCount][];
        for (int t = 0; t < benign; t++) {
            centroids[t] = unitGaussian(random, d);
        }
        for (int t = benign; t < topicCount; t++) {
            double[] own = unitGaussian(random, d);
            double[] anchor = centroids[random.nextInt(benign)];
            double[] c = new double[d];
            for (int k = 0; k < d; k++) {
                c[k] = 0.55 * own[k] + 0.45 * anchor[k];
            }
            centroids[t] = normalise(c);
        }

        Catalog.Builder builder = Catalog.builder(topics, n + (slots == null ? 0 : slots.size()), d);
        double noise = 0.75 / Math.sqrt(d);
        float[] embedding = new float[d];
        for (int i = 0; i < n; i++) {
            boolean harmfulItem = harmfulTopics > 0 && random.nextDouble() < config.harmfulShare();
            int t = harmfulItem ? benign + random.nextInt(harmfulTopics) : random.nextInt(benign);
            for (int k = 0; k < d; k++) {
                embedding[k] = (float) (centroids[t][k] + noise * random.nextGaussian());
            }
            double u = random.nextDouble();
            double harm = harmfulItem ? 0.5 + 0.5 * Math.sqrt(u) : 0.1 * u * u;
            double quality = (random.nextDouble() + random.nextDouble()) / 2;
            builder.item(i, t, embedding, harm, quality);

            double seconds = Math.min(180, Math.max(5, 20 * Math.exp(0.6 * random.nextGaussian())));
            double views = Math.floor(100 * Math.pow(1 - random.nextDouble(), -1 / config.popularityExponent()));
            double rate = (0.02 + 0.10 * quality) * Math.exp(0.3 * random.nextGaussian());
            double likes = Math.floor(views * Math.min(1, rate));
            double shares = Math.floor(likes * 0.1 * random.nextDouble() * 2);
            double comments = Math.floor(likes * 0.05 * random.nextDouble() * 2);
            double downloads = Math.floor(likes * 0.03 * random.nextDouble() * 2);
            builder.engagement(i, seconds, views, likes, shares, comments, downloads);
        }
        if (slots != null) {
            for (int j = 0; j < slots.size(); j++) {
                int i = n + j;
                int t = slots.topic(i);
                for (int k = 0; k < d; k++) {
                    embedding[k] = (float) (centroids[t][k] + noise * uploads.nextGaussian());
                }
                double u = uploads.nextDouble();
                double harm = topics.get(t).harmful() ? 0.5 + 0.5 * Math.sqrt(u) : 0.1 * u * u;
                double quality = (uploads.nextDouble() + uploads.nextDouble()) / 2;
                builder.item(i, t, embedding, harm, quality);
                double seconds = Math.min(180, Math.max(5, 20 * Math.exp(0.6 * uploads.nextGaussian())));
                builder.engagement(i, seconds, 0, 0, 0, 0, 0);
                builder.uploadDay(i, slots.day(i));
            }
        }
        return builder.build();
    }

    private static double[] unitGaussian(RandomGenerator random, int d) {
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            v[k] = random.nextGaussian();
        }
        return normalise(v);
    }

    private static double[] normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        for (int k = 0; k < v.length; k++) {
            v[k] /= norm;
        }
        return v;
    }
}
