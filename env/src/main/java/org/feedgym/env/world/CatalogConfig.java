package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.env.data.DatasetReader;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.data.EngagementWeights;
import org.feedgym.env.data.LogColumns;
import org.feedgym.env.params.ParameterChecks;

/**
 * The catalog section of a world config: a seeded synthetic catalog, or one built from a real
 * dataset. Every field may be omitted ({@code null}) and gets its default here; fields that do
 * not apply to the chosen {@code type} must be omitted.
 *
 * <p>Synthetic fields ({@code type = synthetic}):
 *
 * @param type               {@code synthetic} (the default) or a dataset type of
 *                           {@link DatasetRegistry#builtIn()}: {@code tiktok-claims}, {@code kuairec},
 *                           {@code kuairand}, {@code movielens}, {@code log}
 * @param items              synthetic: number of items, in [20, 2,000,000], default 2000. Data:
 *                           keep at most this many items (the first in source order), in
 *                           [20, 2,000,000]; default {@code null} = all
 * @param topics             synthetic: number of topics, in [2, 200]; default 12. Data without
 *                           categories ({@code tiktok-claims}, {@code kuairand}, {@code log}
 *                           without a {@code category} column): number of
 *                           clusters (spherical k-means over the embeddings) the benign items are
 *                           grouped into, in [2, 200], default 12; must be omitted for
 *                           the others, whose topics come from the data
 * @param harmfulTopics      synthetic only: how many topics are harmful, in [0, topics − 1]; default 4
 * @param dimensions         embedding dimension d, in [2, 512]; default 16
 * @param harmfulShare       synthetic only: share of items in harmful topics, in [0, 0.9]; default 0.08
 * @param popularityExponent synthetic only: Pareto tail exponent of view counts, in [0.5, 5];
 *                           default 1.2 (smaller = heavier tail)
 * @param path               data only: the dataset folder (or file); absolute, relative to the
 *                           working directory, or relative to the shared data folder
 *                           ({@link org.feedgym.env.data.DataPaths}); default the dataset's folder
 *                           name in {@code shared/data} ({@code tiktok-claims}, {@code kuairec},
 *                           {@code kuairand-like-hate-subset}, {@code movielens-latest-small});
 *                           required for {@code log} (the log file)
 * @param embedding          data only: {@code tfidf} (default), {@code minilm} or {@code minilm-q}
 *                           (these two need the {@code feedgym-minilm} module on the class path);
 *                           {@code kuairand} and {@code log} without a {@code text} column have no
 *                           item text and allow only {@code tfidf}
 * @param vocabularySize     data, tfidf only: TF-IDF features, in [2, 100,000] and at least
 *                           {@code dimensions}; default 100
 *                           (2000 for {@code kuairand}, whose "terms" are the users who liked or
 *                           hated an item: at most 2 × 664, so all of them; also for {@code log}
 *                           without a {@code text} column)
 * @param harmRule           data only: how items are judged harmful (see
 *                           the dataset classes and {@link org.feedgym.env.data.LogCatalog}); {@code tiktok-claims}:
 *                           {@code moderation} (default), {@code claim}, {@code lexicon},
 *                           {@code none}; {@code log}: {@code hate-rate} (default when a
 *                           {@code hate} signal is mapped; needs one), {@code categories} (needs a
 *                           {@code category} column and {@code harmCategories}), {@code lexicon}
 *                           (needs a {@code text} column), {@code none} (default otherwise); {@code kuairec} and {@code movielens}: {@code lexicon}
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
 * @param delimiter          {@code log} only: the field separator, one character; default a tab
 *                           for a path ending in {@code .tsv} or {@code .tab}, else a comma
 * @param columns            {@code log} only, required: the column mapping ({@link LogColumns})
 * @param qualitySignal      {@code log} and {@code kuairand}: the signal whose smoothed rate ranks
 *                           item quality; default {@code long-view} when mapped, else {@code like}
 *                           when mapped, else none (quality = popularity rank)
 * @param harmCategories     {@code log}, harm rule {@code categories} only: the harmful category
 *                           values, 1 to 1000 entries
 */
