package org.feedgym.simulator.metrics;

/**
 * The 0.975 quantile of Student's t distribution, for two-sided 95% intervals.
 *
 * <p>Exact table values for 1–30 degrees of freedom; above that the Cornish–Fisher expansion of
 * Abramowitz &amp; Stegun 26.7.5 around the normal quantile, whose error is below 1e-5 there.
 */
public final class StudentT {

    private static final double Z = 1.959963984540054;
    private static final double[] TABLE = {Double.NaN, 12.706204736, 4.302652730, 3.182446305, 2.776445105,
        2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852, 2.200985160,
        2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.100922040,
        2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456};

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
        if (degreesOfFreedom < TABLE.length) {
            return TABLE[degreesOfFreedom];
        }
        double v = degreesOfFreedom;
        double z2 = Z * Z;
        double g1 = (z2 + 1) * Z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * Z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * Z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * Z / 92160;
        return Z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }
}
