package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link LognormalBudget}: budget = {@code 60·meanMinutes·exp(sigma·g + logShift)}
 * with g standard normal (assumptions).
 *
 * @param sigma    in [0, 3]; default 0.4
 * @param logShift in [−10, 10]; default −0.08 (= −sigma²/2 for the default sigma, so the factor
 *                 has mean 1; set it to −sigma²/2 when you change sigma to keep the mean)
 */
public record LognormalBudgetParameters(Double sigma, Double logShift) {

    public LognormalBudgetParameters {
        sigma = ParameterChecks.doubleIn("sigma", sigma, 0.4, 0, 3);
        logShift = ParameterChecks.doubleIn("logShift", logShift, -0.08, -10, 10);
    }
}
