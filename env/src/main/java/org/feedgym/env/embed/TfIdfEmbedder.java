package org.feedgym.env.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * TF-IDF over item texts, reduced to d dimensions and L2-normalised.
 *
 * <ul>
 *   <li>Terms: {@link Tokenizer} (words; character bigrams for Chinese).</li>
 *   <li>Vocabulary: the {@code vocabularySize} terms with the highest document frequency, ties
 *       broken by the term's string order; a corpus with fewer distinct terms uses them all.</li>
 *   <li>Weights: sublinear term frequency {@code 1 + ln(tf)} times smoothed inverse document
 *       frequency {@code ln((1 + n) / (1 + df)) + 1} (scikit-learn's {@code smooth_idf}), each row
 *       L2-normalised.</li>
 *   <li>Reduction to {@code dimensions}: {@link Reduction#SVD} (default) or
 *       {@link Reduction#RANDOM_PROJECTION}, seeded; rows L2-normalised again.</li>
 * </ul>
 */
public final class TfIdfEmbedder implements TextEmbedder {

    /** Default vocabulary size. */
    public static final int DEFAULT_VOCABULARY = 100;

    private final int vocabularySize;
    private final int dimensions;
    private final Reduction reduction;
    private final long seed;

    /**
     * @param vocabularySize terms kept, in [1, 100000]
     * @param dimensions     output dimension d, in [1, 4096]
     * @param reduction      how V columns become d
     * @param seed           seed of the reduction
     */
    public TfIdfEmbedder(int vocabularySize, int dimensions, Reduction reduction, long seed) {
        if (vocabularySize < 1 || vocabularySize > 100_000) {
            throw new IllegalArgumentException("vocabularySize must be in [1, 100000], got " + vocabularySize);
        }
        if (dimensions < 1 || dimensions > 4096) {
            throw new IllegalArgumentException("dimensions must be in [1, 4096], got " + dimensions);
        }
        this.vocabularySize = vocabularySize;
        this.dimensions = dimensions;
        this.reduction = java.util.Objects.requireNonNull(reduction, "reduction");
        this.seed = seed;
    }

    @Override
    public String method() {
        return "tfidf";
    }

    @Override
    public String parameters() {
        return "tokenizer=words+cjk-bigrams-v1,vocabularySize=" + vocabularySize + ",tf=sublinear,idf=smooth,dimensions="
                + dimensions + ",reduction=" + reduction.id() + ",powerIterations=" + TruncatedSvd.POWER_ITERATIONS
                + ",seed=" + seed;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public EmbeddingMatrix embed(List<String> texts, Consumer<String> progress) {
        return reduction.apply(tfidf(texts), dimensions, seed).matrix();
    }

    /** The vocabulary {@link #embed} would use for {@code texts}, in column order. */
    public List<String> vocabulary(List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            for (String term : new java.util.HashSet<>(Tokenizer.terms(t))) {
                df.merge(term, 1, Integer::sum);
            }
        }
        return topTerms(df);
    }

    private List<String> topTerms(Map<String, Integer> df) {
        List<String> terms = new ArrayList<>(df.keySet());
        terms.sort((a, b) -> {
            int c = Integer.compare(df.get(b), df.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        return List.copyOf(terms.subList(0, Math.min(vocabularySize, terms.size())));
    }

    /** The L2-normalised TF-IDF matrix (n × V, sparse). */
    RowMatrix.Sparse tfidf(List<String> texts) {
        int n = texts.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> c = new HashMap<>();
            for (String term : Tokenizer.terms(t)) {
                c.merge(term, 1, Integer::sum);
            }
            for (String term : c.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
            counts.add(c);
        }
        List<String> vocabulary = topTerms(df);
        Map<String, Integer> column = new HashMap<>();
        double[] idf = new double[vocabulary.size()];
        for (int j = 0; j < vocabulary.size(); j++) {
            column.put(vocabulary.get(j), j);
            idf[j] = Math.log((1.0 + n) / (1.0 + df.get(vocabulary.get(j)))) + 1;
        }
        int[] rowStart = new int[n + 1];
        List<int[]> cols = new ArrayList<>(n);
        List<float[]> vals = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            Map<String, Integer> c = counts.get(r);
            int[] cs = c.keySet().stream().filter(column::containsKey).mapToInt(column::get).sorted().toArray();
            float[] vs = new float[cs.length];
            double norm = 0;
            for (int p = 0; p < cs.length; p++) {
                double w = (1 + Math.log(c.get(vocabulary.get(cs[p])))) * idf[cs[p]];
                vs[p] = (float) w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int p = 0; p < cs.length; p++) {
                vs[p] = (float) (vs[p] / norm);
            }
            cols.add(cs);
            vals.add(vs);
            rowStart[r + 1] = rowStart[r] + cs.length;
        }
        int[] col = new int[rowStart[n]];
        float[] val = new float[rowStart[n]];
        for (int r = 0; r < n; r++) {
            System.arraycopy(cols.get(r), 0, col, rowStart[r], cols.get(r).length);
            System.arraycopy(vals.get(r), 0, val, rowStart[r], vals.get(r).length);
        }
        return new RowMatrix.Sparse(n, Math.max(1, vocabulary.size()), rowStart, col, val);
    }

    @Override
    public String toString() {
        return "TfIdfEmbedder[" + parameters() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TfIdfEmbedder t && t.parameters().equals(parameters());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {parameters()});
    }
}
