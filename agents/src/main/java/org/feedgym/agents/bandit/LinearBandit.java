package org.feedgym.agents.bandit;

/**
 * A linear contextual bandit over a set of models (one shared, or one per topic), as
 * {@link LinearBanditAgent} drives it: refit, choose among contexts, update with a reward.
 */
interface LinearBandit {

    /** Refits models before a batch of decisions. */
    void prepare();

    /** Chooses among {@code count} contexts in {@code x} with models {@code arms}. */
    int choose(int[] arms, double[] x, int count);

    /** Updates model {@code arm} with context x at {@code offset} and reward r. */
    void update(int arm, double[] x, int offset, double r);
}
