package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;
import org.feedgym.env.world.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRegistryTest {

    @TempDir
    Path cacheDir;

    private final List<String> progress = new ArrayList<>();

    private DataCatalog load(String type, String folder) throws IOException {
        Path dir = RealData.folder(folder);
        CatalogConfig c = new CatalogConfig(type, null, null, null, null, null, null, dir.toString(), null, null, null,
                null, null, null, null, null, null, null, null);
        return DatasetRegistry.builtIn().load(c, new CatalogOptions(new EmbeddingCache(cacheDir), progress::add));
    }

    private static Map<String, Integer> topicSizes(Catalog c) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            m.merge(c.topics().get(c.topic(i)).name(), 1, Integer::sum);
        }
        return m;
    }

    private static int harmful(Catalog c) {
        int h = 0;
        for (int i = 0; i < c.size(); i++) {
            h += c.harmful(i) ? 1 : 0;
        }
        return h;
    }

    private static void assertUnitEmbeddings(Catalog c) {
        for (int i = 0; i < c.size(); i += 97) {
            assertEquals(1.0, c.cosine(i, i), 1e-5);
        }
    }

    @Test
    void tiktokClaimsWithTheModerationRule() throws IOException {
        DataCatalog d = load("tiktok-claims", "tiktok-claims");
        Catalog c = d.catalog();
        assertEquals(19_084, c.size());
        assertEquals(16, c.dimensions());
        // claim and (banned or under review): 1,439 + 1,603 (SOURCE.md).
        assertEquals(3_042, harmful(c));
        Topic last = c.topics().get(c.topicCount() - 1);
        assertEquals(new Topic("misinformation", HarmClass.MISINFORMATION), last);
        assertEquals(13, c.topicCount());
        assertEquals(7017666017L, c.itemId(0));
        assertEquals(59.0, c.durationSeconds(0));
        assertEquals(343_296.0, c.views(0));
        assertEquals(1, d.report().inputFiles().size());
        assertTrue(d.log().isEmpty());
        assertUnitEmbeddings(c);
        assertFalse(d.embeddingFromCache());
        System.out.println(d.summary() + " " + topicSizes(c));
    }

    @Test
    void aSecondLoadReadsTheEmbeddingsFromTheCache() throws IOException {
        DataCatalog first = load("movielens", "movielens-latest-small");
        DataCatalog second = load("movielens", "movielens-latest-small");
        assertFalse(first.embeddingFromCache());
        assertTrue(second.embeddingFromCache());
        assertTrue(progress.stream().anyMatch(s -> s.startsWith("embedding cache hit: tfidf 9742 x 16")), progress.toString());
        for (int i = 0; i < first.catalog().size(); i += 101) {
            assertEquals(first.catalog().cosine(i, i + 1), second.catalog().cosine(i, i + 1));
        }
    }

    @Test
    void movielensTopicsAreFirstGenresAndRatingsAreTheLog() throws IOException {
        DataCatalog d = load("movielens", "movielens-latest-small");
        Catalog c = d.catalog();
        assertEquals(9_742, c.size());
        assertEquals(100_836, d.log().orElseThrow().size());
        assertEquals(3, d.report().inputFiles().size());
        assertEquals("Comedy", c.topics().get(0).name());
        assertTrue(harmful(c) > 0);
        assertEquals(30.0, c.durationSeconds(0));
        System.out.println(d.summary() + " harmful " + harmful(c) + " " + topicSizes(c));
    }

    @Test
    void kuairecTopicsAreFirstTags() throws IOException {
        DataCatalog d = load("kuairec", "kuairec");
        Catalog c = d.catalog();
        assertEquals(10_728, c.size());
        assertTrue(c.topics().get(0).name().startsWith("tag-"));
        assertEquals(0.0, c.views(0));
        assertTrue(harmful(c) > 0);
        System.out.println(d.summary() + " harmful " + harmful(c) + " " + topicSizes(c));
    }

    @Test
    void kuairecKeepsEveryItemsCategoryList() throws IOException {
        Catalog c = load("kuairec", "kuairec").catalog();
        assertTrue(c.hasCategoryLists());
        // item_categories.csv: video 0 "[8]", video 1 "[27, 9]", video 2 "[9]".
        assertEquals(1L, c.itemId(1));
        assertArrayEquals(new int[] {9, 27}, c.categories(1));
        assertEquals("tag-27", c.topics().get(c.topic(1)).name());
        assertTrue(c.sharesCategory(1, 2), "video 2's only category is video 1's second");
        assertFalse(c.sharesCategory(0, 1));
    }

    @Test
    void kuairandUsesLikersAsTextAndHatesAsHarm() throws IOException {
        DataCatalog d = load("kuairand", "kuairand-like-hate-subset");
        Catalog c = d.catalog();
        assertEquals(9_359, c.size());
        assertEquals(41_828, d.log().orElseThrow().size());
        assertEquals(280, harmful(c));
        assertEquals(HarmClass.UNWANTED, c.topics().get(c.topicCount() - 1).harmClass());
        double views = 0;
        for (int i = 0; i < c.size(); i++) {
            views += c.views(i);
            assertTrue(c.durationSeconds(i) > 0);
        }
        assertEquals(41_828.0, views);
        System.out.println(d.summary() + " harmful " + harmful(c) + " " + topicSizes(c));
    }

    @Test
    void percentileRanksShareTies() {
        double[] r = CatalogAssembly.percentileRanks(new double[] {5, 1, 5, 3});
        assertEquals(0.0, r[1]);
        assertEquals(1.0 / 3, r[3], 1e-12);
        assertEquals(2.5 / 3, r[0], 1e-12);
        assertEquals(r[0], r[2]);
    }
}
