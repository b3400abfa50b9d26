package org.feedgym.env;

import java.util.Map;

/**
 * Records each user's episode return and length, as Gymnasium's {@code RecordEpisodeStatistics}:
 * the running sums are readable at any time, and final once the user's episode has ended.
 */
public final class VectorEpisodeStatistics extends PerUserWrapper {

    private double[] returns = new double[0];
    private int[] lengths = new int[0];

    public VectorEpisodeStatistics(VectorEnvironment inner) {
        super(inner);
    }

    @Override
    protected void startUsers(int users) {
        returns = new double[users];
        lengths = new int[users];
    }

    @Override
    protected void restartUser(int u) {
        returns[u] = 0;
        lengths[u] = 0;
    }

    @Override
    public StepOutcomes step(int[] actions) {
        StepOutcomes out = inner.step(actions);
        for (int u = 0; u < returns.length; u++) {
            if (out.shownItem(u) >= 0) {
                returns[u] += out.reward(u);
                lengths[u]++;
            }
        }
        return out;
    }

    /** The sum of user {@code u}'s rewards in its current (or just ended) episode. */
    public double episodeReturn(int u) {
        return returns[u];
    }

    /** The number of steps of user {@code u}'s current (or just ended) episode. */
    public int episodeLength(int u) {
        return lengths[u];
    }

    @Override
    public EnvSpec spec() {
        return new EnvSpec("episode-statistics", Map.of(), inner.spec());
    }
}
