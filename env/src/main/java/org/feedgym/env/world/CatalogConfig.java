package org.feedgym.env.world;

import java.util.List;
import java.util.Map;
import org.feedgym.env.data.EngagementWeights;
import org.feedgym.env.params.ParameterChecks;

/**
 * The catalog section of a world config: a seeded synthetic catalog, or one built from a real
 * dataset. Every field may be omitted ({@code null}) and gets its default here; fields that do
 * not apply to the chosen {@code type} must be omitted.
 *
 * <p>Synthetic fields ({@code type = synthetic}):
 *
 * @param type               {@code synthetic} (the default), {@code tiktok-claims}, {@code kuairec},
 *                           {@code kuairand} or {@code movielens}
 * @param items              synthetic: number of items, in [20, 2,000,000], default 2000. Data:
 *                           keep at most this many items (the first in source order), in
 *                           [20, 2,000,000]; default {@code null} = all
 * @param topics             synthetic: number of topics, in [2, 200]; default 12. Data without
 *                           categories ({@code tiktok-claims}, {@code kuairand}): number of
 *                           clusters (spherical k-means over the embeddings) the benign items are
 *                           grouped into, in [2, 200], default 12; must be omitted for
 *                           {@code kuairec} and {@code movielens}, whose topics come from the data
 * @param harmfulTopics      synthetic only: how many topics are harmful, in [0, topics − 1]; default 4
 * @param dimensions         embedding dimension d, in [2, 512]; default 16
 * @param harmfulShare       synthetic only: share of items in harmful topics, in [0, 0.9]; default 0.08
 * @param popularityExponent synthetic only: Pareto tail exponent of view counts, in [0.5, 5];
 *                           default 1.2 (smaller = heavier tail)
 * @param path               data only: the dataset folder (or file); absolute, relative to the
 *                           working directory, or relative to the shared data folder
 *                           ({@link org.feedgym.env.data.DataPaths}); default the dataset's folder
 *                           name in {@code shared/data} ({@code tiktok-claims}, {@code kuairec},
 *                           {@code kuairand-like-hate-subset}, {@code movielens-latest-small})
 * @param embedding          data only: {@code tfidf} (default), {@code minilm} or {@code minilm-q}
 *                           (these two need the {@code feedgym-minilm} module on the class path);
 *                           {@code kuairand} has no item text and allows only {@code tfidf}
 * @param vocabularySize     data, tfidf only: TF-IDF features, in [2, 100,000]; default 100
 *                           (2000 for {@code kuairand}, whose "terms" are the users who liked or
 *                           hated an item: at most 2 × 664, so all of them)
 * @param harmRule           data only: how items are judged harmful (see
 *                           {@link org.feedgym.env.data.DataCatalogs}); {@code tiktok-claims}:
 *                           {@code moderation} (default), {@code claim}, {@code lexicon},
 *                           {@code none}; {@code kuairec} and {@code movielens}: {@code lexicon}
 *                           (default), {@code none}; {@code kuairand}: {@code hate-rate} (default),
 *                           {@code none}
 * @param harmKeywords       data, lexicon rule only: keywords as {@code "class:keyword"} (e.g.
 *                           {@code "self-harm:suicide"}; without a class, misinformation), 1 to
 *                           1000 entries; default the built-in lexicon
 * @param strict             data only: fail on the first row a reader would skip; default false
 * @param defaultDurationSeconds data only: duration of items whose data has none (kuairec,
 *                           movielens) or gives 0 (kuairand's {@code duration_ms = 0}), in
 *                           (0, 86400]; default 30 (near the 32 s median of the TikTok data)
 * @param engagementWeights  {@code tiktok-claims} only: weights of the composite engagement score
 *                           behind item quality; default 0.3 like, 0.2 share, 0.2 comment,
 *                           0.2 download, 0.1 view
 */
