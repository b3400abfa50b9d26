package org.feedgym.minilm;

import java.util.List;
import org.feedgym.env.embed.TextEmbedder;
import org.feedgym.env.embed.TextEmbedderProvider;

/**
 * Serves the embedding methods {@code minilm} and {@code minilm-q} to env through
 * {@link java.util.ServiceLoader}. Texts are embedded one at a time on one thread: ONNX Runtime
 * already spreads each inference over the cores, and a second text in parallel made the quantized
 * model about half as fast on 2 cores (198 vs 405 sentences/s, measured with
 * {@link MiniLmBenchmark}).
 */
public final class MiniLmProvider implements TextEmbedderProvider {

    @Override
    public List<String> methods() {
        return List.of("minilm", "minilm-q");
    }

    @Override
    public TextEmbedder create(String method) {
        int threads = 1;
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
