package org.feedgym.simulator.offline;

import java.util.Arrays;
import java.util.Objects;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.ValueRange;

/**
 * Fits recommenders on the training part of a {@link LogSplit} and scores their rankings of the
 * held-out parts.
 *
 * <p>For each user with held-out rows the scorer scores every item once, from the user's training
 * history. Then, for the validation part and again for the test part:
 * <ul>
 *   <li><b>Candidates</b> are all items of the log except those the user already met: training
 *       items for validation; training and validation items for test. Ties are broken by
 *       training popularity, then by the lower index ({@link TopK}).</li>
 *   <li><b>Relevant</b> items are the distinct held-out items of the part with a signal at least
 *       the threshold that are still candidates (an item met again after training cannot be
 *       ranked, so it cannot count).</li>
 *   <li><b>P@K, R@K, NDCG@K</b> ({@link RankingMetrics}) are computed per user with at least one
 *       relevant item and reported as mean and 95% Student-t interval over those users.</li>
 *   <li><b>MSE, MAE</b> (only for scorers that {@link OfflineScorer#predictsSignal() predict the
 *       signal}): over every held-out row of the part, error = predicted − logged signal; mean and
 *       interval over rows. <b>RMSE</b> = √MSE, its interval the square roots of MSE's bounds
 *       (the lower one floored at 0).</li>
 * </ul>
 * Everything runs on the calling thread in a fixed order, so results are reproducible.
 */
public final class OfflineEvaluator {

    /**
     * Ranking metrics of one part.
     *
     * @param precision P@K over ranked users
     * @param recall    R@K over ranked users
     * @param ndcg      NDCG@K over ranked users
     */
    public record Ranking(Estimate precision, Estimate recall, Estimate ndcg) {
    }

    /**
     * Error metrics of one part, over held-out rows.
     *
     * @param mse  mean squared error
     * @param mae  mean absolute error
     * @param rmse √MSE with the square roots of MSE's bounds
     */
    public record Errors(Estimate mse, Estimate mae, Estimate rmse) {

        /** The errors of predictions against signals, {@code count} of them. */
        static Errors of(double[] squared, double[] absolute, int count) {
            Estimate mse = ValueRange.NON_NEGATIVE.within(Estimate.of(squared, count));
            Estimate rmse = new Estimate(Math.sqrt(mse.mean()), Math.sqrt(mse.ci95Low()),
                    Math.sqrt(mse.ci95High()), mse.n());
            return new Errors(mse, ValueRange.NON_NEGATIVE.within(Estimate.of(absolute, count)), rmse);
        }
    }

    /**
     * What one part (validation or test) gave.
     *
     * @param users       users with at least one held-out row in the part
     * @param rankedUsers users with at least one relevant candidate (the n of the ranking metrics)
     * @param rows        held-out rows (the n of the error metrics)
     * @param ranking     the ranking metrics
     * @param errors      the error metrics, or {@code null} when the scorer does not predict the signal
     */
    public record Part(int users, int rankedUsers, int rows, Ranking ranking, Errors errors) {
    }

    /**
     * One recommender's evaluation.
     *
     * @param name           its name in the config
     * @param type           its registry type
     * @param predictsSignal whether errors were computed
     * @param validation     the validation part
     * @param test           the test part
     * @param fitSeconds     wall time of {@code fit} (not reproducible; for the manifest)
     * @param rankSeconds    wall time of scoring and ranking (not reproducible; for the manifest)
     */
    public record Result(String name, String type, boolean predictsSignal, Part validation, Part test,
                         double fitSeconds, double rankSeconds) {
    }

    private final LogSplit split;
    private final InteractionLog log;
    private final int k;
    private final double threshold;
    private final int[] popularity;

    /**
     * @param split     the split log
     * @param k         the cut-off, &ge; 1
     * @param threshold relevance threshold on the signal
     */
    public OfflineEvaluator(LogSplit split, int k, double threshold) {
        this.split = Objects.requireNonNull(split, "split");
        this.log = split.log();
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        this.k = k;
        this.threshold = threshold;
        this.popularity = split.train().itemCounts();
    }

    /**
     * Fits {@code scorer} on the training rows and evaluates it.
     *
     * @throws TrainingDivergedException when its training diverges
     * @throws IllegalStateException     when it scores an item with NaN or infinity
     */
    public Result evaluate(String name, OfflineScorer scorer) throws TrainingDivergedException {
        long start = System.nanoTime();
        scorer.fit(split.train());
        long fitted = System.nanoTime();
        boolean predicts = scorer.predictsSignal();
        int items = log.itemCount();
        double[] scores = new double[items];
        boolean[] known = new boolean[items];
        int[] relevantStamp = new int[items];
        Accumulator validation = new Accumulator(predicts);
        Accumulator test = new Accumulator(predicts);
        Scratch scratch = new Scratch(k, relevantStamp);
        for (int u = 0; u < log.userCount(); u++) {
            if (!hasHeldOut(u)) {
                continue;
            }
            scorer.scoreItems(u, scores);
            for (int i = 0; i < items; i++) {
                if (!Double.isFinite(scores[i])) {
                    throw new IllegalStateException("recommender '" + name + "' scored item " + i + " of user " + u
                            + " as " + scores[i]);
                }
            }
            mark(u, LogSplit.TRAIN, known);
            evaluatePart(u, LogSplit.VALIDATION, scores, known, validation, scratch);
            mark(u, LogSplit.VALIDATION, known);
            evaluatePart(u, LogSplit.TEST, scores, known, test, scratch);
            for (int r = log.userStart(u); r < log.userEnd(u); r++) {
                known[log.item(r)] = false;
            }
        }
        long ranked = System.nanoTime();
        return new Result(name, scorer.type(), predicts, validation.finish(), test.finish(),
                (fitted - start) / 1e9, (ranked - fitted) / 1e9);
    }

