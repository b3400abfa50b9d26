package org.feedgym.env.embed;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns item texts into an embedding matrix, one row per text, in order. Implementations are
 * deterministic: the same texts and {@link #parameters()} give the same matrix, which is what
 * lets {@link EmbeddingCache} key results by a hash of (texts, method, parameters).
 */
public interface TextEmbedder {

    /** The method id: {@code tfidf}, {@code minilm} or {@code minilm-q}. */
    String method();

    /**
     * Everything besides the texts that determines the output, as a canonical string (model name
     * and version, vocabulary size, dimensions, seed...). Part of the cache key.
     */
    String parameters();

    /** Columns of the output. */
    int dimensions();

    /**
     * Embeds {@code texts}.
     *
     * @param texts    item texts; an empty text is allowed
     * @param progress receives progress lines for long jobs (e.g. stderr), never {@code null}
     */
    EmbeddingMatrix embed(List<String> texts, Consumer<String> progress) throws IOException;
}
