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

    private static AucEstimate auc(double[] scores, boolean[] positive, int[] user, int samples, long seed) {
        return AucEstimate.of(new RocAuc(scores, positive).clusterBootstrap(user, samples,
                Seeds.generator(seed, "fidelity-auc-bootstrap", 0)));
    }
}