public record CatalogConfig(String type, Integer items, Integer topics, Integer harmfulTopics,
                            Integer dimensions, Double harmfulShare, Double popularityExponent,
                            String path, String embedding, Integer vocabularySize, String harmRule,
                            List<String> harmKeywords, Boolean strict, Double defaultDurationSeconds,
                            EngagementWeights engagementWeights, String delimiter, LogColumns columns,
                            String qualitySignal, List<String> harmCategories) {

    /** The catalog types: {@code synthetic}, then the dataset types of {@link DatasetRegistry#builtIn()}. */
    public static final List<String> TYPES = types();

    /** The largest catalog. */
    public static final int MAX_ITEMS = 2_000_000;
    /** The smallest embedding dimension. */
    public static final int MIN_DIMENSIONS = 2;
    /** The largest embedding dimension. */
    public static final int MAX_DIMENSIONS = 512;

    public CatalogConfig {
        type = type == null ? "synthetic" : type;
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", got '" + type + "'");
        }
        if (type.equals("synthetic")) {
            items = ParameterChecks.intIn("items", items, 2000, 20, MAX_ITEMS);
            topics = ParameterChecks.intIn("topics", topics, 12, 2, 200);
            harmfulTopics = ParameterChecks.intIn("harmfulTopics", harmfulTopics, Math.min(4, topics - 1), 0, topics - 1);
            dimensions = ParameterChecks.intIn("dimensions", dimensions, 16, MIN_DIMENSIONS, MAX_DIMENSIONS);
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
            onlyForData(type, "delimiter", delimiter);
            onlyForData(type, "columns", columns);
            onlyForData(type, "qualitySignal", qualitySignal);
            onlyForData(type, "harmCategories", harmCategories);
        } else {
            DatasetReader reader = DatasetRegistry.builtIn().reader(type);
            boolean log = type.equals("log");
            onlySynthetic(type, "harmfulTopics", harmfulTopics);
            onlySynthetic(type, "harmfulShare", harmfulShare);
            onlySynthetic(type, "popularityExponent", popularityExponent);
            if (items != null) {
                ParameterChecks.intIn("items", items, 0, 20, MAX_ITEMS);
            }
            if (log && columns == null) {
                throw new IllegalArgumentException("columns is required for type log (which header column holds the"
                        + " user, the item and the timestamp)");
            } else if (!log && columns != null) {
                throw new IllegalArgumentException("columns applies only to type log, got type " + type);
            }
            if (reader.clustered(columns)) {
                topics = ParameterChecks.intIn("topics", topics, 12, 2, 200);
            } else if (topics != null) {
                throw new IllegalArgumentException("topics must be omitted for type " + type
                        + " (its topics come from the data), got " + topics);
            }
            dimensions = ParameterChecks.intIn("dimensions", dimensions, 16, MIN_DIMENSIONS, MAX_DIMENSIONS);
            path = path == null ? reader.defaultPath() : path;
            if (path == null) {
                throw new IllegalArgumentException("path is required for type " + type + " (the log file)");
            }
            if (path.isBlank()) {
                throw new IllegalArgumentException("path must not be blank, got '" + path + "'");
            }
            embedding = embedding == null ? "tfidf" : embedding;
            List<String> methods = List.of("tfidf", "minilm", "minilm-q");
            if (!methods.contains(embedding)) {
                throw new IllegalArgumentException("embedding must be one of " + methods + ", got '" + embedding + "'");
            }
            boolean coOccurrence = type.equals("kuairand") || log && columns.text() == null;
            if (coOccurrence && !embedding.equals("tfidf")) {
                throw new IllegalArgumentException("embedding must be tfidf for type " + type + (log ? " without a"
                        + " text column" : "") + " (it has no item text; TF-IDF runs over the users who met each"
                        + " item), got '" + embedding + "'");
            }
            if (embedding.equals("tfidf")) {
                vocabularySize = ParameterChecks.intIn("vocabularySize", vocabularySize, coOccurrence ? 2000 : 100,
                        2, 100_000);
                if (dimensions > vocabularySize) {
                    // Truncated SVD of a matrix with vocabularySize columns has at most that rank:
                    // the extra dimensions would be all-zero columns.
                    throw new IllegalArgumentException("dimensions must be <= vocabularySize (" + vocabularySize
                            + ") for tfidf embeddings, got " + dimensions);
                }
            } else if (vocabularySize != null) {
                throw new IllegalArgumentException("vocabularySize applies only to embedding tfidf, got "
                        + vocabularySize + " for embedding " + embedding);
            }
            List<String> rules = reader.harmRules();
            LogColumns mapping = type.equals("kuairand") ? LogColumns.kuairand() : columns;
            if (harmRule == null) {
                harmRule = log && !mapping.signals().containsKey("hate") ? "none" : rules.get(0);
            }
            if (!rules.contains(harmRule)) {
                throw new IllegalArgumentException("harmRule must be one of " + rules + " for type " + type + ", got '"
                        + harmRule + "'");
            }
            if (log) {
                checkLogHarmRule(harmRule, columns);
            }
            harmCategories = harmCategories(harmRule, harmCategories);
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
            delimiter = delimiter(log, path, delimiter);
            qualitySignal = qualitySignal(type, mapping, qualitySignal);
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
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The default catalog (synthetic, every default). */
    public static CatalogConfig defaults() {
        return new CatalogConfig(null, null, null, null, null, null, null);
    }

    /** A data catalog of {@code type} with every default. */
    public static CatalogConfig data(String type) {
        return new CatalogConfig(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /**
     * A {@code log} catalog of a file with a column mapping, every other field default.
     *
     * @param path    the log file
     * @param columns the column mapping
     */
    public static CatalogConfig log(String path, LogColumns columns) {
        return new CatalogConfig("log", null, null, null, null, null, null, path, null, null, null, null, null, null,
                null, null, columns, null, null);
    }

    private static List<String> types() {
        List<String> t = new ArrayList<>();
        t.add("synthetic");
        t.addAll(DatasetRegistry.builtIn().types());
        return List.copyOf(t);
    }

    private static void checkLogHarmRule(String rule, LogColumns columns) {
        if (rule.equals("hate-rate") && !columns.signals().containsKey("hate")) {
            throw new IllegalArgumentException("harmRule hate-rate needs a 'hate' signal in columns.signals, got "
                    + columns.signals().keySet());
        }
        if (rule.equals("categories") && columns.category() == null) {
            throw new IllegalArgumentException("harmRule categories needs columns.category");
        }
        if (rule.equals("lexicon") && columns.text() == null) {
            throw new IllegalArgumentException("harmRule lexicon needs columns.text");
        }
    }

    private static List<String> harmCategories(String rule, List<String> categories) {
        if (!rule.equals("categories")) {
            if (categories != null) {
                throw new IllegalArgumentException("harmCategories applies only to harmRule categories, got harmRule '"
                        + rule + "'");
            }
            return null;
        }
        if (categories == null || categories.isEmpty() || categories.size() > 1000) {
            throw new IllegalArgumentException("harmCategories must have 1 to 1000 entries for harmRule categories, got "
                    + (categories == null ? "none" : categories.size()));
        }
        for (String c : categories) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("harmCategories must not contain blank entries, got " + c);
            }
        }
        return List.copyOf(categories);
    }

    private static String delimiter(boolean log, String path, String delimiter) {
        if (!log) {
            if (delimiter != null) {
                throw new IllegalArgumentException("delimiter applies only to type log, got '" + delimiter + "'");
            }
            return null;
        }
        if (delimiter == null) {
            String p = path.toLowerCase(java.util.Locale.ROOT);
            return p.endsWith(".tsv") || p.endsWith(".tab") ? "\t" : ",";
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
            throw new IllegalArgumentException("delimiter must be one character other than a quote or a line break, got '"
                    + delimiter + "'");
        }
        return delimiter;
    }

    private static String qualitySignal(String type, LogColumns mapping, String signal) {
        if (mapping == null) {
            if (signal != null) {
                throw new IllegalArgumentException("qualitySignal applies only to types log and kuairand, got type "
                        + type);
            }
            return null;
        }
        if (signal == null) {
            return mapping.signals().containsKey("long-view") ? "long-view"
                    : mapping.signals().containsKey("like") ? "like" : null;
        }
        if (!mapping.signals().containsKey(signal)) {
            throw new IllegalArgumentException("qualitySignal must be a mapped signal " + mapping.signals().keySet()
                    + ", got '" + signal + "'");
        }
        return signal;
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
