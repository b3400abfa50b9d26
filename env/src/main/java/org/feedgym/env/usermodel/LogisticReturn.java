package org.feedgym.env.usermodel;

/** Registry type {@value #TYPE}: a logistic return probability and a shifted exponential gap. */
public final class LogisticReturn implements ReturnModel {

    /** Registry id. */
    public static final String TYPE = "logistic-return";

    private final LogisticReturnParameters p;

    public LogisticReturn(LogisticReturnParameters p) {
        this.p = p;
    }

    @Override
    public double returnProbability(double meanWatch, double boredom, double harmAttraction, double harmfulShare,
                                    boolean leftUnhappy) {
        double z = p.intercept() + p.watch() * (meanWatch - p.watchCentre())
                - p.boredom() * Math.max(0, boredom - p.boredomThreshold())
                - p.harm() * (1 - harmAttraction) * harmfulShare
                - (leftUnhappy ? p.unhappyExit() : 0);
        return WatchLogit.sigmoid(z);
    }

    @Override
    public double gapSeconds(double u) {
        return p.minGapHours() * 3600 + -Math.log(1 - u) * p.meanExtraGapHours() * 3600;
    }
}
