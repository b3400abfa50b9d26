package org.feedgym.env.usermodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.RecordBinder;
import org.feedgym.env.params.UnknownKey;

/**
 * The {@code world.userModel} section of a config: one entry per {@link Part}, each
 * {@code {"type": <registry id>, <parameter>: <value>, ...}}. A part left out, or a parameter left
 * out, gets its default, and the resolved config lists them all, so a run records every value its
 * users were simulated with. Defaults are FeedGym's original constants: with them nothing moves.
 *
 * <pre>{@code
 * "userModel": {
 *   "response": {"type": "lognormal-watch", "affinity": 3.5, "watchCap": 5},
 *   "negative": {"intercept": -3}
 * }
 * }</pre>
 *
 * <p>Immutable. Every problem is a {@link FieldException} naming the place below
 * {@code userModel} ({@code response.type}, {@code response.affinity}) and the rule.
 */
public final class UserModelConfig {

    private final Map<Part, String> types;
    private final Map<Part, Record> parameters;

    private UserModelConfig(Map<Part, String> types, Map<Part, Record> parameters) {
        this.types = Collections.unmodifiableMap(new EnumMap<>(types));
        this.parameters = Collections.unmodifiableMap(new EnumMap<>(parameters));
    }

    /** Every part of its default type with default parameters. */
    public static UserModelConfig defaults() {
        return fromJson(Map.of());
    }

    /**
     * The config of a JSON object's key/value map (as a JSON reader gives it: nested maps,
     * numbers, strings).
     *
     * @throws FieldException naming the key of an unknown part, unknown type or bad parameter
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UserModelConfig fromJson(Map<String, Object> json) {
        return fromJson(json, UserModelParts.builtIn());
    }

    /** {@link #fromJson(Map)} against {@code registry}. */
    public static UserModelConfig fromJson(Map<String, Object> json, UserModelParts registry) {
        Map<String, Object> values = json == null ? Map.of() : json;
        List<String> keys = java.util.Arrays.stream(Part.values()).map(Part::key).toList();
        for (String key : values.keySet()) {
            if (!keys.contains(key)) {
                throw new FieldException(key, UnknownKey.message(key, keys));
            }
        }
        Map<Part, String> types = new EnumMap<>(Part.class);
        Map<Part, Record> parameters = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Object node = values.get(part.key());
            if (node != null && !(node instanceof Map)) {
                throw new FieldException(part.key(), "expected an object such as {\"type\": \"" + part.defaultType()
                        + "\"}, got " + node);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = node == null ? Map.of() : (Map<String, Object>) node;
            Object typeValue = entry.get("type");
            if (typeValue != null && !(typeValue instanceof String)) {
                throw new FieldException(part.key() + ".type", "expected a string naming one of "
                        + registry.ids(part) + ", got " + typeValue);
            }
            String type = typeValue == null ? part.defaultType() : (String) typeValue;
            PartType<?> registered = registry.type(part, type);
            Map<String, Object> rest = new LinkedHashMap<>(entry);
            rest.remove("type");
            try {
                parameters.put(part, RecordBinder.bind(registered.parameters(), rest, List.of("type")));
            } catch (IllegalArgumentException e) {
                throw FieldException.under(part.key(), e);
            }
            types.put(part, type);
        }
        return new UserModelConfig(types, parameters);
    }

    /** This config as a JSON object's key/value map, every default filled in. */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", types.get(part));
            entry.putAll(RecordBinder.toMap(parameters.get(part)));
            json.put(part.key(), entry);
        }
        return json;
    }

    /** The type id of {@code part}. */
    public String type(Part part) {
        return types.get(part);
    }

    /** The validated parameter record of {@code part}. */
    public Record parameters(Part part) {
        return parameters.get(part);
    }

    /**
     * This config with one part replaced: {@code json} is the part's entry (type and parameters).
     *
     * @throws FieldException as {@link #fromJson(Map)}
     */
    public UserModelConfig with(Part part, Map<String, Object> json) {
        Map<String, Object> all = toJson();
        all.put(part.key(), json);
        return fromJson(all);
    }

    /** The implementation of {@code part}, built through the built-in registry. */
    public <M> M create(Part part, Class<M> model) {
        return create(part, model, UserModelParts.builtIn());
    }

    /** The implementation of {@code part}, built through {@code registry}. */
    public <M> M create(Part part, Class<M> model, UserModelParts registry) {
        return model.cast(registry.type(part, types.get(part)).create(parameters.get(part)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserModelConfig c && c.types.equals(types) && c.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, parameters);
    }

    @Override
    public String toString() {
        return "UserModelConfig" + toJson();
    }
}
