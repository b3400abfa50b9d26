package org.feedgym.simulator.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting shared by the CSV writers: deterministic, six significant digits. */
public final class Csv {

    private Csv() {
    }

    /** Six significant digits without exponent, or an empty cell for NaN or infinity. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
