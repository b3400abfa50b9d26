package org.feedgym.env.data;

import java.util.Objects;
import java.util.function.Consumer;
import org.feedgym.env.embed.EmbeddingCache;

/**
 * Where a data catalog's embeddings are cached and where progress goes.
 *
 * @param cache    the embedding cache
 * @param progress receives progress lines (e.g. {@code System.err::println})
 */
public record CatalogOptions(EmbeddingCache cache, Consumer<String> progress) {

    public CatalogOptions {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(progress, "progress");
    }

    /** The default cache location, progress on stderr. */
    public static CatalogOptions defaults() {
        return new CatalogOptions(EmbeddingCache.defaultLocation(), System.err::println);
    }
}
