package org.feedgym.env.usermodel;

/**
 * Registry type {@value #TYPE}: satiation decays by {@code exp(−seconds/satiationSeconds)} and the
 * shown topic gains {@code satiationGain·watch}; the interest moves toward the item by
 * {@code min(1, driftRate·(1 + (harmDriftMultiplier − 1)·harm)·watch)}; boredom follows
 * {@code boredomMemory·boredom + boredomWeight·max(0, 1 − watch)} (a replay is not boring).
 */
public final class SatiationDrift implements TransitionModel {

    /** Registry id. */
    public static final String TYPE = "satiation-drift";

    private final SatiationDriftParameters p;

    public SatiationDrift(SatiationDriftParameters p) {
        this.p = p;
    }

    @Override
    public double satiationDecay(double seconds) {
        return Math.exp(-seconds / p.satiationSeconds());
    }

    @Override
    public double satiationGain(double watch) {
        return p.satiationGain() * watch;
    }

    @Override
    public double driftStep(double driftRate, double harmDriftMultiplier, double harm, double watch) {
        return Math.min(1, driftRate * (1 + (harmDriftMultiplier - 1) * harm) * watch);
    }

    @Override
    public double boredom(double previous, double watch) {
        return p.boredomMemory() * previous + p.boredomWeight() * Math.max(0, 1 - watch);
    }
}
