package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
 * Builds a {@link Catalog} from a real dataset, as a {@link CatalogConfig} of a data type says.
 *
 * <h2>Common rules</h2>
 * <ul>
 *   <li><b>Embeddings</b> from each item's text ({@code tfidf} or MiniLM, reduced by truncated SVD
 *       to {@code dimensions} when the model is wider), cached on disk. Embeddings, clusters and
 *       so the whole catalog use the fixed seed {@link #DATA_SEED}, not the run's seed: a data
 *       catalog is a property of the data, identical across runs, and shares one cache entry.</li>
 *   <li><b>Topics.</b> A benign item's topic is its first category ({@code kuairec}: its first tag id,
 *       {@code tag-N}; {@code movielens}: its first genre) or, for data without categories
 *       ({@code tiktok-claims}, {@code kuairand}), its cluster ({@code cluster-NN}, spherical
 *       k-means with {@code topics} clusters over the benign items' embeddings). A harmful item's
 *       topic is its harm class ({@code misinformation}, {@code self-harm}, ...), as in the
 *       synthetic catalog, so that users' harm interest and harm metrics work the same way.
 *       Benign topics come first (most items first, then by name), harm topics after them in
 *       {@link HarmClass} order.</li>
 *   <li><b>Quality</b> (hidden, in [0, 1]) is the item's percentile rank on a dataset-specific
 *       engagement measure (ranks, because counts are heavy-tailed); ties share their mean rank.</li>
 *   <li><b>Durations</b> from the data where present and positive, else
 *       {@code defaultDurationSeconds}.</li>
 * </ul>
 *
 * <h2>Per dataset</h2>
 * <ul>
 *   <li><b>tiktok-claims</b>: text = transcript; counts = the video's views, likes, shares,
 *       comments, downloads; quality = rank of the composite engagement score
 *       ({@link EngagementWeights}); duration = {@code video_duration_sec}. Harm rules:
 *       <ul>
 *         <li>{@code moderation} (default): harmful = a <em>claim</em> whose author the platform
 *             has acted on (banned or under review): 3,042 of 19,084 videos (15.9%). Why: a claim
 *             alone (50% of videos) is not misinformation (most are trivia); the moderation
 *             status is the only independent signal in the data that the claim was a problem.
 *             Score = 0.5·claim + (0.3 banned | 0.2 under review | 0 active) + 0.2·not verified,
 *             capped at 1. Class misinformation.</li>
 *         <li>{@code claim}: harmful = every claim; same score.</li>
 *         <li>{@code lexicon}: {@link HarmLexicon} over transcripts.</li>
 *         <li>{@code none}: nothing harmful, score 0.</li>
 *       </ul></li>
 *   <li><b>kuairec</b> (side tables; no interaction matrix is available): text = cover text,
 *       caption, hashtags and category names (Chinese); counts 0 (no statistics in these
 *       tables, so popularity is 0 for all); quality 0.5; duration = default. Harm:
 *       {@code lexicon} (default; the built-in lexicon has Chinese terms such as 减肥 "lose
 *       weight", 自杀 "suicide") or {@code none}.</li>
 *   <li><b>kuairand</b> (no text): an item's "text" is the users who met it, {@code u<id>} for a
 *       like and {@code h<id>} for a hate, so TF-IDF + SVD gives a collaborative (LSA) embedding
 *       (likers alone would leave the 7,505 videos that appear only through one hate without
 *       any term); counts: views = interactions, likes = label-1 rows, shares = forwards,
 *       comments = comments, downloads 0; quality = rank of the smoothed long-view rate
 *       (long views + 5·overall rate) / (rows + 5); duration = the largest positive
 *       {@code duration_ms} seen for the video, else default (7,738 rows have 0). Harm
 *       {@code hate-rate} (default): score = smoothed hate rate (hates + 2·p) / (rows + 2) with p
 *       the overall hate rate (19.3%); harmful when the score ≥ 0.5, which takes at least two
 *       hates and a hate majority: 280 of 9,359 videos (3.0%). Why a prior: the subset keeps every
 *       negative but 15-cores the positives, so 7,505 videos appear only through a single hate,
 *       which is weak evidence; with no prior they would all be "harmful". Class
 *       {@link HarmClass#UNWANTED}.</li>
 *   <li><b>movielens</b>: text = title, genres and tags; counts: views = ratings, likes = ratings
 *       ≥ 4, others 0; quality = rank of the Bayesian mean rating (5 pseudo-ratings at the global
 *       mean); duration = default. Harm: {@code lexicon} (default, over title + genres + tags;
 *       tags such as "suicide" or "depressing") or {@code none}. The ratings are the log.</li>
 * </ul>
 */
public final class DataCatalogs {

    /** The seed of every random step of a data catalog (SVD start, empty rows, k-means). */
    public static final long DATA_SEED = 0x5EED_DA7AL;

    private DataCatalogs() {
    }

    /**
     * Where embeddings are cached and where progress goes.
     *
     * @param cache    the embedding cache
     * @param progress receives progress lines (e.g. {@code System.err::println})
     */
    public record Options(EmbeddingCache cache, Consumer<String> progress) {

        public Options {
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(progress, "progress");
        }

        /** The default cache location, progress on stderr. */
        public static Options defaults() {
            return new Options(EmbeddingCache.defaultLocation(), System.err::println);
        }
    }

    /**
     * Reads the dataset a config names and builds its catalog.
     *
     * @param config a catalog config of a data type
     * @throws DataFormatException  on a structural problem in a file (or a skip in strict mode)
     * @throws IOException          when a file cannot be read
     * @throws IllegalArgumentException when the config is synthetic, or a catalog cannot be built
     *                              (e.g. the embedding method is not on the class path)
     */
    public static DataCatalog load(CatalogConfig config, Options options) throws IOException {
        if (config.synthetic()) {
            throw new IllegalArgumentException("type must be a data type " + CatalogConfig.TYPES.subList(1, 5)
                    + ", got 'synthetic'");
        }
        Path path = DataPaths.resolve(config.path());
        ReadOptions read = config.strict() ? ReadOptions.STRICT : ReadOptions.LENIENT;
        switch (config.type()) {
            case "tiktok-claims":
                return tiktok(TikTokVideos.read(path, read, config.engagementWeights()), config, options);
            case "kuairec":
                return kuairec(KuaiRecItems.read(path, read), config, options);
            case "kuairand":
                return kuairand(KuaiRandLog.read(path, read), config, options);
            case "movielens":
                return movielens(MovieLensData.read(path, read), config, options);
            default:
                throw new IllegalArgumentException("unknown data type '" + config.type() + "'");
        }
    }

    /** Builds the TikTok claims catalog. */
    public static DataCatalog tiktok(TikTokVideos v, CatalogConfig config, Options options) throws IOException {
        int n = cap(v.size(), config);
        Items items = new Items(n);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = v.engagementScore(i);
        }
        double[] quality = percentileRanks(score);
        HarmLexicon lexicon = lexicon(config);
        for (int i = 0; i < n; i++) {
            items.text[i] = v.transcript(i);
            items.id[i] = v.videoId(i);
            items.quality[i] = quality[i];
            items.duration[i] = v.durationSeconds(i) > 0 ? v.durationSeconds(i) : config.defaultDurationSeconds();
            items.counts(i, v.views(i), v.likes(i), v.shares(i), v.comments(i), v.downloads(i));
            double s = Math.min(1, (v.claim(i) ? 0.5 : 0) + switch (v.authorStatus(i)) {
                case BANNED -> 0.3;
                case UNDER_REVIEW -> 0.2;
                case ACTIVE -> 0.0;
            } + (v.verified(i) ? 0 : 0.2));
            switch (config.harmRule()) {
                case "moderation" -> items.harm(i, s,
                        v.claim(i) && v.authorStatus(i) != TikTokVideos.AuthorStatus.ACTIVE, HarmClass.MISINFORMATION);
                case "claim" -> items.harm(i, s, v.claim(i), HarmClass.MISINFORMATION);
                case "lexicon" -> items.lexicon(i, lexicon);
                default -> items.harm(i, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, v.report(), null, true);
    }

    /** Builds the KuaiRec catalog from its item side tables. */
    public static DataCatalog kuairec(KuaiRecItems k, CatalogConfig config, Options options) throws IOException {
        int n = cap(k.size(), config);
        Items items = new Items(n);
        HarmLexicon lexicon = lexicon(config);
        for (int i = 0; i < n; i++) {
            items.text[i] = k.text(i);
            items.id[i] = k.videoId(i);
            items.category[i] = "tag-" + k.tags(i)[0];
            items.quality[i] = 0.5;
            items.duration[i] = config.defaultDurationSeconds();
            if (config.harmRule().equals("lexicon")) {
                items.lexicon(i, lexicon);
            } else {
                items.harm(i, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, k.report(), null, false);
    }

    /** Builds the KuaiRand catalog from its like/hate log. */
    public static DataCatalog kuairand(KuaiRandLog k, CatalogConfig config, Options options) throws IOException {
        InteractionLog log = k.log();
        int all = log.itemCount();
        int n = cap(all, config);
        double[] rows = new double[all];
        double[] likes = new double[all];
        double[] longViews = new double[all];
        double[] shares = new double[all];
        double[] comments = new double[all];
        double[] durationMs = new double[all];
        List<StringBuilder> likers = new ArrayList<>(all);
        for (int j = 0; j < all; j++) {
            likers.add(new StringBuilder());
        }
        double hates = 0;
        for (int r = 0; r < log.size(); r++) {
            int j = log.item(r);
            rows[j]++;
            boolean like = log.signal(r) == 1f;
            likes[j] += like ? 1 : 0;
            hates += like ? 0 : 1;
            longViews[j] += k.longView(r) ? 1 : 0;
            shares[j] += k.forward(r) ? 1 : 0;
            comments[j] += k.comment(r) ? 1 : 0;
            durationMs[j] = Math.max(durationMs[j], k.durationMs(r));
            likers.get(j).append(like ? 'u' : 'h').append(log.userId(log.user(r))).append(' ');
        }
        double hateRate = hates / log.size();
        double longViewRate = Arrays.stream(longViews).sum() / log.size();
        double[] lvSmoothed = new double[n];
        for (int j = 0; j < n; j++) {
            lvSmoothed[j] = (longViews[j] + 5 * longViewRate) / (rows[j] + 5);
        }
        double[] quality = percentileRanks(lvSmoothed);
        Items items = new Items(n);
        for (int j = 0; j < n; j++) {
            items.text[j] = likers.get(j).toString().strip();
            items.id[j] = log.itemId(j);
            items.quality[j] = quality[j];
            items.duration[j] = durationMs[j] > 0 ? durationMs[j] / 1000.0 : config.defaultDurationSeconds();
            items.counts(j, rows[j], likes[j], shares[j], comments[j], 0);
            if (config.harmRule().equals("hate-rate")) {
                double s = ((rows[j] - likes[j]) + 2 * hateRate) / (rows[j] + 2);
                items.harm(j, s, s >= 0.5, HarmClass.UNWANTED);
            } else {
                items.harm(j, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, k.report(), n == all ? log : null, true);
    }

    /** Builds the MovieLens catalog; the ratings are its log. */
    public static DataCatalog movielens(MovieLensData ml, CatalogConfig config, Options options) throws IOException {
        int n = cap(ml.size(), config);
        InteractionLog ratings = ml.ratings();
        double[] count = new double[ml.size()];
        double[] liked = new double[ml.size()];
        double[] sum = new double[ml.size()];
        double total = 0;
        for (int r = 0; r < ratings.size(); r++) {
            int j = ratings.item(r);
            count[j]++;
            sum[j] += ratings.signal(r);
            liked[j] += ratings.signal(r) >= 4 ? 1 : 0;
            total += ratings.signal(r);
        }
        double mean = total / ratings.size();
        double[] bayes = new double[n];
        for (int j = 0; j < n; j++) {
            bayes[j] = (sum[j] + 5 * mean) / (count[j] + 5);
        }
        double[] quality = percentileRanks(bayes);
        HarmLexicon lexicon = lexicon(config);
        Items items = new Items(n);
        for (int j = 0; j < n; j++) {
            items.text[j] = ml.text(j);
            items.id[j] = ml.movieId(j);
            items.category[j] = ml.genres(j).get(0);
            items.quality[j] = quality[j];
            items.duration[j] = config.defaultDurationSeconds();
            items.counts(j, count[j], liked[j], 0, 0, 0);
            if (config.harmRule().equals("lexicon")) {
                items.lexicon(j, lexicon);
            } else {
                items.harm(j, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, ml.report(), n == ml.size() ? ratings : null, false);
    }

    private static int cap(int size, CatalogConfig config) {
        return config.items() == null ? size : Math.min(size, config.items());
    }

    private static HarmLexicon lexicon(CatalogConfig config) {
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

    /** Item columns filled per dataset, then embedded, given topics and assembled. */
    private static final class Items {
        final String[] text;
        final long[] id;
        final String[] category;
        final double[] quality;
        final double[] duration;
        final double[][] counts;
        final double[] harm;
        final boolean[] harmful;
        final HarmClass[] harmClass;

        Items(int n) {
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

        DataCatalog build(CatalogConfig config, Options options, ReadReport report, InteractionLog log,
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
                b.engagement(i, duration[i], counts[i][0], counts[i][1], counts[i][2], counts[i][3], counts[i][4]);
            }
            DataCatalog result = new DataCatalog(b.build(), report, log, texts, lookup.key(), lookup.cached());
            options.progress().accept(result.summary());
            return result;
        }
    }
}
