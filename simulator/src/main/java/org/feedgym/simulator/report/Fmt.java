package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.Map;

/** Number and value formatting for the report: three significant digits, no exponent. */
final class Fmt {

    /** Shown where a value is undefined (null in summary.json). */
    static final String NONE = "–";

    private Fmt() {
    }

    /** Three significant digits, plain notation; {@link #NONE} for NaN or infinity. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1000) {
            return Long.toString(Math.round(v));
        }
        String s = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** {@link #num} with an explicit sign, for differences. */
    static String signed(double v) {
        String s = num(v);
        return Double.isFinite(v) && v > 0 ? "+" + s : s;
    }

    /** A JSON value as compact text: {@code key value, key value} for objects, one level deep. */
    static String inline(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.asText() : plain(node.asDouble());
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        StringBuilder sb = new StringBuilder();
        if (node.isArray()) {
            for (JsonNode e : node) {
                sb.append(sb.length() == 0 ? "" : ", ").append(inline(e));
            }
            return "[" + sb + "]";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ');
            JsonNode v = e.getValue();
            sb.append(v.isObject() ? "(" + inline(v) + ")" : inline(v));
        }
        return sb.toString();
    }

    /** A config number exactly as given (0.05 stays 0.05), without a trailing {@code .0}. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
