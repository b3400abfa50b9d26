package org.feedgym.minilm;

import java.util.List;
import org.feedgym.env.embed.TextEmbedder;
import org.feedgym.env.embed.TextEmbedderProvider;

/**
 * Serves the embedding methods {@code minilm} and {@code minilm-q} to env through
 * {@link java.util.ServiceLoader}. Texts are embedded on as many threads as there are processors.
 */
public final class MiniLmProvider implements TextEmbedderProvider {

    @Override
    public List<String> methods() {
        return List.of("minilm", "minilm-q");
    }

    @Override
    public TextEmbedder create(String method) {
        int threads = Runtime.getRuntime().availableProcessors();
        switch (method) {
            case "minilm":
                return new MiniLmEmbedder(false, threads);
            case "minilm-q":
                return new MiniLmEmbedder(true, threads);
            default:
                throw new IllegalArgumentException("method must be one of " + methods() + ", got '" + method + "'");
        }
    }
}
