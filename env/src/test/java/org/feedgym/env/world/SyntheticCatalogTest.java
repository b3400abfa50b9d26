package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class SyntheticCatalogTest {

    private static final CatalogConfig CONFIG = new CatalogConfig("synthetic", 3000, 10, 3, 16, 0.1, 1.2);

    private static Catalog generate(long seed) {
        return SyntheticCatalog.generate(CONFIG, Seeds.generator(seed));
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        Catalog a = generate(1);
        Catalog b = generate(1);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.topic(i), b.topic(i));
            assertEquals(a.harm(i), b.harm(i));
            assertEquals(a.views(i), b.views(i));
            for (int k = 0; k < a.dimensions(); k++) {
                assertEquals(a.embedding(i, k), b.embedding(i, k));
            }
        }
    }

    @Test
    void embeddingsAreUnitVectorsClusteredByTopic() {
        Catalog c = generate(2);
        double same = 0;
        double other = 0;
        int nSame = 0;
        int nOther = 0;
        for (int i = 0; i < c.size(); i++) {
            assertEquals(1.0, c.cosine(i, i), 1e-5);
            int j = (i * 7919 + 13) % c.size();
            if (i == j) {
                continue;
            }
            if (c.topic(i) == c.topic(j)) {
                same += c.cosine(i, j);
                nSame++;
            } else {
                other += c.cosine(i, j);
                nOther++;
            }
        }
        // Designed: ≈ 0.64 within a topic, ≈ 0 between unrelated random centroids.
        assertTrue(same / nSame > 0.5, "mean same-topic cosine " + same / nSame);
        assertTrue(other / nOther < 0.2, "mean cross-topic cosine " + other / nOther);
    }

    @Test
    void harmfulItemsFollowTheConfiguredShareAndHaveHighHarmScores() {
        Catalog c = generate(3);
        int harmful = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.harmful(i)) {
                harmful++;
                assertTrue(c.harm(i) >= 0.5, "harmful item with harm " + c.harm(i));
                assertTrue(c.topics().get(c.topic(i)).harmful());
            } else {
                assertTrue(c.harm(i) <= 0.1);
            }
        }
        // Binomial(3000, 0.1): mean 300, sd ≈ 16.4; ±4 sd.
        assertTrue(Math.abs(harmful - 300) < 66, "harmful items: " + harmful);
    }

    @Test
    void viewCountsAreHeavyTailed() {
        Catalog c = generate(4);
        double[] views = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            views[i] = c.views(i);
        }
        java.util.Arrays.sort(views);
        double top1Percent = 0;
        double total = 0;
        for (int i = 0; i < views.length; i++) {
            total += views[i];
            if (i >= views.length * 0.99) {
                top1Percent += views[i];
            }
        }
        // Pareto(α = 1.2): the top 1% of items hold far more than 1% of views.
        assertTrue(top1Percent / total > 0.15, "top 1% share " + top1Percent / total);
    }

    @Test
    void topicNamesIncludeTheHarmTaxonomy() {
        var topics = SyntheticCatalog.topics(6, 3);
        assertEquals("body-image", topics.get(3).name());
        assertEquals(HarmClass.EATING_DISORDER, topics.get(4).harmClass());
        assertEquals(HarmClass.SELF_HARM, topics.get(5).harmClass());
    }

    @Test
    void thePairDistanceSumIsThePairByPairLoopsBits() {
        Catalog c = generate(3);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int length = 0; length <= 13; length++) {
            int[] items = random.ints(length + 2, 0, c.size()).toArray();
            double expected = 0;
            for (int a = 2; a < length + 2; a++) {
                for (int b = a + 1; b < length + 2; b++) {
                    expected += 1 - c.cosine(items[a], items[b]);
                }
            }
            assertEquals(Double.doubleToRawLongBits(expected),
                    Double.doubleToRawLongBits(c.pairDistanceSum(items, 2, length + 2)), "length " + length);
        }
    }
}
