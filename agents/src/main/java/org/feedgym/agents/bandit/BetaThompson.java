package org.feedgym.agents.bandit;

import java.util.Objects;
import java.util.random.RandomGenerator;

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
public final class BetaThompson implements ArmBandit {

    private final double priorAlpha;
    private final double priorBeta;
    private final double[] successes;
    private final double[] failures;
    private final long[] pulls;
    private final RandomGenerator random;
    private final int[] stamp;
    private final double[] sample;
    private long total;
    private int decision;

    /**
     * @param arms       number of arms, &ge; 1
     * @param priorAlpha α₀ &gt; 0 (1 with priorBeta 1 is the uniform prior)
     * @param priorBeta  β₀ &gt; 0
     * @param random     the generator of posterior draws
     */
    public BetaThompson(int arms, double priorAlpha, double priorBeta, RandomGenerator random) {
        if (arms < 1) {
            throw new IllegalArgumentException("arms must be >= 1, got " + arms);
        }
        if (!(priorAlpha > 0) || !Double.isFinite(priorAlpha)) {
            throw new IllegalArgumentException("priorAlpha must be > 0, got " + priorAlpha);
        }
        if (!(priorBeta > 0) || !Double.isFinite(priorBeta)) {
            throw new IllegalArgumentException("priorBeta must be > 0, got " + priorBeta);
        }
        this.priorAlpha = priorAlpha;
        this.priorBeta = priorBeta;
        this.successes = new double[arms];
        this.failures = new double[arms];
        this.pulls = new long[arms];
        this.random = Objects.requireNonNull(random, "random");
        this.stamp = new int[arms];
        this.sample = new double[arms];
    }

    @Override
    public int armCount() {
        return pulls.length;
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
                sample[a] = Distributions.beta(random, priorAlpha + successes[a], priorBeta + failures[a]);
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
        successes[arm] += reward;
        failures[arm] += 1 - reward;
        pulls[arm]++;
        total++;
    }

    /** The posterior mean of arm {@code arm}'s success probability. */
    public double posteriorMean(int arm) {
        double a = priorAlpha + successes[arm];
        return a / (a + priorBeta + failures[arm]);
    }

    @Override
    public long pulls(int arm) {
        return pulls[arm];
    }

    @Override
    public long totalPulls() {
        return total;
    }
}
