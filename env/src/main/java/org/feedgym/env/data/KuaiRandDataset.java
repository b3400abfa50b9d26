package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;

/**
 * Dataset {@code kuairand}: the KuaiRand-27K explicit like/hate subset ({@value #FILE}; see
 * {@code shared/data/kuairand-like-hate-subset/SOURCE.md}), a preset of the column-mapped log:
 * {@link LogColumns#kuairand()} read with a tab delimiter, the catalog built by
 * {@link LogCatalog} with quality signal {@code long-view}.
 *
 * <p>The file is tab-separated despite its original {@code .csv} name, with LF endings and no
 * quotes. {@code duration_ms} is 0 in 7,738 rows: the duration is unknown there ({@code NaN} in
 * the log), counted, and nothing divides by it. Signals: like = {@code label = 1}, hate =
 * {@code label = 0}, click, long-view, comment, share ({@code is_forward}), follow. 124 rows
 * repeat an earlier row in every mapped column (116 are identical lines; the other 8 differ only
 * in the unmapped {@code hourmin} bucket): they are kept and counted in the summary
 * ({@link DuplicateRows}). The longest play time is 612,577 ms and the longest duration
 * 1,337,733 ms, far below the one-day bound of {@link TimeRules}. With all
 * users fitting, the harm rule {@code hate-rate} (default) marks 280 of 9,359 videos (3.0%)
 * harmful: the prior of 2 pseudo-rows at the overall hate rate (19.3%) takes at least two hates
 * and a hate majority, because the subset keeps every negative but 15-cores the positives, so
 * 7,505 videos appear only through a single hate, which is weak evidence.
 */
final class KuaiRandDataset implements DatasetReader {

    /** File name. */
    static final String FILE = "processed_standard_kcore_15.tsv";

    @Override
    public String type() {
        return "kuairand";
    }

    @Override
    public String defaultPath() {
        return "kuairand-like-hate-subset";
    }

    @Override
    public List<String> harmRules() {
        return List.of("hate-rate", "none");
    }

    @Override
    public boolean clustered(LogColumns columns) {
        return true;
    }

    @Override
    public MappedLog readLog(CatalogConfig config) throws IOException {
        Path path = DatasetRegistry.path(config);
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        return MappedLogReader.read(file, '\t', LogColumns.kuairand(), DatasetRegistry.readOptions(config), type());
    }

    @Override
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        return LogCatalog.build(readLog(config), u -> true, config, options);
    }
}
