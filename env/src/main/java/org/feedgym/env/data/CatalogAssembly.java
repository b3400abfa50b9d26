package org.feedgym.env.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.env.embed.EmbeddingMatrix;
import org.feedgym.env.embed.Reduction;
import org.feedgym.env.embed.TextEmbedder;
import org.feedgym.env.embed.TextEmbedders;
import org.feedgym.env.embed.TfIdfEmbedder;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;
import org.feedgym.env.world.Topic;

/**
 * The item columns every dataset fills (text, id, category, quality, duration, counts, harm),
 * then the steps they share: embedding, topics and assembly into a {@link DataCatalog}.
 *
 * <h2>Common rules</h2>
 * <ul>
 *   <li><b>Embeddings</b> from each item's text ({@code tfidf} or MiniLM, reduced by truncated SVD
 *       to {@code dimensions} when the model is wider), cached on disk. Embeddings, clusters and
 *       so the whole catalog use the fixed seed {@link #DATA_SEED}, not the run's seed: a data
 *       catalog is a property of the data, identical across runs, and shares one cache entry.</li>
 *   <li><b>Topics.</b> A benign item's topic is its category (set by the dataset) or, for data
 *       without categories, its cluster ({@code cluster-NN}, spherical k-means with
 *       {@code topics} clusters over the benign items' embeddings). A harmful item's topic is its
 *       harm class ({@code misinformation}, {@code self-harm}, ...), as in the synthetic catalog,
 *       so that users' harm interest and harm metrics work the same way. Benign topics come first
 *       (most items first, then by name), harm topics after them in {@link HarmClass} order.</li>
 *   <li><b>Quality</b> (hidden, in [0, 1]) is the item's percentile rank on a dataset-specific
 *       engagement measure (ranks, because counts are heavy-tailed); ties share their mean rank.</li>
 *   <li><b>Durations</b> from the data where present and positive, else
 *       {@code defaultDurationSeconds}.</li>
 * </ul>
 */
final class CatalogAssembly {

    /** The seed of every random step of a data catalog (SVD start, empty rows, k-means). */
    static final long DATA_SEED = 0x5EED_DA7AL;

    final String[] text;
    final long[] id;
    final String[] category;
    final double[] quality;
    final double[] duration;
    final double[][] counts;
    final double[] harm;
    final boolean[] harmful;
    final HarmClass[] harmClass;
    /** Each item's source category ids, or null (the default) when the dataset has no lists. */
    int[][] categoryLists;

    CatalogAssembly(int n) {
        text = new String[n];
        id = new long[n];
        category = new String[n];
        quality = new double[n];
        duration = new double[n];
        counts = new double[n][5];
        harm = new double[n];
        harmful = new boolean[n];
        harmClass = new HarmClass[n];
    }

    void counts(int i, double views, double likes, double shares, double comments, double downloads) {
        counts[i] = new double[] {views, likes, shares, comments, downloads};
    }

    void harm(int i, double score, boolean flag, HarmClass c) {
        harm[i] = score;
        harmful[i] = flag;
        harmClass[i] = flag ? c : HarmClass.NONE;
    }

    void lexicon(int i, HarmLexicon lexicon) {
        HarmLexicon.Match m = lexicon.match(text[i]);
        harm(i, m.score(), m.hits() > 0, m.harmClass());
    }

    DataCatalog build(CatalogConfig config, CatalogOptions options, ReadReport report, InteractionLog log,
                      boolean clustered) throws IOException {
        int n = text.length;
        if (n == 0) {
            throw new IllegalArgumentException(config.type() + ": no items to build a catalog from");
        }
        int d = config.dimensions();
        List<String> texts = Arrays.asList(text);
        TextEmbedder embedder = config.embedding().equals("tfidf")
                ? new TfIdfEmbedder(config.vocabularySize(), d, Reduction.SVD, DATA_SEED)
                : TextEmbedders.provided(config.embedding());
        if (embedder.dimensions() < d) {
            throw new IllegalArgumentException("dimensions must be <= " + embedder.dimensions() + " for embedding "
                    + config.embedding() + ", got " + d);
        }
        EmbeddingCache.Lookup lookup = options.cache().embed(embedder, texts, options.progress());
        EmbeddingMatrix e = lookup.matrix();
        if (e.dimensions() != d) {
            e = Reduction.SVD.reduce(e, d, DATA_SEED);
        }

        // Topics: benign categories (or clusters), then harm classes.
        if (clustered) {
            int[] benign = java.util.stream.IntStream.range(0, n).filter(i -> !harmful[i]).toArray();
            int[] cluster = SphericalKMeans.cluster(e, benign, config.topics(), DATA_SEED);
            for (int b = 0; b < benign.length; b++) {
                category[benign[b]] = String.format("cluster-%02d", cluster[b] + 1);
            }
        }
        Map<String, Integer> benignCount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!harmful[i]) {
                benignCount.merge(category[i], 1, Integer::sum);
            }
        }
        List<String> benignNames = new ArrayList<>(benignCount.keySet());
        benignNames.sort((a, b) -> {
            int c = Integer.compare(benignCount.get(b), benignCount.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        List<Topic> topics = new ArrayList<>();
        Map<String, Integer> topicIndex = new LinkedHashMap<>();
        for (String name : benignNames) {
            topicIndex.put(name, topics.size());
            topics.add(new Topic(name, HarmClass.NONE));
        }
        for (HarmClass c : HarmClass.values()) {
            boolean used = false;
            for (int i = 0; i < n && !used; i++) {
                used = harmful[i] && harmClass[i] == c;
            }
            if (used) {
                String name = topicIndex.containsKey(c.id()) ? c.id() + "-harm" : c.id();
                topicIndex.put("\u0000harm:" + c.id(), topics.size());
                topics.add(new Topic(name, c));
            }
        }
        Catalog.Builder b = Catalog.builder(topics, n, d);
        for (int i = 0; i < n; i++) {
            int t = harmful[i] ? topicIndex.get("\u0000harm:" + harmClass[i].id()) : topicIndex.get(category[i]);
            b.item(i, t, e.row(i), harm[i], quality[i]);
            b.harmful(i, harmful[i]);
            b.itemId(i, id[i]);
            if (categoryLists != null) {
                b.categories(i, categoryLists[i]);
            }
            b.engagement(i, duration[i], counts[i][0], counts[i][1], counts[i][2], counts[i][3], counts[i][4]);
        }
        DataCatalog result = new DataCatalog(b.build(), report, log, texts, lookup.key(), lookup.cached());
        options.progress().accept(result.summary());
        return result;
    }

    static int cap(int size, CatalogConfig config) {
        return config.items() == null ? size : Math.min(size, config.items());
    }

    static HarmLexicon lexicon(CatalogConfig config) {
        return config.harmKeywords() == null ? HarmLexicon.defaults()
                : HarmLexicon.parse(config.harmKeywords(), HarmClass.MISINFORMATION);
    }

    /** Percentile ranks in [0, 1] (ties share their mean rank; one value gives 0.5). */
    static double[] percentileRanks(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        if (n == 1) {
            out[0] = 0.5;
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 / (n - 1);
            for (int t = i; t <= j; t++) {
                out[order[t]] = rank;
            }
            i = j + 1;
        }
        return out;
    }
}
