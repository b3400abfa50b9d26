package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link LogisticReturn} (FeedGym's original values, assumptions): P(return) =
 * {@code sigmoid(intercept + watch·(meanWatch − watchCentre) − boredom·max(0, b − boredomThreshold)
 * − harm·(1 − harmAttraction)·harmfulShare − unhappyExit·[left bored or by repetition])}, after a
 * gap of {@code minGapHours + Exp(mean meanExtraGapHours)}.
 *
 * @param intercept         in [−20, 20]; default 1.5
 * @param watch             in [−20, 20]; default 4
 * @param watchCentre       in [0, 20]; default 0.5
 * @param boredom           in [−20, 20]; default 2
 * @param boredomThreshold  in [0, 1]; default 0.5
 * @param harm              in [−20, 20]; default 2
 * @param unhappyExit       in [−20, 20]; default 1
 * @param minGapHours       in [0, 1000]; default 2
 * @param meanExtraGapHours in [0, 1000]; default 14
 */
public record LogisticReturnParameters(Double intercept, Double watch, Double watchCentre, Double boredom,
                                       Double boredomThreshold, Double harm, Double unhappyExit, Double minGapHours,
                                       Double meanExtraGapHours) {

    public LogisticReturnParameters {
        intercept = ParameterChecks.doubleIn("intercept", intercept, 1.5, -20, 20);
        watch = ParameterChecks.doubleIn("watch", watch, 4.0, -20, 20);
        watchCentre = ParameterChecks.doubleIn("watchCentre", watchCentre, 0.5, 0, 20);
        boredom = ParameterChecks.doubleIn("boredom", boredom, 2.0, -20, 20);
        boredomThreshold = ParameterChecks.doubleIn("boredomThreshold", boredomThreshold, 0.5, 0, 1);
        harm = ParameterChecks.doubleIn("harm", harm, 2.0, -20, 20);
        unhappyExit = ParameterChecks.doubleIn("unhappyExit", unhappyExit, 1.0, -20, 20);
        minGapHours = ParameterChecks.doubleIn("minGapHours", minGapHours, 2.0, 0, 1000);
        meanExtraGapHours = ParameterChecks.doubleIn("meanExtraGapHours", meanExtraGapHours, 14.0, 0, 1000);
    }
}
