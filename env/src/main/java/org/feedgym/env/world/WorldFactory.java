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
        Catalog catalog = SyntheticCatalog.generate(config.catalog(), Seeds.generator(rootSeed, "catalog", 0));
        return create(config, catalog, pool);
    }

    /** Builds a world around a catalog read from data; {@link World#dataSource()} keeps the source. */
    public static World create(WorldConfig config, DataCatalog data, ForkJoinPool pool) {
        return compose(config, data.catalog(), data, pool);
    }

    /** Builds a world around an existing catalog. */
    public static World create(WorldConfig config, Catalog catalog, ForkJoinPool pool) {
        return compose(config, catalog, null, pool);
    }

    private static World compose(WorldConfig config, Catalog catalog, DataCatalog data, ForkJoinPool pool) {
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
        NeighbourTable neighbours = neighbourTable(config.candidates(), catalog, pool);
        return new World(config, catalog, neighbours, personas, weights, data);
    }

    /**
     * The exact table up to {@code exactNeighboursUpTo} items, an HNSW index's table above (its
     * graph seeded from the catalog's size, so the same catalog gives the same table).
     */
    static NeighbourTable neighbourTable(CandidatesConfig candidates, Catalog catalog, ForkJoinPool pool) {
        if (catalog.size() <= candidates.exactNeighboursUpTo()) {
            return NeighbourTable.build(catalog, candidates.neighbours(), pool);
        }
        return NeighbourIndex.build(catalog, Seeds.derive(catalog.size(), "neighbour-index", 0), pool)
                .table(candidates.neighbours(), pool);
    }
}
