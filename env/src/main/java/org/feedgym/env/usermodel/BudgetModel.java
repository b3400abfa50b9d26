package org.feedgym.env.usermodel;

import java.util.random.RandomGenerator;

/** How long a session may last at most: the time budget drawn when a session starts. */
public interface BudgetModel {

    /** A budget in seconds for a mean of {@code meanMinutes}, drawn from {@code random}. */
    double budgetSeconds(double meanMinutes, RandomGenerator random);
}