    /**
     * The errors of predicting every held-out row of a part by the training rows' mean signal:
     * the floor for MSE, MAE and RMSE.
     */
    public Errors trainMeanErrors(byte part) {
        double mean = split.train().meanSignal();
        Accumulator a = new Accumulator(true);
        for (int r = 0; r < log.size(); r++) {
            if (split.part(r) == part) {
                a.error(mean - log.signal(r));
                a.rows++;
            }
        }
        return a.finish().errors();
    }

    private boolean hasHeldOut(int u) {
        for (int r = log.userStart(u); r < log.userEnd(u); r++) {
            if (split.part(r) != LogSplit.TRAIN) {
                return true;
            }
        }
        return false;
    }

    private void mark(int u, byte part, boolean[] known) {
        for (int r = log.userStart(u); r < log.userEnd(u); r++) {
            if (split.part(r) == part) {
                known[log.item(r)] = true;
            }
        }
    }

    private void evaluatePart(int u, byte part, double[] scores, boolean[] known, Accumulator acc, Scratch s) {
        int stamp = ++s.stamp;
        int heldOut = 0;
        int relevant = 0;
        for (int r = log.userStart(u); r < log.userEnd(u); r++) {
            if (split.part(r) != part) {
                continue;
            }
            heldOut++;
            int item = log.item(r);
            if (log.signal(r) >= threshold && !known[item] && s.relevantStamp[item] != stamp) {
                s.relevantStamp[item] = stamp;
                relevant++;
            }
            if (acc.errors) {
                acc.error(scores[item] - log.signal(r));
            }
        }
        if (heldOut == 0) {
            return;
        }
        acc.users++;
        acc.rows += heldOut;
        if (relevant == 0) {
            return;
        }
        int n = TopK.select(scores, popularity, known, k, s.top);
        Arrays.fill(s.hits, false);
        for (int r = 0; r < n; r++) {
            s.hits[r] = s.relevantStamp[s.top[r]] == stamp;
        }
        acc.ranked(RankingMetrics.precision(s.hits, k), RankingMetrics.recall(s.hits, k, relevant),
                RankingMetrics.ndcg(s.hits, k, relevant));
    }

    /** Reused per-user arrays. */
    private static final class Scratch {
        final int[] top;
        final boolean[] hits;
        final int[] relevantStamp;
        int stamp;

        Scratch(int k, int[] relevantStamp) {
            this.top = new int[k];
            this.hits = new boolean[k];
            this.relevantStamp = relevantStamp;
        }
    }

    /** Per-user and per-row values of one part, growing as users are evaluated. */
    private static final class Accumulator {
        final boolean errors;
        int users;
        int rankedUsers;
        int rows;
        int errorCount;
        double[] precision = new double[64];
        double[] recall = new double[64];
        double[] ndcg = new double[64];
        double[] squared = new double[64];
        double[] absolute = new double[64];

        Accumulator(boolean errors) {
            this.errors = errors;
        }

        void ranked(double p, double r, double n) {
            if (rankedUsers == precision.length) {
                precision = Arrays.copyOf(precision, 2 * rankedUsers);
                recall = Arrays.copyOf(recall, 2 * rankedUsers);
                ndcg = Arrays.copyOf(ndcg, 2 * rankedUsers);
            }
            precision[rankedUsers] = p;
            recall[rankedUsers] = r;
            ndcg[rankedUsers] = n;
            rankedUsers++;
        }

        void error(double e) {
            if (errorCount == squared.length) {
                squared = Arrays.copyOf(squared, 2 * errorCount);
                absolute = Arrays.copyOf(absolute, 2 * errorCount);
            }
            squared[errorCount] = e * e;
            absolute[errorCount] = Math.abs(e);
            errorCount++;
        }

        Part finish() {
            Ranking ranking = new Ranking(ValueRange.UNIT.within(Estimate.of(precision, rankedUsers)),
                    ValueRange.UNIT.within(Estimate.of(recall, rankedUsers)),
                    ValueRange.UNIT.within(Estimate.of(ndcg, rankedUsers)));
            return new Part(users, rankedUsers, rows, ranking, errors ? Errors.of(squared, absolute, errorCount) : null);
        }
    }
}
