package org.feedgym.env.data;

import java.io.IOException;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;

/**
 * Dataset {@code log}: any CSV/TSV interaction log a user brings, read through the config's
 * {@code columns} mapping ({@link LogColumns}, {@link MappedLogReader}) with its
 * {@code delimiter}; as a catalog for {@code run}, built by {@link LogCatalog} with every user
 * fitting. Harm rules: {@code hate-rate} (the default when a {@code hate} signal is mapped),
 * {@code categories}, {@code lexicon}, {@code none} (the default otherwise).
 */
final class LogDataset implements DatasetReader {

    @Override
    public String type() {
        return "log";
    }

    @Override
    public String defaultPath() {
        return null;
    }

    @Override
    public List<String> harmRules() {
        return List.of("hate-rate", "categories", "lexicon", "none");
    }

    @Override
    public boolean clustered(LogColumns columns) {
        return columns == null || columns.category() == null;
    }

    @Override
    public MappedLog readLog(CatalogConfig config) throws IOException {
        return MappedLogReader.read(DatasetRegistry.path(config), config.delimiter().charAt(0), config.columns(),
                DatasetRegistry.readOptions(config), type());
    }

    @Override
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        return LogCatalog.build(readLog(config), u -> true, config, options);
    }
}
