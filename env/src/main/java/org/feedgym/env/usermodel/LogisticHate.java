package org.feedgym.env.usermodel;

/**
 * Registry type {@value #TYPE}: a logistic in the watch ratio, the affinity and the item's harm
 * weighted by the user's aversion to it: {@code P = sigmoid(intercept + watch·w + affinity·cos
 * + harm·(harmCentre − harmAttraction)·harmScore)}. The harm term makes harmful items likelier to
 * be marked by users averse to them and less likely by vulnerable users drawn to them.
 */
public final class LogisticHate implements NegativeSignalModel {

    /** Registry id. */
    public static final String TYPE = "logistic-hate";

    private final LogisticHateParameters p;

    public LogisticHate(LogisticHateParameters p) {
        this.p = p;
    }

    @Override
    public double probability(double watch, double affinity, double harmAttraction, double harm) {
        return WatchLogit.sigmoid(p.intercept() + p.watch() * watch + p.affinity() * affinity
                + p.harm() * (p.harmCentre() - harmAttraction) * harm);
    }
}
