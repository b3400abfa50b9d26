package org.feedgym.simulator.fidelity;

import org.feedgym.simulator.metrics.Estimate;

/**
 * A ROC-AUC with its 95% percentile cluster-bootstrap interval (users resampled); NaN bounds
 * when undefined.
 *
 * @param value    the AUC on the held-out rows
 * @param ci95Low  lower bound
 * @param ci95High upper bound
 */
public record AucEstimate(double value, double ci95Low, double ci95High) {

    /** From a bootstrap estimate. */
    public static AucEstimate of(Estimate e) {
        return new AucEstimate(e.mean(), e.ci95Low(), e.ci95High());
    }
}
