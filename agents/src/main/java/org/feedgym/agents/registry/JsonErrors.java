package org.feedgym.agents.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.UnknownKey;

/**
 * Turns Jackson's exceptions into a JSON path and a one-line rule a person can act on:
 * {@code $.world.candidates.k} and {@code k must be in [2, 500], got 0}.
 */
public final class JsonErrors {

    /** The words that follow a key when a rule is about that key alone. */
    private static final Set<String> RULE_VERBS = Set.of("must", "is", "are", "applies", "needs",
            "cannot", "may", "has");

    private JsonErrors() {
    }

    /**
     * The JSON path of the value a mapping exception is about, under {@code prefix} (e.g.
     * {@code $}). When an object's constructor rejected a value below it with a
     * {@link FieldException} ({@code world.userModel}'s parts, persona definitions), the path goes
     * down to that value: {@code $.world.userModel.response.affinity}.
     */
    public static String path(String prefix, JsonMappingException e) {
        String path = objectPath(prefix, e);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof FieldException f) {
                return f.field().isEmpty() ? path : path + "." + f.field();
            }
        }
        String field = ruleField(e);
        return field == null ? path : path + "." + field;
    }

    /**
     * The key a record's constructor named when it rejected its input: a rule that opens with one
     * of the record's JSON keys and a verb ({@code "days must be in [1, 365], got 0"} from the
     * episode record) is about that key, so the path goes down to it ({@code $.world.episode.days}),
     * as it does for a {@link FieldException}. {@code null} when the rule names no key of the record.
     */
    private static String ruleField(JsonMappingException e) {
        if (!(e instanceof ValueInstantiationException v) || v.getType() == null
                || !v.getType().getRawClass().isRecord()) {
            return null;
        }
        String rule = rule(e);
        if (rule == null) {
            return null;
        }
        String[] words = rule.split(" ", 3);
        // "k must be ...", "source is required": a rule about one key. "train + validation + test
        // must be 1" is about several and keeps the object's path.
        if (words.length < 2 || !RULE_VERBS.contains(words[1])) {
            return null;
        }
        String first = words[0];
        for (RecordComponent c : v.getType().getRawClass().getRecordComponents()) {
            // @JsonProperty on a component reaches its accessor (the annotation has no record-component target).
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            String key = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            if (key.equals(first)) {
                return key;
            }
        }
        return null;
    }

    private static String objectPath(String prefix, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(prefix);
        List<JsonMappingException.Reference> refs = e.getPath();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What rule the input broke, without Jackson's class names and source locations. */
    public static String rule(JsonProcessingException e) {
        return rule(e, List.of());
    }

    /**
     * As {@link #rule(JsonProcessingException)}, for an object bound after its reader took some
     * keys out ({@code alsoAllowed}, such as an agent entry's {@code type} and {@code name}): an
     * unknown key at the object's top level lists them among the allowed keys.
     */
    public static String rule(JsonProcessingException e, List<String> alsoAllowed) {
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            }
            if (u.getPath().size() <= 1) {
                known.addAll(alsoAllowed);
            }
            return UnknownKey.message(u.getPropertyName(), known);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            while (cause.getCause() != null && cause.getCause() != cause
                    && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            String written = writtenNumber(f);
            String range = outOfRange(f.getTargetType(), f.getValue());
            return "expected " + typeName(f.getTargetType()) + ", got " + (written != null ? written : quote(f.getValue()))
                    + range + (range.isEmpty() && isInteger(f.getTargetType()) && f.getValue() instanceof Double d
                    && d == Math.rint(d) ? " (an integer is written without a decimal point or exponent)" : "");
        }
        if (syntaxError(e) instanceof InputCoercionException c && c.getTargetType() != null) {
            String written = c.getProcessor() == null ? null : text(c.getProcessor());
            return "expected " + typeName(c.getTargetType()) + ", got " + (written != null ? written : "a number")
                    + (c.getTargetType() == Long.TYPE || c.getTargetType() == Long.class
                    ? " (outside the integers up to " + Long.MAX_VALUE + ")"
                    : " (outside the integers up to " + Integer.MAX_VALUE + ")");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String found = found(m);
            return "expected " + typeName(m.getTargetType()) + ", got "
                    + (found != null ? found : describeToken(m.getOriginalMessage()));
        }
        return e.getOriginalMessage();
    }

    /**
     * The rule a text that is not JSON broke, in words: Jackson's message without its source
     * dump, and for {@code NaN} or {@code Infinity} what JSON allows instead.
     */
    public static String syntaxRule(JsonProcessingException e) {
        String message = withoutSource(e.getOriginalMessage());
        if (message.startsWith("Non-standard token '")) {
            String token = message.substring("Non-standard token '".length(), message.indexOf('\'', 20));
            return token + " is not a JSON number (JSON has no NaN or Infinity): write a finite number";
        }
        return message;
    }

    /**
     * One line for any JSON error of a file FeedGym reads: {@code $.agents[0].type: expected a
     * string, got 3} for content that does not fit, {@code line 4, column 12: Unexpected character
     * ...} for text that is not JSON, never Jackson's class names or source dumps.
     */
    public static String oneLine(JsonProcessingException e) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            String at = location(syntax);
            return (at == null ? "" : at + ": ") + syntaxRule(syntax);
        }
        if (e instanceof JsonMappingException m) {
            return path("$", m) + ": " + withoutSource(rule(m));
        }
        return withoutSource(e.getOriginalMessage());
    }

    /** Where in the text {@code e} happened, {@code line 4, column 12}; {@code null} when Jackson cannot tell. */
    public static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The text-is-not-JSON error behind {@code e} (databind wraps the parser's), or {@code null}. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    /** Drops Jackson's {@code (for Array starting at [Source: ...; line: 2, column: 13])} tails. */
    private static String withoutSource(String message) {
        if (message == null) {
            return "";
        }
        int source = message.indexOf("[Source:");
        if (source < 0) {
            return message;
        }
        int open = message.lastIndexOf(" (", source);
        return (open >= 0 ? message.substring(0, open) : message.substring(0, source)).trim();
    }

    /**
     * The value the parser stood on when the input did not fit, as the user wrote it
     * ({@code "abc"}, {@code 1e12}, an object); {@code null} when it cannot tell.
     */
    private static String found(MismatchedInputException m) {
        if (!(m.getProcessor() instanceof JsonParser p)) {
            return null;
        }
        try {
            JsonToken t = p.currentToken();
            if (t == null) {
                return null;
            }
            return switch (t) {
                case VALUE_STRING -> "\"" + p.getText() + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "null";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                default -> null;
            };
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }

    /**
     * A number as the user wrote it ({@code 3.0}), from the parser standing on it; null when the
     * parser no longer has the text (it then prints large numbers as {@code 1.0E9}, which
     * {@link #quote} writes out in full instead).
     */
    private static String writtenNumber(InvalidFormatException f) {
        if (!(f.getProcessor() instanceof JsonParser p) || !(f.getValue() instanceof Number)) {
            return null;
        }
        JsonToken t = p.currentToken();
        String text = t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT ? text(p) : null;
        return text == null || text.indexOf('E') >= 0 || text.indexOf('e') >= 0 ? null : text;
    }

    private static String text(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isInteger(Class<?> target) {
        return target == Integer.class || target == int.class || target == Long.class || target == long.class;
    }

    private static String quote(Object v) {
        if (v instanceof Double d && Double.isFinite(d) && d == Math.rint(d)) {
            // 1e12 arrives as the double 1.0E12: show the whole number the user meant.
            return new BigDecimal(d).toPlainString();
        }
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /** Why a whole number was refused where an integer belongs: it does not fit the integer. */
    private static String outOfRange(Class<?> target, Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return "";
        }
        if ((target == Integer.class || target == int.class)
                && (n.doubleValue() > Integer.MAX_VALUE || n.doubleValue() < Integer.MIN_VALUE)) {
            return " (outside the integers up to " + Integer.MAX_VALUE + ")";
        }
        if ((target == Long.class || target == long.class)
                && (n.doubleValue() >= 0x1p63 || n.doubleValue() < -0x1p63)) {
            return " (outside the integers up to " + Long.MAX_VALUE + ")";
        }
        return "";
    }

    private static String describeToken(String originalMessage) {
        if (originalMessage == null) {
            return "a value of another type";
        }
        if (originalMessage.startsWith("Cannot map `null`")) {
            return "null";
        }
        int from = originalMessage.indexOf("from ");
        String tail = from >= 0 ? originalMessage.substring(from + 5) : originalMessage;
        int dot = tail.indexOf(';');
        tail = dot >= 0 ? tail.substring(0, dot) : tail;
        return tail.replace("(VALUE_STRING)", "").replace("(VALUE_NUMBER_FLOAT)", "")
                .replace("(VALUE_NUMBER_INT)", "").replace("(START_OBJECT)", "")
                .replace("(START_ARRAY)", "").replace("(VALUE_TRUE)", "").replace("(VALUE_FALSE)", "").trim();
    }

    /** A friendly name for a Java target type. */
    public static String typeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
