package org.feedgym.simulator.fidelity;

import java.util.Objects;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.metrics.RocAuc;

/**
 * Per-behaviour ROC-AUC on held-out logged (user, item) pairs: the response model's predicted
 * probability under default and calibrated parameters, beside two reference predictors fitted on
 * the fitting users only (item popularity, a logistic regression on the same features).
 *
 * <p>Every predictor's interval comes from the same user resamples (each bootstrap generator is
 * derived from the same seed), so their intervals are comparable pair by pair.
 *
 * @param behaviour          e.g. {@code "like-vs-hate"}
 * @param positives          held-out rows with the positive label
 * @param negatives          held-out rows with the negative label
 * @param users              held-out users (the bootstrap's clusters)
 * @param modelDefault       the response model with default parameters
 * @param modelCalibrated    the response model with calibrated parameters
 * @param itemPopularity     see {@link ItemPopularity}
 * @param logisticRegression see {@link LogisticRegression}
 */
public record BehaviourAuc(String behaviour, int positives, int negatives, int users, AucEstimate modelDefault,
                           AucEstimate modelCalibrated, AucEstimate itemPopularity,
                           AucEstimate logisticRegression) {

    /** Checks that nothing is null. */
    public BehaviourAuc {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(modelDefault, "modelDefault");
        Objects.requireNonNull(modelCalibrated, "modelCalibrated");
        Objects.requireNonNull(itemPopularity, "itemPopularity");
        Objects.requireNonNull(logisticRegression, "logisticRegression");
    }

    /**
     * Scores of the four predictors on the same held-out rows.
     *
     * @param defaultModel       the default model's predicted probability per row
     * @param calibratedModel    the calibrated model's
     * @param itemPopularity     the popularity score per row
     * @param logisticRegression the regression's probability per row
     */
    public record Scores(double[] defaultModel, double[] calibratedModel, double[] itemPopularity,
                         double[] logisticRegression) {
    }

    /**
     * Computes the four AUCs with their intervals.
     *
     * @param behaviour the behaviour's name
     * @param positive  per held-out row, whether it carries the positive label
     * @param user      per held-out row, its user
     * @param scores    the predictors' scores, one per row each
     * @param samples   bootstrap resamples (&ge; 1)
     * @param seed      root seed of the bootstrap
     */
    public static BehaviourAuc compute(String behaviour, boolean[] positive, int[] user, Scores scores, int samples,
                                       long seed) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int users = (int) java.util.Arrays.stream(user).distinct().count();
        return new BehaviourAuc(behaviour, positives, positive.length - positives, users,
                auc(scores.defaultModel(), positive, user, samples, seed),
                auc(scores.calibratedModel(), positive, user, samples, seed),
                auc(scores.itemPopularity(), positive, user, samples, seed),
                auc(scores.logisticRegression(), positive, user, samples, seed));
    }

    /**
     * Rows of one side of the user split with the features the response model sees for each row
     * (the logistic regression is fitted on the same ones).
     *
     * @param rows     the rows, already through the comparison's selection
     * @param features one feature row per table row, all of one length
     */
    public record FeatureRows(InteractionTable rows, double[][] features) {

        /** Checks the sizes agree. */
        public FeatureRows {
            if (rows.size() != features.length) {
                throw new IllegalArgumentException("features must have one row per table row (" + rows.size()
                        + "), got " + features.length);
            }
        }
    }

    /**
     * Fits the reference predictors on the fitting users' rows and computes the four AUCs on the
     * held-out users' rows: a held-out row is positive when it carries {@code positiveSignal}
     * (like vs hate: positive = like, every other kept row = hate).
     *
     * @param behaviour       the behaviour's name, e.g. {@code "like-vs-hate"}
     * @param positiveSignal  the signal of a positive row
     * @param fitting         the fitting users' rows and features
     * @param heldOut         the held-out users' rows and features
     * @param defaultModel    the default model's predicted probability per held-out row
     * @param calibratedModel the calibrated model's, per held-out row
     * @param ridge           the logistic regression's L2 penalty (see {@link LogisticRegression#fit})
     * @param samples         bootstrap resamples
     * @param seed            root seed of the bootstrap
     */
    public static BehaviourAuc onHeldOut(String behaviour, String positiveSignal, FeatureRows fitting,
                                         FeatureRows heldOut, double[] defaultModel, double[] calibratedModel,
                                         double ridge, int samples, long seed) {
        LogisticRegression regression = LogisticRegression.fit(fitting.features(),
                labels(fitting.rows(), positiveSignal), ridge);
        InteractionTable held = heldOut.rows();
        int[] users = java.util.stream.IntStream.range(0, held.size()).map(held::user).toArray();
        return compute(behaviour, labels(held, positiveSignal), users, new Scores(defaultModel, calibratedModel,
                ItemPopularity.fit(fitting.rows(), positiveSignal).scores(held),
                regression.probabilities(heldOut.features())), samples, seed);
    }

    private static boolean[] labels(InteractionTable rows, String signal) {
        boolean[] y = new boolean[rows.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = rows.signal(signal, r);
        }
        return y;
    }

    private static AucEstimate auc(double[] scores, boolean[] positive, int[] user, int samples, long seed) {
        return AucEstimate.of(new RocAuc(scores, positive).clusterBootstrap(user, samples,
                Seeds.generator(seed, "fidelity-auc-bootstrap", 0)));
    }
}
