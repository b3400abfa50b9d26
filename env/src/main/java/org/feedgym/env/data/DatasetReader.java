package org.feedgym.env.data;

import java.io.IOException;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;

/**
 * One dataset type of a {@link DatasetRegistry}: reads its files and builds the catalog a
 * {@link CatalogConfig} of its {@link #type()} describes. Adding a dataset is "implement this,
 * register it in {@link DatasetRegistry#builtIn()}, name its type in a config".
 */
public interface DatasetReader {

    /** The type id a config names, e.g. {@code "kuairand"}. */
    String type();

    /**
     * The folder (or file) inside the shared data folder read when a config gives no
     * {@code path}, or {@code null} when a config must give one.
     */
    String defaultPath();

    /** The harm rules this dataset accepts; the first is the default. */
    List<String> harmRules();

    /**
     * True when benign topics are clusters of embeddings (so {@code topics} applies), not
     * categories from the data.
     *
     * @param columns the config's column mapping, or {@code null} for a dataset without one
     */
    boolean clustered(LogColumns columns);

    /**
     * Reads the dataset's interaction log as a {@link MappedLog} (for calibration and offline
     * evaluation).
     *
     * @param config a catalog config of this type (validated)
     * @throws IllegalArgumentException when the dataset has no interaction log (the default)
     * @throws IOException              when a file cannot be read or is malformed
     */
    default MappedLog readLog(CatalogConfig config) throws IOException {
        throw new IllegalArgumentException("dataset " + type() + " has no interaction log");
    }

    /**
     * Reads the dataset and builds its catalog.
     *
     * @param config  a catalog config of this type (validated)
     * @param options embedding cache and progress
     * @throws DataFormatException      on a structural problem in a file (or a skip in strict mode)
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException when a catalog cannot be built (e.g. the embedding method is
     *                                  not on the class path)
     */
    DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException;
}
