package org.feedgym.agents.bandit;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/**
 * A K-armed Bernoulli bandit with known means, every arm offered every round, one pull per
 * round. Regret is the pseudo-regret Σ (μ* − μ_chosen), which has no reward noise in it.
 */
final class BernoulliArms {

    private final double[] means;
    private final double best;

    BernoulliArms(double... means) {
        this.means = means.clone();
        double b = Double.NEGATIVE_INFINITY;
        for (double m : means) {
            b = Math.max(b, m);
        }
        this.best = b;
    }

    int arms() {
        return means.length;
    }

    /** The outcome of a run: pulls per arm and the cumulative regret after every round. */
    record Run(long[] pulls, double[] regret, int[] choices) {

        /** Cumulative regret after {@code rounds} rounds. */
        double regretAfter(int rounds) {
            return regret[rounds - 1];
        }

        /** Share of rounds in [from, to) that pulled {@code arm}. */
        double share(int arm, int from, int to) {
            int n = 0;
            for (int t = from; t < to; t++) {
                if (choices[t] == arm) {
                    n++;
                }
            }
            return n / (double) (to - from);
        }
    }

    /** Plays {@code rounds} rounds with rewards drawn from {@code rewardSeed}. */
    Run play(ArmBandit bandit, int rounds, long rewardSeed) {
        RandomGenerator rewards = Seeds.generator(rewardSeed);
        int k = means.length;
        int[] offered = new int[k];
        for (int a = 0; a < k; a++) {
            offered[a] = a;
        }
        long[] pulls = new long[k];
        double[] regret = new double[rounds];
        int[] choices = new int[rounds];
        double cumulative = 0;
        for (int t = 0; t < rounds; t++) {
            int arm = offered[bandit.choose(offered, 0, k)];
            double r = rewards.nextDouble() < means[arm] ? 1 : 0;
            bandit.update(arm, r);
            pulls[arm]++;
            choices[t] = arm;
            cumulative += best - means[arm];
            regret[t] = cumulative;
        }
        return new Run(pulls, regret, choices);
    }

    /** Mean cumulative regret after each checkpoint over {@code runs} independent runs. */
    double[] meanRegret(java.util.function.LongFunction<ArmBandit> banditForSeed, int rounds, int runs,
                        int... checkpoints) {
        double[] mean = new double[checkpoints.length];
        for (int r = 0; r < runs; r++) {
            Run run = play(banditForSeed.apply(Seeds.derive(7, "bandit", r)), rounds, Seeds.derive(7, "rewards", r));
            for (int i = 0; i < checkpoints.length; i++) {
                mean[i] += run.regretAfter(checkpoints[i]) / runs;
            }
        }
        return mean;
    }
}
