package org.feedgym.env.data;

import java.io.IOException;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;

/**
 * Dataset {@code movielens} ({@link MovieLensData}): text = title, genres and tags; topic = the
 * first genre; counts: views = ratings, likes = ratings ≥ 4, others 0; quality = rank of the
 * Bayesian mean rating (5 pseudo-ratings at the global mean); duration = default. Harm:
 * {@code lexicon} (default, over title + genres + tags; tags such as "suicide" or "depressing")
 * or {@code none}. The ratings are the catalog's log. {@link #readLog} reads {@code ratings.csv}
 * through {@link LogColumns#movielensRatings()} (its item indices are the log's, not the catalog's).
 */
final class MovieLensDataset implements DatasetReader {

    @Override
    public String type() {
        return "movielens";
    }

    @Override
    public String defaultPath() {
        return "movielens-latest-small";
    }

    @Override
    public List<String> harmRules() {
        return List.of("lexicon", "none");
    }

    @Override
    public boolean clustered(LogColumns columns) {
        return false;
    }

    @Override
    public MappedLog readLog(CatalogConfig config) throws IOException {
        return MappedLogReader.read(DatasetRegistry.path(config).resolve(MovieLensData.RATINGS), ',',
                LogColumns.movielensRatings(), DatasetRegistry.readOptions(config), type());
    }

    @Override
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        MovieLensData ml = MovieLensData.read(DatasetRegistry.path(config), DatasetRegistry.readOptions(config));
        int n = CatalogAssembly.cap(ml.size(), config);
        InteractionLog ratings = ml.ratings();
        double[] count = new double[ml.size()];
        double[] liked = new double[ml.size()];
        double[] sum = new double[ml.size()];
        double total = 0;
        for (int r = 0; r < ratings.size(); r++) {
            int j = ratings.item(r);
            count[j]++;
            sum[j] += ratings.signal(r);
            liked[j] += ratings.signal(r) >= 4 ? 1 : 0;
            total += ratings.signal(r);
        }
        double mean = total / ratings.size();
        double[] bayes = new double[n];
        for (int j = 0; j < n; j++) {
            bayes[j] = (sum[j] + 5 * mean) / (count[j] + 5);
        }
        double[] quality = CatalogAssembly.percentileRanks(bayes);
        HarmLexicon lexicon = CatalogAssembly.lexicon(config);
        CatalogAssembly items = new CatalogAssembly(n);
        for (int j = 0; j < n; j++) {
            items.text[j] = ml.text(j);
            items.id[j] = ml.movieId(j);
            items.category[j] = ml.genres(j).get(0);
            items.quality[j] = quality[j];
            items.duration[j] = config.defaultDurationSeconds();
            items.counts(j, count[j], liked[j], 0, 0, 0);
            if (config.harmRule().equals("lexicon")) {
                items.lexicon(j, lexicon);
            } else {
                items.harm(j, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, ml.report(), n == ml.size() ? ratings : null, false);
    }
}
