package org.feedgym.env.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingTest {

    private static final List<String> TEXTS = List.of(
            "cats purr and cats sleep", "a cat sleeps and purrs", "kittens purr",
            "rockets launch into orbit", "the rocket reached orbit", "orbit launch window",
            "bread flour yeast", "yeast bread baking");

    @TempDir
    Path dir;

    @Test
    void tfidfRowsAreUnitLengthAndSimilarTextsAreNearest() {
        EmbeddingMatrix m = new TfIdfEmbedder(100, 4, Reduction.SVD, 1).embed(TEXTS, s -> { });
        assertEquals(TEXTS.size(), m.rows());
        assertEquals(4, m.dimensions());
        for (int i = 0; i < m.rows(); i++) {
            double n = 0;
            for (float v : m.row(i)) {
                n += v * v;
            }
            assertEquals(1.0, n, 1e-5);
        }
        // "rockets launch into orbit" is nearest to another orbit text.
        int nearest = m.topK(3, 1)[0];
        assertTrue(nearest == 4 || nearest == 5, "nearest of item 3 was " + nearest);
        assertTrue(m.cosine(3, 5) > m.cosine(3, 0));
    }

    @Test
    void theVocabularyIsTheMostFrequentTermsTiesInStringOrder() {
        TfIdfEmbedder e = new TfIdfEmbedder(3, 2, Reduction.SVD, 1);
        // df: orbit 3, purr 2, bread 2, yeast 2, launch 2 ... ties broken alphabetically.
        assertEquals(List.of("orbit", "bread", "launch"), e.vocabulary(TEXTS));
    }

    @Test
    void tfidfIsDeterministicForASeed() {
        EmbeddingMatrix a = new TfIdfEmbedder(100, 3, Reduction.SVD, 7).embed(TEXTS, s -> { });
        EmbeddingMatrix b = new TfIdfEmbedder(100, 3, Reduction.SVD, 7).embed(TEXTS, s -> { });
        assertEquals(a, b);
        EmbeddingMatrix rp = new TfIdfEmbedder(100, 3, Reduction.RANDOM_PROJECTION, 7).embed(TEXTS, s -> { });
        assertEquals(rp, new TfIdfEmbedder(100, 3, Reduction.RANDOM_PROJECTION, 7).embed(TEXTS, s -> { }));
    }

    @Test
    void aTextWithoutVocabularyTermsGetsAUnitVectorAnyway() {
        List<String> texts = List.of("alpha beta", "alpha gamma", "", "!!!");
        EmbeddingMatrix m = new TfIdfEmbedder(100, 2, Reduction.SVD, 3).embed(texts, s -> { });
        for (int i = 2; i < 4; i++) {
            float[] r = m.row(i);
            assertEquals(1.0, r[0] * r[0] + r[1] * r[1], 1e-5);
        }
    }

    @Test
    void truncatedSvdFindsTheTopSingularVectorsOfALowRankMatrix() {
        // X = A·B with rank 3 plus small noise: the top-3 right singular subspace of X must match
        // the exact one from the Jacobi eigen-decomposition of XᵀX.
        RandomGenerator g = Seeds.generator(11);
        int n = 200;
        int m = 30;
        double[][] a = new double[n][3];
        double[][] b = new double[3][m];
        for (double[] row : a) {
            for (int k = 0; k < 3; k++) {
                row[k] = g.nextGaussian() * (3 - k);
            }
        }
        for (double[] row : b) {
            for (int j = 0; j < m; j++) {
                row[j] = g.nextGaussian();
            }
        }
        float[] data = new float[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0.01 * g.nextGaussian();
                for (int k = 0; k < 3; k++) {
                    s += a[i][k] * b[k][j];
                }
                data[i * m + j] = (float) s;
            }
        }
        RowMatrix.Dense x = new RowMatrix.Dense(n, m, data);
        double[][] v = TruncatedSvd.rightVectors(x, 3, 5);
        double[][] gram = new double[m][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < m; p++) {
                for (int q = 0; q < m; q++) {
                    gram[p][q] += (double) data[i * m + p] * data[i * m + q];
                }
            }
        }
        double[][] vectors = new double[m][m];
        double[] lambda = TruncatedSvd.jacobi(gram, vectors);
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(lambda[q], lambda[p]));
        for (int t = 0; t < 3; t++) {
            double dot = 0;
            for (int j = 0; j < m; j++) {
                dot += v[t][j] * vectors[j][order[t]];
            }
            assertEquals(1.0, Math.abs(dot), 1e-6, "singular vector " + t);
        }
    }

    @Test
    void jacobiDiagonalisesASymmetricMatrix() {
        double[][] a = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
        double[][] copy = {{4, 1, 2}, {1, 3, 0}, {2, 0, 5}};
        double[][] v = new double[3][3];
        double[] lambda = TruncatedSvd.jacobi(a, v);
        for (int e = 0; e < 3; e++) {
            for (int r = 0; r < 3; r++) {
                double av = 0;
                for (int c = 0; c < 3; c++) {
                    av += copy[r][c] * v[c][e];
                }
                assertEquals(lambda[e] * v[r][e], av, 1e-10);
            }
        }
        assertEquals(12.0, lambda[0] + lambda[1] + lambda[2], 1e-10);
    }

    @Test
    void topKBreaksTiesByLowerIndexAndExcludesTheItem() {
        EmbeddingMatrix m = EmbeddingMatrix.of(4, 2, new float[] {1, 0, 1, 0, 0, 1, 1, 0});
        assertArrayEquals(new int[] {1, 3, 2}, m.topK(0, 5));
        assertArrayEquals(new int[] {0, 1}, m.topK(new float[] {2, 0}, 2));
    }

    @Test
    void reductionOfADenseMatrixKeepsRowsUnitLength() {
        RandomGenerator g = Seeds.generator(2);
        float[] data = new float[50 * 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) g.nextGaussian();
        }
        EmbeddingMatrix r = Reduction.SVD.reduce(EmbeddingMatrix.of(50, 20, data), 5, 9);
        assertEquals(5, r.dimensions());
        for (int i = 0; i < 50; i++) {
            double n = 0;
            for (float x : r.row(i)) {
                n += x * x;
            }
            assertEquals(1.0, n, 1e-5);
        }
    }

    /** Counts its calls, to prove that the cache answers the second request. */
    private static final class CountingEmbedder implements TextEmbedder {
        final AtomicInteger calls = new AtomicInteger();
        final TfIdfEmbedder inner = new TfIdfEmbedder(100, 3, Reduction.SVD, 1);

        @Override
        public String method() {
            return "tfidf";
        }

        @Override
        public String parameters() {
            return inner.parameters();
        }

        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public EmbeddingMatrix embed(List<String> texts, Consumer<String> progress) {
            calls.incrementAndGet();
            return inner.embed(texts, progress);
        }
    }

    @Test
    void aSecondRunReusesTheCacheAndSaysSo() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(dir);
        CountingEmbedder e = new CountingEmbedder();
        List<String> log = new ArrayList<>();
        EmbeddingCache.Lookup first = cache.embed(e, TEXTS, log::add);
        EmbeddingCache.Lookup second = new EmbeddingCache(dir).embed(e, TEXTS, log::add);
        assertFalse(first.cached());
        assertTrue(second.cached());
        assertEquals(1, e.calls.get());
        assertEquals(first.matrix(), second.matrix());
        assertTrue(log.stream().anyMatch(s -> s.startsWith("embedding cache hit: tfidf 8 x 3")), log.toString());
        assertTrue(Files.isRegularFile(second.file()));
    }

    @Test
    void theCacheKeyChangesWithTextsAndParameters() {
        TfIdfEmbedder a = new TfIdfEmbedder(100, 3, Reduction.SVD, 1);
        TfIdfEmbedder b = new TfIdfEmbedder(100, 4, Reduction.SVD, 1);
        String k = EmbeddingCache.key(a, TEXTS);
        assertEquals(k, EmbeddingCache.key(new TfIdfEmbedder(100, 3, Reduction.SVD, 1), TEXTS));
        assertFalse(k.equals(EmbeddingCache.key(b, TEXTS)));
        assertFalse(k.equals(EmbeddingCache.key(a, TEXTS.subList(1, TEXTS.size()))));
        // Text boundaries count: ["ab", "c"] and ["a", "bc"] differ.
        assertFalse(EmbeddingCache.key(a, List.of("ab", "c")).equals(EmbeddingCache.key(a, List.of("a", "bc"))));
    }

    /** Damages the cache file of a first lookup, looks up again and checks the warning and the result. */
    private void damagedFileIsRecomputed(java.util.function.UnaryOperator<byte[]> damage, String why)
            throws IOException {
        EmbeddingCache cache = new EmbeddingCache(dir);
        CountingEmbedder e = new CountingEmbedder();
        EmbeddingCache.Lookup first = cache.embed(e, TEXTS, s -> { });
        Files.write(first.file(), damage.apply(Files.readAllBytes(first.file())));
        List<String> log = new ArrayList<>();
        EmbeddingCache.Lookup again = cache.embed(e, TEXTS, log::add);
        assertFalse(again.cached());
        assertEquals(2, e.calls.get());
        assertEquals(new CountingEmbedder().inner.embed(TEXTS, s -> { }), again.matrix());
        assertEquals(first.matrix(), again.matrix());
        List<String> warnings = log.stream().filter(s -> s.startsWith("warning:")).toList();
        assertEquals(List.of("warning: embedding cache " + first.file() + " " + why + "; recomputing"), warnings);
        // The file was rewritten: the next lookup is a silent hit.
        log.clear();
        EmbeddingCache.Lookup third = cache.embed(e, TEXTS, log::add);
        assertTrue(third.cached());
        assertEquals(first.matrix(), third.matrix());
        assertTrue(log.stream().noneMatch(s -> s.startsWith("warning:")), log.toString());
    }

    @Test
    void aCorruptCacheFileIsRecomputed() throws IOException {
        damagedFileIsRecomputed(b -> new byte[] {1, 2, 3}, "is corrupt (truncated)");
    }

    @Test
    void anEmptyCacheFileIsRecomputedWithAWarning() throws IOException {
        damagedFileIsRecomputed(b -> new byte[0], "is corrupt (truncated)");
    }

    @Test
    void aFlippedPayloadByteIsCaughtByTheChecksum() throws IOException {
        damagedFileIsRecomputed(b -> {
            b[b.length / 2 + 3] ^= 0x5a;
            b[b.length / 2 + 9] ^= 0x01;
            return b;
        }, "is corrupt (checksum mismatch)");
    }

    @Test
    void aTruncatedCacheFileIsRecomputedWithAWarning() throws IOException {
        EmbeddingCache probe = new EmbeddingCache(dir.resolve("probe"));
        long full = Files.size(probe.embed(new CountingEmbedder(), TEXTS, s -> { }).file());
        damagedFileIsRecomputed(b -> Arrays.copyOf(b, b.length / 2),
                "is corrupt (truncated: " + full / 2 + " bytes, expected " + full + ")");
    }

    @Test
    void aCacheFileWithoutAChecksumIsRecomputed() throws IOException {
        // The FGEMB001 layout: the same as today's without the trailing CRC32C.
        damagedFileIsRecomputed(b -> {
            byte[] old = Arrays.copyOf(b, b.length - 4);
            old[7] = '1';
            return old;
        }, "has no checksum (written by an older FeedGym)");
    }

    @Test
    void anUnwritableCacheFolderCostsAWarningNotTheResult() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        Path sub = file.resolve("sub");
        List<String> log = new ArrayList<>();
        CountingEmbedder e = new CountingEmbedder();
        EmbeddingCache.Lookup l = new EmbeddingCache(sub).embed(e, TEXTS, log::add);
        assertFalse(l.cached());
        assertEquals(new CountingEmbedder().inner.embed(TEXTS, s -> { }), l.matrix());
        List<String> warnings = log.stream().filter(s -> s.startsWith("warning:")).toList();
        assertEquals(List.of("warning: cannot write the embedding cache " + sub
                + ": Not a directory; continuing without it"), warnings);
        assertTrue(log.stream().noneMatch(s -> s.contains("cached at")), log.toString());
    }

    @Test
    void anUnknownMethodNamesTheModuleToAdd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextEmbedders.provided("minilm"));
        assertTrue(e.getMessage().contains("org.feedgym:feedgym-minilm"), e.getMessage());
    }
}
