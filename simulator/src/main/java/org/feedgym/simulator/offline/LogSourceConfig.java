package org.feedgym.simulator.offline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.feedgym.agents.recommender.LogCollector;
import org.feedgym.env.world.WorldConfig;

/**
 * Where the log of an offline evaluation comes from: a real dataset or a simulated log. Every
 * field may be omitted ({@code null}) and gets its default here, except {@code type}; fields that
 * do not apply to the type must be omitted.
 *
 * @param type          {@code movielens} (ratings of {@code ml-latest-small}), {@code kuairand}
 *                      (the KuaiRand like/hate subset) or {@code simulated} (a logging policy run
 *                      on simulated users)
 * @param path          data only: the dataset folder (or file); absolute, relative to the working
 *                      directory, or relative to the shared data folder
 *                      ({@link org.feedgym.env.data.DataPaths}); default
 *                      {@code movielens-latest-small} / {@code kuairand-like-hate-subset}
 * @param signal        what a row's signal is. {@code movielens}: {@code rating} (the only one; 0.5–5
 *                      stars). {@code kuairand}: {@code label} (default; 1 like, 0 hate, every row)
 *                      or {@code watch-ratio} (play time / duration clipped at 5, as in the KuaiRec
 *                      studies; only the rows whose duration is known, {@code duration_ms > 0}).
 *                      {@code simulated}: {@code watch} (default; watch fraction in [0.01, 1]),
 *                      {@code like} (1/0) or {@code reward}
 * @param maxUsers      keep at most this many users (a seeded uniform sample of the users with a
 *                      row, all their rows), in [1, 10,000,000]; default all
 * @param dimensions    {@code movielens} only: embedding dimension of the catalog that the
 *                      content-based recommenders read (TF-IDF over title, genres and tags, as
 *                      in a {@code movielens} world), in [2, 512]; default 32
 * @param strict        data only: fail on the first row a reader would skip; default false
 * @param world         {@code simulated} only: the world the users live in; default every world
 *                      default
 * @param loggingPolicy {@code simulated} only: the policy that chose what was shown,
 *                      {@code random} (default) or {@code popularity}
 * @param users         {@code simulated} only: number of simulated users logged (one episode
 *                      each), in [1, 1,000,000]; default 500
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogSourceConfig(String type, String path, String signal, Integer maxUsers, Integer dimensions,
                              Boolean strict, WorldConfig world, String loggingPolicy, Integer users) {

    /** The source types. */
    public static final List<String> TYPES = List.of("movielens", "kuairand", "simulated");

    private static final Map<String, List<String>> SIGNALS = Map.of(
            "movielens", List.of("rating"),
            "kuairand", List.of("label", "watch-ratio"),
            "simulated", List.of("watch", "like", "reward"));

    private static final Map<String, String> PATHS = Map.of(
            "movielens", "movielens-latest-small",
            "kuairand", "kuairand-like-hate-subset");

    public LogSourceConfig {
        if (type == null || !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", got "
                    + (type == null ? "nothing" : "'" + type + "'"));
        }
        List<String> signals = SIGNALS.get(type);
        signal = signal == null ? signals.get(0) : signal;
        if (!signals.contains(signal)) {
            throw new IllegalArgumentException("signal must be one of " + signals + " for type " + type + ", got '"
                    + signal + "'");
        }
        if (maxUsers != null && (maxUsers < 1 || maxUsers > 10_000_000)) {
            throw new IllegalArgumentException("maxUsers must be in [1, 10000000], got " + maxUsers);
        }
        if (type.equals("simulated")) {
            onlyFor(type, "path", path, "movielens and kuairand");
            onlyFor(type, "dimensions", dimensions, "movielens");
            onlyFor(type, "strict", strict, "movielens and kuairand");
            world = world == null ? WorldConfig.defaults() : world;
            loggingPolicy = loggingPolicy == null ? LogCollector.LOGGING_POLICIES.get(0) : loggingPolicy;
            if (!LogCollector.LOGGING_POLICIES.contains(loggingPolicy)) {
                throw new IllegalArgumentException("loggingPolicy must be one of " + LogCollector.LOGGING_POLICIES
                        + ", got '" + loggingPolicy + "'");
            }
            users = users == null ? 500 : users;
            if (users < 1 || users > 1_000_000) {
                throw new IllegalArgumentException("users must be in [1, 1000000], got " + users);
            }
        } else {
            onlyFor(type, "world", world, "simulated");
            onlyFor(type, "loggingPolicy", loggingPolicy, "simulated");
            onlyFor(type, "users", users, "simulated");
            path = path == null ? PATHS.get(type) : path;
            if (path.isBlank()) {
                throw new IllegalArgumentException("path must not be blank, got '" + path + "'");
            }
            strict = strict != null && strict;
            if (type.equals("movielens")) {
                dimensions = dimensions == null ? 32 : dimensions;
                if (dimensions < 2 || dimensions > 512) {
                    throw new IllegalArgumentException("dimensions must be in [2, 512], got " + dimensions);
                }
            } else {
                onlyFor(type, "dimensions", dimensions, "movielens");
            }
        }
    }

    /**
     * The default relevance threshold of this source's signal: rating 4 (stars), label 1 (a
     * like), watch ratio 1 (watched to the end at least once), watch fraction 0.5, like 1; none
     * for the reward, which has no natural scale.
     *
     * @return the threshold, or {@code null} when the config must give one
     */
    public Double defaultThreshold() {
        return switch (signal) {
            case "rating" -> 4.0;
            case "label", "watch-ratio", "like" -> 1.0;
            case "watch" -> 0.5;
            default -> null;
        };
    }

    private static void onlyFor(String type, String field, Object value, String types) {
        if (value != null) {
            throw new IllegalArgumentException(field + " applies only to " + types + " sources, got " + value
                    + " for type " + type);
        }
    }
}
