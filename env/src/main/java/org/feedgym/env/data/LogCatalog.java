package org.feedgym.env.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;

/**
 * Builds a catalog from a {@link MappedLog} (types {@code log} and {@code kuairand}): the items
 * are the log's distinct items, in the log's item order (ascending id), so catalog index = log
 * item index.
 *
 * <h2>Fitting users (no leakage)</h2>
 * Everything learnt from behaviour (co-occurrence text, counts, quality, the hate-rate harm
 * score and its prior) is computed from the rows of the <em>fitting users</em> only; item
 * metadata that does not depend on who watched (duration, category, text column) comes from any
 * row. An item seen only by held-out users therefore still gets an entry: an empty
 * co-occurrence text, so a neutral embedding (TF-IDF + SVD gives an empty text a random unit
 * vector seeded by the item's index, unrelated to every other item; with a category mapped, the
 * category's term alone) and a cluster topic by that embedding; no counts; the prior quality
 * (every smoothed rate at the fitting users' overall rate) and, under {@code hate-rate}, the
 * prior score p &lt; 0.5, so it is not harmful; under {@code categories} and {@code lexicon} it is
 * judged by its metadata like any item.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Text</b>: the {@code text} column when mapped (embedded with {@code embedding});
 *       otherwise the fitting users who met the item, {@code h<id>} for a row with the
 *       {@code hate} signal and {@code u<id>} for any other, so TF-IDF + SVD gives a collaborative
 *       (LSA) embedding, preceded by the category name when {@code category} is mapped.</li>
 *   <li><b>Topics</b>: the category when mapped ({@code unknown} for items without one),
 *       otherwise spherical k-means clusters.</li>
 *   <li><b>Counts</b>: views = rows, likes / shares / comments / downloads = rows with the
 *       {@code like} / {@code share} / {@code comment} / {@code download} signal.</li>
 *   <li><b>Quality</b>: rank of the smoothed rate of {@code qualitySignal}
 *       (signal rows + 5·overall rate) / (rows + 5); without a quality signal, rank of the row
 *       count (popularity).</li>
 *   <li><b>Duration</b>: the largest known duration of the item, else {@code defaultDurationSeconds}.</li>
 *   <li><b>Harm</b>: {@code hate-rate}: score = (hates + 2·p) / (rows + 2) with p the fitting
 *       rows' hate rate, harmful when ≥ 0.5, class {@link HarmClass#UNWANTED};
 *       {@code categories}: harmful (score 1, class unwanted) when the item's category is in
 *       {@code harmCategories}; {@code lexicon}: {@link HarmLexicon} over the text column;
 *       {@code none}.</li>
 * </ul>
 */
public final class LogCatalog {

    private LogCatalog() {
    }

    /**
     * Builds the catalog.
     *
     * @param log          the log
     * @param fittingUsers which user indices the behavioural features come from (all users for
     *                     a {@code run}, the fitting users of a {@link UserSplit} for calibration)
     * @param config       a catalog config of type {@code log} or {@code kuairand}
     * @param options      embedding cache and progress
     * @throws IllegalArgumentException when the fitting users have no rows
     */
    public static DataCatalog build(MappedLog log, IntPredicate fittingUsers, CatalogConfig config,
                                    CatalogOptions options) throws IOException {
        int all = log.itemCount();
        int n = CatalogAssembly.cap(all, config);
        Signal like = new Signal(log, "like");
        Signal hate = new Signal(log, "hate");
        Signal share = new Signal(log, "share");
        Signal comment = new Signal(log, "comment");
        Signal download = new Signal(log, "download");
        Signal quality = new Signal(log, config.qualitySignal());
        double[] rows = new double[all];
        double[] durationMs = new double[all];
        List<StringBuilder> met = new ArrayList<>(all);
        for (int j = 0; j < all; j++) {
            met.add(new StringBuilder());
        }
        int fittingRows = 0;
        for (int r = 0; r < log.size(); r++) {
            int j = log.item(r);
            double d = log.durationMillis(r);
            durationMs[j] = Math.max(durationMs[j], Double.isNaN(d) ? 0 : d);
            if (!fittingUsers.test(log.user(r))) {
                continue;
            }
            fittingRows++;
            rows[j]++;
            like.count(r, j);
            hate.count(r, j);
            share.count(r, j);
            comment.count(r, j);
            download.count(r, j);
            quality.count(r, j);
            met.get(j).append(hate.on(r) ? 'h' : 'u').append(log.userId(log.user(r))).append(' ');
        }
        if (fittingRows == 0) {
            throw new IllegalArgumentException(log.report().dataset() + ": the fitting users have no rows to build"
                    + " a catalog from");
        }
        double hateRate = hate.total / fittingRows;
        double qualityRate = quality.total / fittingRows;
        double[] score = new double[n];
        for (int j = 0; j < n; j++) {
            score[j] = quality.mapped ? (quality.perItem[j] + 5 * qualityRate) / (rows[j] + 5) : rows[j];
        }
        double[] ranks = CatalogAssembly.percentileRanks(score);
        boolean categories = log.hasCategories();
        HarmLexicon lexicon = config.harmRule().equals("lexicon") ? CatalogAssembly.lexicon(config) : null;
        CatalogAssembly items = new CatalogAssembly(n);
        for (int j = 0; j < n; j++) {
            String category = log.category(j).isEmpty() ? "unknown" : log.category(j);
            String coOccurrence = met.get(j).toString().strip();
            items.text[j] = log.hasTexts() ? log.text(j)
                    : categories ? (category + " " + coOccurrence).strip() : coOccurrence;
            items.id[j] = log.interactions().itemId(j);
            items.category[j] = categories ? category : null;
            items.quality[j] = ranks[j];
            items.duration[j] = durationMs[j] > 0 ? durationMs[j] / 1000.0 : config.defaultDurationSeconds();
            items.counts(j, rows[j], like.perItem[j], share.perItem[j], comment.perItem[j], download.perItem[j]);
            switch (config.harmRule()) {
                case "hate-rate" -> {
                    double s = (hate.perItem[j] + 2 * hateRate) / (rows[j] + 2);
                    items.harm(j, s, s >= 0.5, HarmClass.UNWANTED);
                }
                case "categories" -> {
                    boolean harmful = config.harmCategories().contains(category);
                    items.harm(j, harmful ? 1 : 0, harmful, HarmClass.UNWANTED);
                }
                case "lexicon" -> items.lexicon(j, lexicon);
                default -> items.harm(j, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, log.report(), n == all ? log.interactions() : null, !categories);
    }

    /** One signal's per-item counts over the fitting rows (all zero when the signal is not mapped). */
    private static final class Signal {
        final MappedLog log;
        final String name;
        final boolean mapped;
        final double[] perItem;
        double total;

        Signal(MappedLog log, String name) {
            this.log = log;
            this.name = name;
            this.mapped = name != null && log.hasSignal(name);
            this.perItem = new double[log.itemCount()];
        }

        boolean on(int r) {
            return mapped && log.signal(name, r);
        }

        void count(int r, int j) {
            if (on(r)) {
                perItem[j]++;
                total++;
            }
        }
    }
}
