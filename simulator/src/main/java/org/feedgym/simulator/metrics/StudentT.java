package org.feedgym.simulator.metrics;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The 0.975 quantile of Student's t distribution, for two-sided 95% intervals, computed by
 * Apache Commons Statistics ({@link TDistribution}) to double precision for every number of
 * degrees of freedom.
 */
public final class StudentT {

    private StudentT() {
    }

    /**
     * @param degreesOfFreedom at least 1
     * @return t such that P(T &le; t) = 0.975
     */
    public static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degreesOfFreedom must be >= 1, got " + degreesOfFreedom);
        }
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
