package org.feedgym.simulator.offline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * An offline evaluation as written in JSON: a log, the recommenders trained on part of it, and
 * how their rankings of the rest are scored.
 *
 * <pre>{@code
 * {
 *   "name": "offline-movielens",
 *   "seed": 42,
 *   "source": {"type": "movielens"},
 *   "split": {"method": "temporal", "train": 0.8, "validation": 0.1, "test": 0.1},
 *   "k": 10,
 *   "relevance": {"threshold": 4},
 *   "recommenders": [{"type": "random"}, {"type": "popularity"}, {"type": "mf", "factors": 32}]
 * }
 * }</pre>
 *
 * @param name         letters, digits, '.', '_' and '-' (it names the output directory)
 * @param seed         the root seed (random split, random scores, model initialisation, user
 *                     sample, simulated users); default 42
 * @param source       the log; required
 * @param recommenders the recommenders, each {@code {"type": ..., "name": ..., parameters}} by
 *                     agent registry id; only types that can rank offline (see
 *                     {@link org.feedgym.agents.registry.AgentRegistry#OFFLINE_TYPES}); at least one
 * @param k            the cut-off of P@K, R@K and NDCG@K, in [1, 1000]; default 10
 * @param relevance    which held-out rows count as relevant
 * @param split        the per-user split; default 80/10/10 temporal
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfflineConfig(String name, Long seed, LogSourceConfig source, List<JsonNode> recommenders, Integer k,
                            RelevanceConfig relevance, SplitConfig split) {

    public OfflineConfig {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("name must be 1-100 characters of letters, digits, '.', '_' or '-', got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        seed = seed == null ? 42L : seed;
        if (source == null) {
            throw new IllegalArgumentException("source is required, e.g. {\"type\": \"movielens\"}");
        }
        if (recommenders == null || recommenders.isEmpty()) {
            throw new IllegalArgumentException("recommenders must list at least one, e.g. [{\"type\": \"random\"}]");
        }
        recommenders = List.copyOf(recommenders);
        recommenders.forEach(a -> Objects.requireNonNull(a, "recommenders must not contain null"));
        k = k == null ? 10 : k;
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k must be in [1, 1000], got " + k);
        }
        relevance = relevance == null ? new RelevanceConfig(null) : relevance;
        split = split == null ? SplitConfig.defaults() : split;
    }
}
