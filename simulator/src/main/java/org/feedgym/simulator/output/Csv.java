package org.feedgym.simulator.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting shared by the CSV writers: deterministic, six significant digits. */
public final class Csv {

    private static final MathContext SIX_DIGITS = new MathContext(6);
    /** Powers of ten that are exact doubles (10^22 is the last). */
    private static final double[] EXACT_POWERS = new double[23];
    /**
     * How far the scaled value's fraction must be from one half for the fast path to trust its
     * rounding: scaling is one correctly rounded multiplication or division by an exact power of
     * ten, off by at most half an ulp (about 6e-11 below 10^6), so this margin leaves four orders
     * to spare.
     */
    private static final double TIE_MARGIN = 1e-6;

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
    }

    private Csv() {
    }

    /**
     * Six significant digits without exponent, or an empty cell for NaN or infinity. The digits
     * are those of the exact binary value rounded half up (as {@link BigDecimal} rounds it), with
     * trailing zeros stripped.
     */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String fast = sixDigits(v);
        return fast != null ? fast : exact(v);
    }

    /**
     * Six significant digits as a number, for JSON series written beside a CSV with the same
     * precision (the homogenization study's summary); NaN and infinities are returned as they are.
     */
    public static double round(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(SIX_DIGITS).doubleValue() : v;
    }

    /** The definition: the exact value rounded by {@link BigDecimal}. */
    static String exact(double v) {
        return new BigDecimal(v).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * {@link #exact} in double and long arithmetic: the value is scaled by a power of ten to six
     * integer digits and rounded; null where that cannot be trusted to give the same digits (a
     * fraction within {@link #TIE_MARGIN} of one half, a scale beyond 10^±22 (magnitudes below
     * about 10^-17 or from about 10^28), a value that rounds up to the next power of ten), for the
     * caller to take the exact path; null too for NaN and infinities.
     */
    static String sixDigits(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int p = (int) Math.floor(Math.log10(a));
        for (int attempt = 0; attempt < 2; attempt++) {
            int k = 5 - p;
            if (Math.abs(k) >= EXACT_POWERS.length) {
                return null;
            }
            double scaled = k >= 0 ? a * EXACT_POWERS[k] : a / EXACT_POWERS[-k];
            if (scaled < 99_999.5 + TIE_MARGIN) {
                p--; // log10 overestimated the exponent
                continue;
            }
            if (scaled >= 999_999.5 - TIE_MARGIN && scaled < 1_000_000) {
                return null; // rounds up to the next power of ten, or nearly: leave it to the definition
            }
            if (scaled >= 1_000_000) {
                p++; // log10 underestimated it
                continue;
            }
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
                return null;
            }
            long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
            return plain(v < 0, digits, p - 5);
        }
        return null;
    }

    /** {@code digits × 10^exponent} without exponent or trailing zeros ({@code digits > 0}). */
    private static String plain(boolean negative, long digits, int exponent) {
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        String d = Long.toString(digits);
        StringBuilder out = new StringBuilder(d.length() + Math.abs(exponent) + 3);
        if (negative) {
            out.append('-');
        }
        if (exponent >= 0) {
            out.append(d);
            out.append("0".repeat(exponent));
        } else if (d.length() > -exponent) {
            int point = d.length() + exponent;
            out.append(d, 0, point).append('.').append(d, point, d.length());
        } else {
            out.append("0.").append("0".repeat(-exponent - d.length())).append(d);
        }
        return out.toString();
    }
}
