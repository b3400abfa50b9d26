package org.feedgym.agents.bandit;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * ε-greedy: with probability ε<sub>t</sub> a uniformly random offered arm, otherwise the offered
 * arm with the highest empirical mean (an arm never pulled counts as mean 0; ties go to the
 * first position).
 *
 * <p>With a constant ε the regret grows linearly (a share ε of pulls stays random forever). With
 * a decay τ the rate is ε<sub>t</sub> = ε·τ/(τ + t) after t pulls, which falls like 1/t as in the
 * ε<sub>n</sub>-greedy of Auer, Cesa-Bianchi &amp; Fischer (2002), "Finite-time analysis of the
 * multiarmed bandit problem", Machine Learning 47; its regret grows logarithmically when τ is
 * large enough for the gap between the best and second-best arm.
 *
 * <p>Each decision draws exactly one uniform number, plus one integer when it explores.
 */
public final class EpsilonGreedy extends StatisticsBandit {

    private final double epsilon;
    private final long decayPulls;
    private final RandomGenerator random;

    /**
     * @param arms       number of arms, &ge; 1
     * @param epsilon    exploration rate in [0, 1]
     * @param decayPulls τ, pulls after which ε has halved; 0 keeps ε constant
     * @param random     the generator of exploration draws
     */
    public EpsilonGreedy(int arms, double epsilon, long decayPulls, RandomGenerator random) {
        super(arms);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
        }
        if (decayPulls < 0) {
            throw new IllegalArgumentException("decayPulls must be >= 0, got " + decayPulls);
        }
        this.epsilon = epsilon;
        this.decayPulls = decayPulls;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The exploration rate of the next decision. */
    public double currentEpsilon() {
        if (decayPulls == 0) {
            return epsilon;
        }
        return epsilon * decayPulls / (double) (decayPulls + stats.total());
    }

    @Override
    public int choose(int[] arms, int from, int count) {
        if (random.nextDouble() < currentEpsilon()) {
            return random.nextInt(count);
        }
        int best = 0;
        double bestMean = stats.mean(arms[from]);
        for (int p = 1; p < count; p++) {
            double m = stats.mean(arms[from + p]);
            if (m > bestMean) {
                bestMean = m;
                best = p;
            }
        }
        return best;
    }
}
