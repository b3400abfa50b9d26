package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class NeighbourIndexTest {

    private static final Catalog CATALOG = SyntheticCatalog.generate(
            new CatalogConfig("synthetic", 4000, null, null, 32, null, null), Seeds.generator(5L, "catalog", 0));

    @Test
    void theIndexFindsAtLeastNinetyFivePercentOfTheExactNeighbours() {
        NeighbourTable table = NeighbourIndex.build(CATALOG, 11L).table(20, null);
        double recall = table.recall(CATALOG, 20, 400, 3L, null);
        assertFalse(table.exact());
        assertTrue(recall >= 0.95, "recall at k = 20 was " + recall);
    }

    @Test
    void theSameSeedGivesTheSameTableWhateverTheThreadCount() {
        NeighbourTable alone = NeighbourIndex.build(CATALOG, 11L).table(20, null);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            NeighbourTable parallel = NeighbourIndex.build(CATALOG, 11L).table(20, pool);
            for (int i = 0; i < CATALOG.size(); i++) {
                for (int r = 0; r < 20; r++) {
                    assertEquals(alone.neighbour(i, r), parallel.neighbour(i, r), "item " + i + " rank " + r);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aShardedIndexFindsAtLeastNinetyFivePercentOfTheExactNeighbours() {
        NeighbourIndex index = NeighbourIndex.build(CATALOG.embeddingsView(), CATALOG.dimensions(), 11L, 3, null);
        assertEquals(3, index.shards());
        double recall = index.table(20, null).recall(CATALOG, 20, 400, 3L, null);
        assertTrue(recall >= 0.95, "recall at k = 20 was " + recall);
    }

    @Test
    void shardsBuiltSideBySideGiveTheSameRowsAsShardsBuiltOneAfterAnother() {
        float[] v = CATALOG.embeddingsView();
        int d = CATALOG.dimensions();
        NeighbourTable alone = NeighbourIndex.build(v, d, 11L, 3, null).table(20, null);
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            NeighbourTable parallel = NeighbourIndex.build(v, d, 11L, 3, pool).table(20, pool);
            for (int i = 0; i < CATALOG.size(); i++) {
                for (int r = 0; r < 20; r++) {
                    assertEquals(alone.neighbour(i, r), parallel.neighbour(i, r), "item " + i + " rank " + r);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theShardCountDependsOnTheItemCountOnly() {
        assertEquals(1, NeighbourIndex.shardsFor(0));
        assertEquals(1, NeighbourIndex.shardsFor(NeighbourIndex.ITEMS_PER_SHARD));
        assertEquals(2, NeighbourIndex.shardsFor(NeighbourIndex.ITEMS_PER_SHARD + 1));
        assertEquals(NeighbourIndex.MAX_SHARDS, NeighbourIndex.shardsFor(1_000_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeighbourIndex.build(new float[4], 2, 1L, 0, null));
        assertTrue(e.getMessage().contains("shards must be >= 1, got 0"), e.getMessage());
    }

    @Test
    void rowsAreOrderedMostSimilarFirstAndNeverHoldTheItemItself() {
        NeighbourIndex index = NeighbourIndex.build(CATALOG, 11L);
        for (int i = 0; i < 200; i++) {
            int[] row = index.nearest(i, 20);
            assertEquals(20, row.length);
            for (int r = 0; r < row.length; r++) {
                assertTrue(row[r] != i, "item " + i + " is its own neighbour");
                if (r > 0) {
                    assertTrue(CATALOG.cosine(i, row[r - 1]) >= CATALOG.cosine(i, row[r]), "item " + i + " rank " + r);
                }
            }
        }
    }

    @Test
    void addedItemsAreLinkedInWithoutARebuild() {
        float[] all = CATALOG.embeddingsView();
        int d = CATALOG.dimensions();
        int first = 3600;
        NeighbourIndex index = NeighbourIndex.build(Arrays.copyOf(all, first * d), d, 11L);
        index.add(Arrays.copyOfRange(all, first * d, CATALOG.size() * d));
        assertEquals(CATALOG.size(), index.size());
        // The added items' rows, against exact search over the whole catalog.
        double hits = 0;
        int checked = 0;
        for (int i = first; i < CATALOG.size(); i += 4) {
            int[] truth = NeighbourTable.exactRow(CATALOG, i, 20);
            int[] found = index.nearest(i, 20);
            hits += Arrays.stream(found).filter(f -> Arrays.stream(truth).anyMatch(t -> t == f)).count() / 20.0;
            checked++;
        }
        assertTrue(hits / checked >= 0.95, "recall of added items was " + hits / checked);
        // Old items find the new ones too: item 0's row over 4,000 items equals the row the
        // graph built at once gives, up to the approximation.
        int[] grown = index.nearest(0, 20);
        int[] once = NeighbourIndex.build(CATALOG, 11L).nearest(0, 20);
        assertTrue(Arrays.stream(grown).filter(g -> Arrays.stream(once).anyMatch(o -> o == g)).count() >= 18);
    }

    @Test
    void itemsAddedToAShardedIndexJoinTheLastShardAndAreFoundFromEveryShard() {
        float[] all = CATALOG.embeddingsView();
        int d = CATALOG.dimensions();
        int first = 3600;
        NeighbourIndex index = NeighbourIndex.build(Arrays.copyOf(all, first * d), d, 11L, 3, null);
        index.add(Arrays.copyOfRange(all, first * d, CATALOG.size() * d));
        assertEquals(CATALOG.size(), index.size());
        assertEquals(3, index.shards());
        double hits = 0;
        int checked = 0;
        for (int i = 0; i < CATALOG.size(); i += 40) {
            int[] truth = NeighbourTable.exactRow(CATALOG, i, 20);
            int[] found = index.nearest(i, 20);
            hits += Arrays.stream(found).filter(f -> Arrays.stream(truth).anyMatch(t -> t == f)).count() / 20.0;
            checked++;
        }
        assertTrue(hits / checked >= 0.95, "recall after adding was " + hits / checked);
    }

    @Test
    void theExactTableHasRecallOne() {
        NeighbourTable exact = NeighbourTable.build(CATALOG, 20, null);
        assertTrue(exact.exact());
        assertEquals(1.0, exact.recall(CATALOG, 20, 50, 1L, null));
    }

    @Test
    void aWorldAboveTheThresholdUsesTheIndexAndBelowItTheExactTable() {
        CandidatesConfig approximate = new CandidatesConfig(10, null, null, null, null, 3999);
        CandidatesConfig exact = new CandidatesConfig(10, null, null, null, null, 4000);
        assertFalse(WorldFactory.neighbourTable(approximate, CATALOG, null).exact());
        assertTrue(WorldFactory.neighbourTable(exact, CATALOG, null).exact());
    }

    @Test
    void aRaggedVectorArrayIsRejectedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeighbourIndex.build(new float[7], 2, 1L));
        assertTrue(e.getMessage().contains("7 values"), e.getMessage());
        assertArrayEquals(new int[0], NeighbourIndex.build(new float[2], 2, 1L).nearest(0, 5));
    }
}
