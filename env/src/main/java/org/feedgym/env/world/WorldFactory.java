package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.random.Seeds;

/** Composes a {@link World} from a {@link WorldConfig} and the run's root seed. */
public final class WorldFactory {

    private WorldFactory() {
    }

    /**
     * Builds the world, generating the synthetic catalog from {@code rootSeed}.
     *
     * @param config   the world config
     * @param rootSeed the run's root seed; the catalog uses the derived seed "catalog"
     * @param pool     pool for the neighbour-table build, or {@code null}
     */
    public static World create(WorldConfig config, long rootSeed, ForkJoinPool pool) {
        Catalog catalog = SyntheticCatalog.generate(config.catalog(), Seeds.generator(rootSeed, "catalog", 0));
        return create(config, catalog, pool);
    }

    /** Builds a world around an existing catalog (for instance one read from data). */
    public static World create(WorldConfig config, Catalog catalog, ForkJoinPool pool) {
        List<Persona> personas = new ArrayList<>();
        double[] weights = new double[config.users().personas().size()];
        int i = 0;
        for (Map.Entry<String, Double> e : config.users().personas().entrySet()) {
            personas.add(Persona.builtIn(e.getKey()));
            weights[i++] = e.getValue();
        }
        NeighbourTable neighbours = NeighbourTable.build(catalog, config.candidates().neighbours(), pool);
        return new World(config, catalog, neighbours, personas, weights);
    }
}
