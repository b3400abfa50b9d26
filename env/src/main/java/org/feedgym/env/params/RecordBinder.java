package org.feedgym.env.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a parameter record from the key/value map of a JSON object and writes it back, without a
 * JSON library: the record's components are the allowed keys, {@link Double} components take any
 * number, {@link Integer} components integral numbers, {@link Boolean} true/false and
 * {@link String} strings. The record's compact constructor applies defaults and ranges; every
 * problem becomes a {@link FieldException} naming the key.
 */
public final class RecordBinder {

    private RecordBinder() {
    }

    /**
     * The record of type {@code type} built from {@code values} (keys absent = null = default).
     *
     * @throws FieldException naming the key of an unknown key, a value of the wrong type or a
     *                        value the record rejects
     */
    public static <R extends Record> R bind(Class<R> type, Map<String, ?> values) {
        return bind(type, values, List.of());
    }

    /**
     * As {@link #bind(Class, Map)}, for values that sat in an object beside other keys its reader
     * took out first ({@code alsoAllowed}, such as {@code type}): an unknown key's message lists
     * them among the allowed keys.
     */
    public static <R extends Record> R bind(Class<R> type, Map<String, ?> values, List<String> alsoAllowed) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        for (String key : values.keySet()) {
            if (!names.contains(key)) {
                List<String> allowed = new ArrayList<>(names);
                allowed.addAll(alsoAllowed);
                throw new FieldException(key, UnknownKey.message(key, allowed));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = convert(components[i].getName(), types[i], values.get(components[i].getName()));
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw FieldException.named(iae);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The record's components as an ordered key/value map (null components left out). */
    public static Map<String, Object> toMap(Record value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                if (v != null) {
                    map.put(c.getName(), v);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    private static Object convert(String key, Class<?> type, Object v) {
        if (v == null) {
            return null;
        }
        if (type == Double.class && v instanceof Number n) {
            return n.doubleValue();
        }
        if (type == Integer.class && (v instanceof Integer || v instanceof Long || v instanceof Short)) {
            long l = ((Number) v).longValue();
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new FieldException(key, key + " must be an integer in the int range, got " + l);
            }
            return (int) l;
        }
        if (type.isInstance(v)) {
            return v;
        }
        String expected = type == Double.class ? "a number" : type == Integer.class ? "an integer"
                : type == Boolean.class ? "true or false" : type == String.class ? "a string" : "an object";
        String got = v instanceof String s ? "\"" + s + "\"" : v instanceof Map ? "an object" : String.valueOf(v);
        throw new FieldException(key, "expected " + expected + ", got " + got);
    }
}
