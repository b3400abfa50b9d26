package org.feedgym.env.embed;

import java.util.List;

/**
 * A source of text embedders found with {@link java.util.ServiceLoader}, so that heavy embedders
 * (MiniLM through ONNX Runtime, in the {@code feedgym-minilm} module) stay out of env's
 * dependencies: a module that provides one lists its class in
 * {@code META-INF/services/org.feedgym.env.embed.TextEmbedderProvider}.
 */
public interface TextEmbedderProvider {

    /** The method ids this provider serves, e.g. {@code [minilm, minilm-q]}. */
    List<String> methods();

    /** An embedder for {@code method} (one of {@link #methods()}) at its native dimension. */
    TextEmbedder create(String method);
}
