package org.feedgym.env.usermodel;

import java.util.random.RandomGenerator;

/** Registry type {@value #TYPE}: the mean times a log-normal factor (one Gaussian draw). */
public final class LognormalBudget implements BudgetModel {

    /** Registry id. */
    public static final String TYPE = "lognormal";

    private final LognormalBudgetParameters p;

    public LognormalBudget(LognormalBudgetParameters p) {
        this.p = p;
    }

    @Override
    public double budgetSeconds(double meanMinutes, RandomGenerator random) {
        return 60 * meanMinutes * Math.exp(p.sigma() * random.nextGaussian() + p.logShift());
    }
}
