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
    /** Large enough for 40 cells of 500 items, of which the default probes 7. */
    private static final Catalog LARGE = SyntheticCatalog.generate(
            new CatalogConfig("synthetic", 20_000, null, null, 32, null, null), Seeds.generator(6L, "catalog", 0));

    @Test
    void aWorldAboveASmallThresholdGetsAnIndexedTableWithRecallOfAtLeastNinetyFivePercent() {
        NeighbourTable table = WorldFactory.neighbourTable(new CandidatesConfig(10, null, null, null, null, 5000),
                LARGE, null);
        assertFalse(table.exact());
        assertEquals(20, table.width());
        double recall = table.recall(LARGE, 20, 400, 3L, null);
        assertTrue(recall >= 0.95, "recall at k = 20 was " + recall);
    }

    @Test
    void theDefaultCellsAndProbesDependOnTheItemCountOnly() {
        assertEquals(1, NeighbourIndex.cellsFor(0));
        assertEquals(40, NeighbourIndex.cellsFor(20_000));
        assertEquals(2000, NeighbourIndex.cellsFor(1_000_000));
        assertEquals(1, NeighbourIndex.probesFor(1));
        assertEquals(1, NeighbourIndex.probesFor(2));
        assertEquals(7, NeighbourIndex.probesFor(40));
        assertEquals(19, NeighbourIndex.probesFor(200));
        assertEquals(88, NeighbourIndex.probesFor(2000));
        NeighbourIndex index = NeighbourIndex.build(LARGE, 11L);
        assertEquals(40, index.cells());
        assertEquals(7, index.probes());
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalRows() {
        float[] v = LARGE.embeddingsView();
        int d = LARGE.dimensions();
        // Few probes, so the rows are approximate and depend on the cells.
        NeighbourTable alone = NeighbourIndex.build(v, d, 11L, 40, 3, null).table(20, null);
        ForkJoinPool two = new ForkJoinPool(2);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            NeighbourTable parallel = NeighbourIndex.build(v, d, 11L, 40, 3, two).table(20, two);
            NeighbourTable mixed = NeighbourIndex.build(v, d, 11L, 40, 3, three).table(20, two);
            assertTrue(parallel.recall(LARGE, 20, 200, 3L, two) < 1.0, "three probes of 40 cells should miss some");
            for (int i = 0; i < LARGE.size(); i++) {
                for (int r = 0; r < 20; r++) {
                    assertEquals(alone.neighbour(i, r), parallel.neighbour(i, r), "item " + i + " rank " + r);
                    assertEquals(alone.neighbour(i, r), mixed.neighbour(i, r), "item " + i + " rank " + r);
                }
            }
        } finally {
            two.shutdown();
            three.shutdown();
        }
    }

    @Test
    void theTableAgreesWithNearest() {
        NeighbourIndex index = NeighbourIndex.build(LARGE.embeddingsView(), LARGE.dimensions(), 11L, 40, 3, null);
        NeighbourTable table = index.table(20, null);
        for (int i = 0; i < LARGE.size(); i += 97) {
            int[] row = index.nearest(i, 20);
            for (int r = 0; r < 20; r++) {
                assertEquals(row[r], table.neighbour(i, r), "item " + i + " rank " + r);
            }
        }
    }

    @Test
    void probingEveryCellGivesTheExactTable() {
        NeighbourTable exact = NeighbourTable.build(CATALOG, 20, null);
        NeighbourIndex index = NeighbourIndex.build(CATALOG.embeddingsView(), CATALOG.dimensions(), 11L, 8, 8, null);
        NeighbourTable all = index.table(20, null);
        for (int i = 0; i < CATALOG.size(); i++) {
            for (int r = 0; r < 20; r++) {
                assertEquals(exact.neighbour(i, r), all.neighbour(i, r), "item " + i + " rank " + r);
            }
        }
    }

    @Test
    void rowsAreOrderedMostSimilarFirstAndNeverHoldTheItemItself() {
        NeighbourIndex index = NeighbourIndex.build(LARGE, 11L);
        for (int i = 0; i < 200; i++) {
            int[] row = index.nearest(i, 20);
            assertEquals(20, row.length);
            for (int r = 0; r < row.length; r++) {
                assertTrue(row[r] != i, "item " + i + " is its own neighbour");
                if (r > 0) {
                    double above = LARGE.cosine(i, row[r - 1]);
                    double here = LARGE.cosine(i, row[r]);
                    assertTrue(above > here || (above == here && row[r - 1] < row[r]), "item " + i + " rank " + r);
                }
            }
        }
    }

    @Test
    void addedItemsFindTheirNeighboursAmongAllLiveItems() {
        float[] all = LARGE.embeddingsView();
        int d = LARGE.dimensions();
        int first = 18_000;
        NeighbourIndex index = NeighbourIndex.build(Arrays.copyOf(all, first * d), d, 11L);
        index.add(Arrays.copyOfRange(all, first * d, 19_000 * d));
        index.add(Arrays.copyOfRange(all, 19_000 * d, LARGE.size() * d));
        assertEquals(LARGE.size(), index.size());
        // The added items' rows, against exact search over every live item (here: the catalog).
        double hits = 0;
        int checked = 0;
        for (int i = first; i < LARGE.size(); i += 7) {
            int[] truth = NeighbourTable.exactRow(LARGE, i, 20);
            int[] found = index.nearest(i, 20);
            hits += overlap(found, truth) / 20.0;
            checked++;
        }
        assertTrue(hits / checked >= 0.95, "recall of added items was " + hits / checked);
        // Old items find the new ones too: a table after adding covers the whole catalog.
        double recall = index.table(20, null).recall(LARGE, 20, 300, 4L, null);
        assertTrue(recall >= 0.95, "recall after adding was " + recall);
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
    void badArgumentsAreRejectedWithTheirNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeighbourIndex.build(new float[7], 2, 1L));
        assertTrue(e.getMessage().contains("7 values"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NeighbourIndex.build(new float[8], 2, 1L, 0, 1, null));
        assertTrue(e.getMessage().contains("cells must be >= 1, got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NeighbourIndex.build(new float[8], 2, 1L, 1, 0, null));
        assertTrue(e.getMessage().contains("probes must be >= 1, got 0"), e.getMessage());
        NeighbourIndex index = NeighbourIndex.build(new float[8], 2, 1L);
        e = assertThrows(IllegalArgumentException.class, () -> index.add(new float[3]));
        assertTrue(e.getMessage().contains("3 values"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> index.nearest(4, 2));
        assertTrue(e.getMessage().contains("item must be in [0, 4), got 4"), e.getMessage());
        assertArrayEquals(new int[0], NeighbourIndex.build(new float[2], 2, 1L).nearest(0, 5));
        e = assertThrows(IllegalArgumentException.class, () -> new CandidatesConfig(10, null, null, null, null, -1));
        assertTrue(e.getMessage().contains("exactNeighboursUpTo must be in [0, 2000000], got -1"), e.getMessage());
    }

    private static int overlap(int[] found, int[] truth) {
        return (int) Arrays.stream(found).filter(f -> Arrays.stream(truth).anyMatch(t -> t == f)).count();
    }
}
