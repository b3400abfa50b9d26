package org.feedgym.env.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds an embedder by method id: {@code tfidf} is built in; other ids ({@code minilm},
 * {@code minilm-q}) come from {@link TextEmbedderProvider}s on the class path.
 */
public final class TextEmbedders {

    /** The built-in method. */
    public static final String TFIDF = "tfidf";

    private TextEmbedders() {
    }

    /** Every method available on this class path, sorted. */
    public static List<String> methods() {
        TreeSet<String> all = new TreeSet<>();
        all.add(TFIDF);
        for (TextEmbedderProvider p : ServiceLoader.load(TextEmbedderProvider.class)) {
            all.addAll(p.methods());
        }
        return new ArrayList<>(all);
    }

    /**
     * A provided (non-TF-IDF) embedder at its native dimension.
     *
     * @throws IllegalArgumentException when no provider on the class path serves {@code method},
     *                                  naming the module to add
     */
    public static TextEmbedder provided(String method) {
        for (TextEmbedderProvider p : ServiceLoader.load(TextEmbedderProvider.class)) {
            if (p.methods().contains(method)) {
                return p.create(method);
            }
        }
        String hint = method.startsWith("minilm")
                ? "; add the module org.feedgym:feedgym-minilm to the class path" : "";
        throw new IllegalArgumentException("embedding method '" + method + "' is not available: methods on this class"
                + " path are " + methods() + hint);
    }
}
