package org.feedgym.agents;

import org.feedgym.env.data.InteractionLog;

/**
 * A recommender that ranks the whole catalog for a user of a log: the entry point of offline
 * evaluation (train on one part of a log, rank every item for each user, compare the top K with
 * the user's held-out items).
 *
 * <p>The recommender first {@link #fit}s the training log; a user's history is then that user's
 * rows in the training log (oldest first), read as the online agent reads an evaluation user's
 * history (the same {@code history} window, the same signal weighting). The users being ranked
 * are users of the training log, not new users: a model that learns per-user parameters (matrix
 * factorisation) uses them, and user-kNN leaves the user out of its own neighbours.
 *
 * <p>Implementations are deterministic given their seed; {@link #scoreItems} may reuse scratch
 * arrays and is not thread-safe.
 */
public interface OfflineScorer {

    /** The registry type, e.g. {@code item-knn}. */
    String type();

    /**
     * Learns from a training log, replacing any earlier fit. User and item indices are the log's
     * (items must be the catalog's indices when the scorer reads item embeddings).
     *
     * @param train the training rows; users without rows may be present
     * @throws TrainingDivergedException when a loss becomes NaN or infinite
     * @throws IllegalStateException     when the scorer needs the item catalog and was created
     *                                   without one
     */
    void fit(InteractionLog train) throws TrainingDivergedException;

    /**
     * Scores every item for one user of the training log. Higher ranks earlier; the caller
     * excludes items the user already met and breaks ties.
     *
     * @param user   a user index of the fitted log, in [0, userCount)
     * @param scores output, one finite score per item of the fitted log (length itemCount)
     */
    void scoreItems(int user, double[] scores);

    /**
     * True when {@link #scoreItems} writes a prediction of the log's signal on its own scale (a
     * rating, a like probability, a watch ratio), so that MSE, MAE and RMSE mean something; false
     * for pure ranking scores (counts, cosines, random numbers).
     */
    default boolean predictsSignal() {
        return false;
    }

    /**
     * True when {@link #fit} reads item embeddings from the catalog (the content-based scorers):
     * such a scorer can be evaluated only on a log whose items have embeddings that do not come
     * from the log itself, or its test rows would leak into the model.
     */
    default boolean needsCatalog() {
        return false;
    }
}