public record CatalogConfig(String type, Integer items, Integer topics, Integer harmfulTopics,
                            Integer dimensions, Double harmfulShare, Double popularityExponent,
                            String path, String embedding, Integer vocabularySize, String harmRule,
                            List<String> harmKeywords, Boolean strict, Double defaultDurationSeconds,
                            EngagementWeights engagementWeights) {

    /** The catalog types. */
    public static final List<String> TYPES = List.of("synthetic", "tiktok-claims", "kuairec", "kuairand", "movielens");

    /** Default dataset folder of each data type, inside the shared data folder. */
    public static final Map<String, String> DEFAULT_PATHS = Map.of("tiktok-claims", "tiktok-claims",
            "kuairec", "kuairec", "kuairand", "kuairand-like-hate-subset", "movielens", "movielens-latest-small");

    private static final Map<String, List<String>> HARM_RULES = Map.of(
            "tiktok-claims", List.of("moderation", "claim", "lexicon", "none"),
            "kuairec", List.of("lexicon", "none"),
            "kuairand", List.of("hate-rate", "none"),
            "movielens", List.of("lexicon", "none"));

    public CatalogConfig {
        type = type == null ? "synthetic" : type;
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", got '" + type + "'");
        }
        if (type.equals("synthetic")) {
            items = ParameterChecks.intIn("items", items, 2000, 20, 2_000_000);
            topics = ParameterChecks.intIn("topics", topics, 12, 2, 200);
            harmfulTopics = ParameterChecks.intIn("harmfulTopics", harmfulTopics, Math.min(4, topics - 1), 0, topics - 1);
            dimensions = ParameterChecks.intIn("dimensions", dimensions, 16, 2, 512);
            harmfulShare = ParameterChecks.doubleIn("harmfulShare", harmfulShare, harmfulTopics == 0 ? 0.0 : 0.08, 0, 0.9);
            if (harmfulTopics == 0 && harmfulShare > 0) {
                throw new IllegalArgumentException("harmfulShare must be 0 when harmfulTopics is 0, got " + harmfulShare);
            }
            popularityExponent = ParameterChecks.doubleIn("popularityExponent", popularityExponent, 1.2, 0.5, 5);
            onlyForData(type, "path", path);
            onlyForData(type, "embedding", embedding);
            onlyForData(type, "vocabularySize", vocabularySize);
            onlyForData(type, "harmRule", harmRule);
            onlyForData(type, "harmKeywords", harmKeywords);
            onlyForData(type, "strict", strict);
            onlyForData(type, "defaultDurationSeconds", defaultDurationSeconds);
            onlyForData(type, "engagementWeights", engagementWeights);
        } else {
            onlySynthetic(type, "harmfulTopics", harmfulTopics);
            onlySynthetic(type, "harmfulShare", harmfulShare);
            onlySynthetic(type, "popularityExponent", popularityExponent);
            if (items != null) {
                ParameterChecks.intIn("items", items, 0, 20, 2_000_000);
            }
            boolean clustered = type.equals("tiktok-claims") || type.equals("kuairand");
            if (clustered) {
                topics = ParameterChecks.intIn("topics", topics, 12, 2, 200);
            } else if (topics != null) {
                throw new IllegalArgumentException("topics must be omitted for type " + type
                        + " (its topics come from the data), got " + topics);
            }
            dimensions = ParameterChecks.intIn("dimensions", dimensions, 16, 2, 512);
            path = path == null ? DEFAULT_PATHS.get(type) : path;
            if (path.isBlank()) {
                throw new IllegalArgumentException("path must not be blank, got '" + path + "'");
            }
            embedding = embedding == null ? "tfidf" : embedding;
            List<String> methods = List.of("tfidf", "minilm", "minilm-q");
            if (!methods.contains(embedding)) {
                throw new IllegalArgumentException("embedding must be one of " + methods + ", got '" + embedding + "'");
            }
            if (type.equals("kuairand") && !embedding.equals("tfidf")) {
                throw new IllegalArgumentException("embedding must be tfidf for type kuairand (it has no item text;"
                        + " TF-IDF runs over the users who liked or hated each item), got '" + embedding + "'");
            }
            if (embedding.equals("tfidf")) {
                vocabularySize = ParameterChecks.intIn("vocabularySize", vocabularySize, type.equals("kuairand") ? 2000 : 100,
                        2, 100_000);
            } else if (vocabularySize != null) {
                throw new IllegalArgumentException("vocabularySize applies only to embedding tfidf, got "
                        + vocabularySize + " for embedding " + embedding);
            }
            List<String> rules = HARM_RULES.get(type);
            harmRule = harmRule == null ? rules.get(0) : harmRule;
            if (!rules.contains(harmRule)) {
                throw new IllegalArgumentException("harmRule must be one of " + rules + " for type " + type + ", got '"
                        + harmRule + "'");
            }
            if (harmKeywords != null) {
                if (!harmRule.equals("lexicon")) {
                    throw new IllegalArgumentException("harmKeywords applies only to harmRule lexicon, got harmRule '"
                            + harmRule + "'");
                }
                if (harmKeywords.isEmpty() || harmKeywords.size() > 1000) {
                    throw new IllegalArgumentException("harmKeywords must have 1 to 1000 entries, got "
                            + harmKeywords.size());
                }
                for (String k : harmKeywords) {
                    if (k == null || k.isBlank()) {
                        throw new IllegalArgumentException("harmKeywords must not contain blank entries, got " + k);
                    }
                }
                harmKeywords = List.copyOf(harmKeywords);
            }
            strict = strict != null && strict;
            defaultDurationSeconds = ParameterChecks.doubleIn("defaultDurationSeconds", defaultDurationSeconds, 30, 1e-3, 86_400);
            if (type.equals("tiktok-claims")) {
                engagementWeights = engagementWeights == null ? EngagementWeights.defaults() : engagementWeights;
            } else if (engagementWeights != null) {
                throw new IllegalArgumentException("engagementWeights applies only to type tiktok-claims, got type "
                        + type);
            }
        }
    }

    /**
     * The seven-field form of the synthetic-only config (kept so that existing callers compile);
     * every data field is omitted.
     */
    public CatalogConfig(String type, Integer items, Integer topics, Integer harmfulTopics,
                         Integer dimensions, Double harmfulShare, Double popularityExponent) {
        this(type, items, topics, harmfulTopics, dimensions, harmfulShare, popularityExponent,
                null, null, null, null, null, null, null, null);
    }

    /** The default catalog (synthetic, every default). */
    public static CatalogConfig defaults() {
        return new CatalogConfig(null, null, null, null, null, null, null);
    }

    /** A data catalog of {@code type} with every default. */
    public static CatalogConfig data(String type) {
        return new CatalogConfig(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** True for the seeded synthetic catalog. */
    public boolean synthetic() {
        return type.equals("synthetic");
    }

    private static void onlyForData(String type, String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(field + " applies only to data catalogs " + TYPES.subList(1, TYPES.size())
                    + ", got " + value + " for type " + type);
        }
    }

    private static void onlySynthetic(String type, String field, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(field + " applies only to type synthetic, got " + value + " for type "
                    + type);
        }
    }
}
