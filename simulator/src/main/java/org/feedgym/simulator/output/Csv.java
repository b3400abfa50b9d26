package org.feedgym.simulator.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting shared by the CSV writers: deterministic, six significant digits. */
public final class Csv {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private Csv() {
    }

    /** Six significant digits without exponent, or an empty cell for NaN or infinity. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * Six significant digits as a number, for JSON series written beside a CSV with the same
     * precision (the homogenization study's summary); NaN and infinities are returned as they are.
     */
    public static double round(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(SIX_DIGITS).doubleValue() : v;
    }
}
