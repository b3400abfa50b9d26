package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.world.CatalogConfig;

/**
 * The dataset types a catalog config can name, each a {@link DatasetReader} by type id:
 * {@code tiktok-claims}, {@code kuairec}, {@code kuairand}, {@code movielens} and {@code log}
 * (a user's CSV/TSV mapped by columns). This is the one way a data catalog or a real log is
 * read: {@link org.feedgym.env.world.WorldFactory}, the offline evaluation and calibration all
 * go through {@link #load} and {@link #readLog}.
 */
public final class DatasetRegistry {

    private static final DatasetRegistry BUILT_IN = new DatasetRegistry(List.of(new TikTokClaimsDataset(),
            new KuaiRecDataset(), new KuaiRandDataset(), new MovieLensDataset(), new LogDataset()));

    private final Map<String, DatasetReader> readers = new LinkedHashMap<>();

    private DatasetRegistry(List<DatasetReader> readers) {
        for (DatasetReader r : readers) {
            if (this.readers.putIfAbsent(r.type(), r) != null) {
                throw new IllegalArgumentException("duplicate dataset type '" + r.type() + "'");
            }
        }
    }

    /** The built-in datasets. */
    public static DatasetRegistry builtIn() {
        return BUILT_IN;
    }

    /** The registered type ids, in registration order. */
    public List<String> types() {
        return new ArrayList<>(readers.keySet());
    }

    /**
     * The reader of a type.
     *
     * @throws IllegalArgumentException listing the known types when {@code type} is not one
     */
    public DatasetReader reader(String type) {
        DatasetReader r = readers.get(type);
        if (r == null) {
            throw new IllegalArgumentException("type must be one of " + types() + ", got '" + type + "'");
        }
        return r;
    }

    /**
     * Reads the dataset a config names and builds its catalog.
     *
     * @param config  a catalog config of a data type
     * @param options embedding cache and progress
     * @throws DataFormatException      on a structural problem in a file (or a skip in strict mode)
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException when the config is synthetic, or a catalog cannot be built
     */
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        return reader(dataType(config)).load(config, options);
    }

    /**
     * Reads the interaction log of the dataset a config names ({@code kuairand}, {@code movielens}, {@code log}).
     *
     * @throws IllegalArgumentException when the dataset has no log
     * @throws IOException              when a file cannot be read or is malformed
     */
    public MappedLog readLog(CatalogConfig config) throws IOException {
        return reader(dataType(config)).readLog(config);
    }

    private String dataType(CatalogConfig config) {
        if (config.synthetic()) {
            throw new IllegalArgumentException("type must be a data type " + types() + ", got 'synthetic'");
        }
        return config.type();
    }

    /** The config's path, resolved ({@link DataPaths#resolve}). */
    static Path path(CatalogConfig config) {
        return DataPaths.resolve(config.path());
    }

    /** Strict or lenient, as the config says. */
    static ReadOptions readOptions(CatalogConfig config) {
        return config.strict() ? ReadOptions.STRICT : ReadOptions.LENIENT;
    }
}
