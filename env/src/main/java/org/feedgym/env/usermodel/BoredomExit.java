package org.feedgym.env.usermodel;

/** Registry type {@value #TYPE}: a base rate plus a linear excess of boredom over tolerance. */
public final class BoredomExit implements ExitModel {

    /** Registry id. */
    public static final String TYPE = "boredom";

    private final BoredomExitParameters p;

    public BoredomExit(BoredomExitParameters p) {
        this.p = p;
    }

    @Override
    public double exitProbability(double boredom, double boredomTolerance) {
        return p.base() + p.slope() * Math.max(0, boredom - boredomTolerance);
    }
}
