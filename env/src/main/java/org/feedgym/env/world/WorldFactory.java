package org.feedgym.env.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.data.DataCatalog;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.random.Seeds;

/** Composes a {@link World} from a {@link WorldConfig} and the run's root seed. */
public final class WorldFactory {

    private WorldFactory() {
    }

    /**
     * Builds the world. A {@code synthetic} catalog is generated from {@code rootSeed}; a data
     * catalog (a type of {@link DatasetRegistry#builtIn()}) is read with
     * {@link DatasetRegistry#load} using the default embedding cache and progress on stderr
     * (it does not depend on the seed).
     *
     * @param config   the world config
     * @param rootSeed the run's root seed; a synthetic catalog uses the derived seed "catalog"
     * @param pool     pool for the neighbour-table build, or {@code null}
     * @throws UncheckedIOException     when a data file cannot be read or is malformed; its cause
     *                                  is the {@link org.feedgym.env.data.DataFormatException}
     *                                  (file, line, column, rule) or other {@link IOException}
     * @throws IllegalArgumentException when the catalog is too small for the config
     */
    public static World create(WorldConfig config, long rootSeed, ForkJoinPool pool) {
        if (!config.catalog().synthetic()) {
            try {
                return create(config, DatasetRegistry.builtIn().load(config.catalog(), CatalogOptions.defaults()), pool);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        if (config.creators() != null) {
            UploadSlots slots = new UploadSlots(config.catalog().items(), config.episode().days(),
                    config.catalog().topics(), config.creators().uploadsPerDayTotal());
            Catalog catalog = SyntheticCatalog.generate(config.catalog(), Seeds.generator(rootSeed, "catalog", 0), slots,
                    Seeds.generator(rootSeed, "upload-items", 0));
            return compose(config, catalog, null, pool, slots, Seeds.derive(rootSeed, "creators", 0));
        }
        Catalog catalog = SyntheticCatalog.generate(config.catalog(), Seeds.generator(rootSeed, "catalog", 0));
        return create(config, catalog, pool);
    }

    /** Builds a world around a catalog read from data; {@link World#dataSource()} keeps the source. */
    public static World create(WorldConfig config, DataCatalog data, ForkJoinPool pool) {
        return compose(config, data.catalog(), data, pool, null, 0);
    }

    /** Builds a world around an existing catalog. */
    public static World create(WorldConfig config, Catalog catalog, ForkJoinPool pool) {
        return compose(config, catalog, null, pool, null, 0);
    }

    /**
     * @param slots        the catalog's upload slots, or {@code null} without creators: then the
     *                     neighbour table covers the items of day 0 only and grows per population
     * @param creatorsSeed the creators' seed (unused without creators)
     */
    private static World compose(WorldConfig config, Catalog catalog, DataCatalog data, ForkJoinPool pool,
                                 UploadSlots slots, long creatorsSeed) {
        if (config.creators() != null && slots == null) {
            throw new IllegalArgumentException("creators: this world's catalog was built without upload slots; build"
                    + " a world with creators from its config and root seed");
        }
        if (config.users().interestsFromLog() && (data == null || data.log().isEmpty())) {
            throw new IllegalArgumentException("users.interestsFromLog needs a catalog with an interaction log"
                    + " (kuairand, movielens or log, without an items cap); catalog type is " + config.catalog().type());
        }
        int needed = config.candidates().k() + config.users().historyLength();
        if (needed > catalog.size()) {
            throw new IllegalArgumentException("candidates.k + users.historyLength must be <= the catalog's "
                    + catalog.size() + " items, got " + config.candidates().k() + " + "
                    + config.users().historyLength());
        }
        List<Persona> personas = new ArrayList<>();
        double[] weights = new double[config.users().personas().size()];
        int i = 0;
        for (Map.Entry<String, Double> e : config.users().personas().entrySet()) {
            personas.add(config.users().persona(e.getKey()));
            weights[i++] = e.getValue();
        }
        NeighbourTable neighbours = slots == null ? neighbourTable(config.candidates(), catalog, pool)
                : dayZeroTable(config.candidates(), catalog, slots.baseItems(), pool);
        return new World(config, catalog, neighbours, personas, weights, data, slots, creatorsSeed);
    }

    /**
     * The neighbour table of a catalog with upload slots over its first {@code items} items (the
     * items of day 0), as {@link #neighbourTable} builds it for a catalog of those items alone:
     * exact up to {@code exactNeighboursUpTo}, else from a {@link NeighbourIndex} over their embeddings.
     * Uploads are taken in per population by {@link LiveNeighbours}.
     */
    static NeighbourTable dayZeroTable(CandidatesConfig candidates, Catalog catalog, int items, ForkJoinPool pool) {
        if (items <= candidates.exactNeighboursUpTo()) {
            return NeighbourTable.buildPrefix(catalog, items, candidates.neighbours(), pool);
        }
        float[] dayZero = java.util.Arrays.copyOf(catalog.embeddingsView(), items * catalog.dimensions());
        return NeighbourIndex.build(dayZero, catalog.dimensions(), Seeds.derive(items, "neighbour-index", 0), pool)
                .table(candidates.neighbours(), pool);
    }

    /**
     * The exact table up to {@code exactNeighboursUpTo} items, a {@link NeighbourIndex}'s table
     * above (its k-means seeded from the catalog's size, so the same catalog gives the same table).
     */
    static NeighbourTable neighbourTable(CandidatesConfig candidates, Catalog catalog, ForkJoinPool pool) {
        if (catalog.size() <= candidates.exactNeighboursUpTo()) {
            return NeighbourTable.build(catalog, candidates.neighbours(), pool);
        }
        return NeighbourIndex.build(catalog, Seeds.derive(catalog.size(), "neighbour-index", 0), pool)
                .table(candidates.neighbours(), pool);
    }
}
