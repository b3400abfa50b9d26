package org.feedgym.env.usermodel;

/** Registry type {@value #TYPE}: a logistic in the watch ratio and the affinity. */
public final class LogisticHate implements NegativeSignalModel {

    /** Registry id. */
    public static final String TYPE = "logistic-hate";

    private final LogisticHateParameters p;

    public LogisticHate(LogisticHateParameters p) {
        this.p = p;
    }

    @Override
    public double probability(double watch, double affinity) {
        return WatchLogit.sigmoid(p.intercept() + p.watch() * watch + p.affinity() * affinity);
    }
}
