package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.Samplers;

/**
 * Beta–Bernoulli Thompson sampling (Thompson 1933; Chapelle &amp; Li 2011, "An empirical
 * evaluation of Thompson sampling", NIPS; Agrawal &amp; Goyal 2012/2013 for its regret bounds):
 * each arm's success probability has a Beta(α₀ + successes, β₀ + failures) posterior; a decision
 * draws one sample per offered arm and picks the largest (ties to the first position). An arm
 * offered at several positions is sampled once per decision.
 *
 * <p>Rewards must lie in [0, 1]: a reward r adds r to the successes and 1 − r to the failures,
 * which for 0/1 rewards is the exact conjugate update (for fractional rewards it is the
 * Bernoulli-trial reduction of Agrawal &amp; Goyal in expectation, applied deterministically).
 */
public final class BetaThompson extends StatisticsBandit {

    private final double priorAlpha;
    private final double priorBeta;
    /** The sums of 1 − reward per arm. */
    private final double[] failures;
    private final RandomGenerator random;
    /** Which decision each arm's sample was drawn for: a cache within one decision, never across. */
    private final int[] stamp;
    private final double[] sample;
    private int decision;

    /**
     * @param arms       number of arms, &ge; 1
     * @param priorAlpha α₀ &gt; 0 (1 with priorBeta 1 is the uniform prior)
     * @param priorBeta  β₀ &gt; 0
     * @param random     the generator of posterior draws
     */
    public BetaThompson(int arms, double priorAlpha, double priorBeta, RandomGenerator random) {
        super(arms);
        if (!(priorAlpha > 0) || !Double.isFinite(priorAlpha)) {
            throw new IllegalArgumentException("priorAlpha must be > 0, got " + priorAlpha);
        }
        if (!(priorBeta > 0) || !Double.isFinite(priorBeta)) {
            throw new IllegalArgumentException("priorBeta must be > 0, got " + priorBeta);
        }
        this.priorAlpha = priorAlpha;
        this.priorBeta = priorBeta;
        this.failures = new double[arms];
        this.random = Objects.requireNonNull(random, "random");
        this.stamp = new int[arms];
        this.sample = new double[arms];
    }

    @Override
    public int choose(int[] arms, int from, int count) {
        int mark = ++decision;
        if (mark == 0) {
            // The stamp counter wrapped around: forget every stamp so none matches by accident.
            java.util.Arrays.fill(stamp, 0);
            mark = ++decision;
        }
        int best = 0;
        double bestSample = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < count; p++) {
            int a = arms[from + p];
            if (stamp[a] != mark) {
                stamp[a] = mark;
                sample[a] = Samplers.beta(priorAlpha + stats.sum(a), priorBeta + failures[a], random);
            }
            if (sample[a] > bestSample) {
                bestSample = sample[a];
                best = p;
            }
        }
        return best;
    }

    @Override
    public void update(int arm, double reward) {
        if (!(reward >= 0 && reward <= 1)) {
            throw new IllegalArgumentException("reward must be in [0, 1], got " + reward + " for arm " + arm);
        }
        super.update(arm, reward);
        failures[arm] += 1 - reward;
    }

    /** The posterior mean of arm {@code arm}'s success probability. */
    public double posteriorMean(int arm) {
        double a = priorAlpha + stats.sum(arm);
        return a / (a + priorBeta + failures[arm]);
    }

    /** A copy of the failures per arm. */
    double[] failures() {
        return failures.clone();
    }

    /**
     * Replaces the posterior's counts with saved ones; the sample cache needs nothing, as it never
     * outlives a decision.
     *
     * @param armsField     the state's field of the pulls and successes, for messages
     * @param arms          pulls and successes (reward sums) per arm
     * @param failuresField the state's field of the failures, for messages
     * @param failures      the failures per arm
     * @throws IllegalArgumentException naming the field when an array is missing or not one
     *                                  number per arm, or a count is negative or not finite
     */
    void restore(String armsField, ArmStatistics.State arms, String failuresField, double[] failures) {
        // Negative successes or failures would give a Beta shape <= 0, which has no draws.
        StateChecks.nonNegative(failuresField, failures, this.failures.length);
        stats.restore(armsField, arms);
        for (int a = 0; a < stats.arms(); a++) {
            if (stats.sum(a) < 0) {
                throw new IllegalArgumentException(StateChecks.path(armsField + ".sums") + "[" + a
                        + "] (successes) must be >= 0, got " + stats.sum(a));
            }
            // Each pull adds a reward r in [0, 1] to the successes and 1 - r to the failures.
            double total = stats.sum(a) + failures[a];
            if (Math.abs(total - stats.pulls(a)) > 1e-6 * Math.max(1, stats.pulls(a))) {
                throw new IllegalArgumentException(StateChecks.path(armsField + ".sums") + "[" + a + "] + "
                        + StateChecks.path(failuresField) + "[" + a + "] must equal the arm's pulls ("
                        + stats.pulls(a) + "), got " + total);
            }
        }
        System.arraycopy(failures, 0, this.failures, 0, failures.length);
    }
}
