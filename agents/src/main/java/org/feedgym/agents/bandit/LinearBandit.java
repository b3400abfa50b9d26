package org.feedgym.agents.bandit;

/**
 * A linear contextual bandit over a set of ridge models (one shared, or one per topic), as
 * {@link LinearBanditAgent} drives it: refit, choose among contexts, update with a reward. Its
 * models are all it learns, so they are all a saved agent holds of it (besides the generator of
 * a sampling bandit, which the agent owns).
 */
interface LinearBandit {

    /** Number of models. */
    int arms();

    /** Model {@code arm}. */
    RidgeRegression model(int arm);

    /** Refits models before a batch of decisions. */
    void prepare();

    /** Chooses among {@code count} contexts in {@code x} with models {@code arms}. */
    int choose(int[] arms, double[] x, int count);

    /** Updates model {@code arm} with context x at {@code offset} and reward r. */
    void update(int arm, double[] x, int offset, double r);
}
