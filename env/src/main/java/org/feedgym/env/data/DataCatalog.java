package org.feedgym.env.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.feedgym.env.world.Catalog;

/**
 * A catalog built from a real dataset, with what went into it.
 *
 * @param catalog            the catalog (items in source order, after the {@code items} cap)
 * @param report             what the readers read and skipped; {@link ReadReport#inputFiles()}
 *                           is what a run's manifest records
 * @param interactions       the dataset's interaction log (MovieLens ratings, KuaiRand and mapped-log
 *                           likes (1) or not (0)) with item indices equal to catalog indices, or
 *                           {@code null} when the dataset has none (TikTok claims, KuaiRec side
 *                           tables) or when {@code items} cut the catalog short (the log would
 *                           name items the catalog lacks)
 * @param itemTexts          the text each item was embedded from, in catalog order
 * @param embeddingKey       the 64-hex embedding cache key
 * @param embeddingFromCache true when the embeddings were read from the cache
 */
public record DataCatalog(Catalog catalog, ReadReport report, InteractionLog interactions, List<String> itemTexts,
                          String embeddingKey, boolean embeddingFromCache) {

    public DataCatalog {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(report, "report");
        itemTexts = List.copyOf(itemTexts);
        Objects.requireNonNull(embeddingKey, "embeddingKey");
    }

    /** The interaction log, if the dataset has one. */
    public Optional<InteractionLog> log() {
        return Optional.ofNullable(interactions);
    }

    /** One line: the read summary plus the catalog's size and topics. */
    public String summary() {
        return report.summary() + " -> catalog of " + catalog.size() + " items, " + catalog.topicCount() + " topics, "
                + catalog.dimensions() + " dims" + (embeddingFromCache ? " (embeddings from cache)" : "");
    }
}
