package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.feedgym.env.data.LogColumns;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class CatalogConfigTest {

    @Test
    void theSyntheticCatalogIsByteIdenticalToTheOneBeforeDataTypesExisted() throws Exception {
        // Hashes computed from commit 2101bb9 (before CatalogConfig had data fields) with the same
        // CatalogHash over the same configs and seeds.
        Catalog c = SyntheticCatalog.generate(CatalogConfig.defaults(), Seeds.generator(42L, "catalog", 0));
        assertEquals("428387a89e77894d65dab15394dd5036c27041ac1b955ddef60c726d80cc40e4", CatalogHash.of(c));
        Catalog custom = SyntheticCatalog.generate(new CatalogConfig("synthetic", 500, 7, 2, 8, 0.2, 2.0),
                Seeds.generator(7L, "catalog", 0));
        assertEquals("68fff44a9c30dc1c37cbeb24c6580f89fb3c93a049128e6e0f10667c05fe6ed4", CatalogHash.of(custom));
    }

    @Test
    void theEmbeddingsHashIsTheSha256OfEveryComponentsLittleEndianBitsAndSeesOneBitChange() throws Exception {
        // 2,000 items of 16 floats: 128,000 bytes, so the hash's 64 KiB blocks are crossed.
        Catalog c = SyntheticCatalog.generate(CatalogConfig.defaults(), Seeds.generator(42L, "catalog", 0));
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < c.size(); i++) {
            for (int k = 0; k < c.dimensions(); k++) {
                int bits = Float.floatToRawIntBits(c.embedding(i, k));
                sha.update(new byte[] {(byte) bits, (byte) (bits >>> 8), (byte) (bits >>> 16), (byte) (bits >>> 24)});
            }
        }
        assertEquals(java.util.HexFormat.of().formatHex(sha.digest()), c.embeddingsSha256());
        assertEquals(c.embeddingsSha256(),
                SyntheticCatalog.generate(CatalogConfig.defaults(), Seeds.generator(42L, "catalog", 0)).embeddingsSha256());

        Catalog.Builder b = Catalog.builder(List.of(new Topic("t", HarmClass.NONE)), 2, 2);
        b.item(0, 0, new float[] {1f, 0f}, 0, 0.5).item(1, 0, new float[] {0f, 1f}, 0, 0.5)
                .engagement(0, 10, 0, 0, 0, 0, 0).engagement(1, 10, 0, 0, 0, 0, 0);
        Catalog.Builder nudged = Catalog.builder(List.of(new Topic("t", HarmClass.NONE)), 2, 2);
        nudged.item(0, 0, new float[] {1f, 0f}, 0, 0.5).item(1, 0, new float[] {Float.MIN_VALUE, 1f}, 0, 0.5)
                .engagement(0, 10, 0, 0, 0, 0, 0).engagement(1, 10, 0, 0, 0, 0, 0);
        org.junit.jupiter.api.Assertions.assertNotEquals(b.build().embeddingsSha256(), nudged.build().embeddingsSha256());
    }

    @Test
    void syntheticDefaultsAreUnchangedAndDataFieldsStayNull() {
        CatalogConfig c = CatalogConfig.defaults();
        assertEquals("synthetic", c.type());
        assertEquals(2000, c.items());
        assertEquals(12, c.topics());
        assertEquals(4, c.harmfulTopics());
        assertEquals(16, c.dimensions());
        assertEquals(0.08, c.harmfulShare());
        assertEquals(1.2, c.popularityExponent());
        assertNull(c.path());
        assertNull(c.embedding());
        assertNull(c.strict());
    }

    @Test
    void eachDataTypeGetsItsDefaults() {
        CatalogConfig t = CatalogConfig.data("tiktok-claims");
        assertEquals("tiktok-claims", t.path());
        assertEquals("tfidf", t.embedding());
        assertEquals(100, t.vocabularySize());
        assertEquals("moderation", t.harmRule());
        assertEquals(12, t.topics());
        assertEquals(false, t.strict());
        assertEquals(30.0, t.defaultDurationSeconds());
        assertEquals(0.3, t.engagementWeights().like());
        assertNull(t.items());
        CatalogConfig k = CatalogConfig.data("kuairand");
        assertEquals("kuairand-like-hate-subset", k.path());
        assertEquals("hate-rate", k.harmRule());
        assertEquals(2000, k.vocabularySize());
        CatalogConfig m = CatalogConfig.data("movielens");
        assertEquals("lexicon", m.harmRule());
        assertNull(m.topics());
        assertNull(m.engagementWeights());
        assertEquals("lexicon", CatalogConfig.data("kuairec").harmRule());
    }

    private static CatalogConfig data(String type, Integer topics, String embedding, String harmRule,
                                      List<String> keywords) {
        return new CatalogConfig(type, null, topics, null, null, null, null, null, embedding, null, harmRule, keywords,
                null, null, null, null, null, null, null);
    }

    @Test
    void anUnknownTypeNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogConfig.data("netflix"));
        assertEquals("type must be one of [synthetic, tiktok-claims, kuairec, kuairand, movielens, log], got 'netflix'",
                e.getMessage());
    }

    @Test
    void dataFieldsAreRejectedForSynthetic() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogConfig("synthetic",
                null, null, null, null, null, null, "x", null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("path applies only to data catalogs [tiktok-claims, kuairec, kuairand, movielens, log], got x for type"
                + " synthetic", e.getMessage());
    }

    @Test
    void syntheticFieldsAreRejectedForData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogConfig("movielens",
                null, null, 3, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("harmfulTopics applies only to type synthetic, got 3 for type movielens", e.getMessage());
    }

    @Test
    void tfidfDimensionsCannotExceedTheVocabulary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogConfig("movielens",
                null, null, null, 500, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null));
        assertEquals("dimensions must be <= vocabularySize (100) for tfidf embeddings, got 500", e.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> new CatalogConfig("movielens",
                null, null, null, 32, null, null, null, "tfidf", 20, null, null, null, null, null, null, null, null,
                null));
        assertEquals("dimensions must be <= vocabularySize (20) for tfidf embeddings, got 32", k.getMessage());
        // Equal is fine.
        assertEquals(32, new CatalogConfig("movielens", null, null, null, 32, null, null, null, "tfidf", 32, null,
                null, null, null, null, null, null, null, null).dimensions());
    }

    @Test
    void topicsComeFromTheDataForCategorisedDatasets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data("movielens", 5, null, null, null));
        assertEquals("topics must be omitted for type movielens (its topics come from the data), got 5",
                e.getMessage());
    }

    @Test
    void harmRulesArePerType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data("movielens", null, null, "moderation", null));
        assertEquals("harmRule must be one of [lexicon, none] for type movielens, got 'moderation'", e.getMessage());
    }

    @Test
    void keywordsNeedTheLexiconRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data("tiktok-claims", null, null, "moderation", List.of("hoax")));
        assertEquals("harmKeywords applies only to harmRule lexicon, got harmRule 'moderation'", e.getMessage());
    }

    @Test
    void kuairandHasNoTextForMiniLm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data("kuairand", null, "minilm", null, null));
        assertEquals("embedding must be tfidf for type kuairand (it has no item text; TF-IDF runs over the users who"
                + " met each item), got 'minilm'", e.getMessage());
    }

    @Test
    void anUnknownEmbeddingNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> data("movielens", null, "word2vec", null, null));
        assertEquals("embedding must be one of [tfidf, minilm, minilm-q], got 'word2vec'", e.getMessage());
    }

    @Test
    void aDataCatalogLeavesTheSizeCheckToTheFactory() {
        WorldConfig w = new WorldConfig(CatalogConfig.data("movielens"), null, null, null, null);
        assertNull(w.catalog().items());
    }

    private static LogColumns columns(Map<String, String> signals, String category) {
        return new LogColumns("u", "i", "t", null, null, null, null, signals, category, null);
    }

    private static CatalogConfig log(String path, LogColumns columns, String harmRule, List<String> categories,
                                     String qualitySignal) {
        return new CatalogConfig("log", null, null, null, null, null, null, path, null, null, harmRule, null, null,
                null, null, null, columns, qualitySignal, categories);
    }

    @Test
    void aLogTakesItsDelimiterFromTheFileNameAndItsHarmRuleFromItsSignals() {
        CatalogConfig tsv = log("my.tsv", columns(Map.of("hate", "label=0", "like", "label=1"), null), null, null,
                null);
        assertEquals("\t", tsv.delimiter());
        assertEquals("hate-rate", tsv.harmRule());
        assertEquals("like", tsv.qualitySignal());
        assertEquals(12, tsv.topics());
        assertEquals(2000, tsv.vocabularySize());
        CatalogConfig csv = log("my.csv", columns(Map.of(), "genre"), null, null, null);
        assertEquals(",", csv.delimiter());
        assertEquals("none", csv.harmRule());
        assertNull(csv.qualitySignal());
        assertNull(csv.topics(), "topics come from the category column");
    }

    @Test
    void aLogNeedsAPathAndColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log(null, columns(Map.of(), null), null, null, null));
        assertEquals("path is required for type log (the log file)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> log("my.csv", null, null, null, null));
        assertEquals("columns is required for type log (which header column holds the user, the item and the"
                + " timestamp)", e.getMessage());
    }

    @Test
    void aHarmRuleMustHaveWhatItReads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log("my.csv", columns(Map.of("like", "liked"), null), "hate-rate", null, null));
        assertEquals("harmRule hate-rate needs a 'hate' signal in columns.signals, got [like]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> log("my.csv", columns(Map.of(), "genre"), "categories", null, null));
        assertEquals("harmCategories must have 1 to 1000 entries for harmRule categories, got none", e.getMessage());
        assertEquals(List.of("gore"), log("my.csv", columns(Map.of(), "genre"), "categories", List.of("gore"), null)
                .harmCategories());
    }

    @Test
    void theQualitySignalMustBeMapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log("my.csv", columns(Map.of("like", "liked"), null), null, null, "share"));
        assertEquals("qualitySignal must be a mapped signal [like], got 'share'", e.getMessage());
    }

    @Test
    void columnsApplyOnlyToALog() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogConfig("kuairand",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                columns(Map.of(), null), null, null));
        assertEquals("columns applies only to type log, got type kuairand", e.getMessage());
    }
}
