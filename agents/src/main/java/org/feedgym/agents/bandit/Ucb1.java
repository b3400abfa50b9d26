package org.feedgym.agents.bandit;

/**
 * UCB1 (Auer, Cesa-Bianchi &amp; Fischer 2002, "Finite-time analysis of the multiarmed bandit
 * problem", Machine Learning 47): an offered arm never pulled is chosen first; otherwise the
 * offered arm with the largest index
 * <pre>{@code
 *   mean(a) + c * sqrt(2 * ln(t) / n(a))
 * }</pre>
 * where t is the total number of pulls and n(a) the pulls of arm a. With c = 1 and rewards in
 * [0, 1] this is UCB1 exactly and its expected regret is O(Σ ln(T)/Δ<sub>a</sub>). Rewards outside
 * [0, 1] work but the bound then needs c scaled to the reward range. Ties go to the first
 * position. Deterministic: no randomness at all.
 */
public final class Ucb1 extends StatisticsBandit {

    private final double c;

    /**
     * @param arms number of arms, &ge; 1
     * @param c    exploration weight, &ge; 0 (0 is pure greedy after one pull of each offered arm)
     */
    public Ucb1(int arms, double c) {
        super(arms);
        if (!(c >= 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("c must be >= 0, got " + c);
        }
        this.c = c;
    }

    @Override
    public int choose(int[] arms, int from, int count) {
        double logT = Math.log(Math.max(1, stats.total()));
        int best = 0;
        double bestIndex = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < count; p++) {
            int a = arms[from + p];
            long n = stats.pulls(a);
            if (n == 0) {
                return p;
            }
            double index = stats.mean(a) + c * Math.sqrt(2 * logT / n);
            if (index > bestIndex) {
                bestIndex = index;
                best = p;
            }
        }
        return best;
    }

    /** The UCB1 index of {@code arm}, or +∞ before its first pull. */
    public double index(int arm) {
        long n = stats.pulls(arm);
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return stats.mean(arm) + c * Math.sqrt(2 * Math.log(Math.max(1, stats.total())) / n);
    }
}
