package org.feedgym.simulator.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a config's sweep into trials: each trial is the resolved base config with the sweep
 * values set at their parameter paths, validated like any config. A parameter path that names no
 * value of the resolved config, or a value a trial's config rejects, is a {@link ConfigException}
 * naming the sweep entry.
 */
public final class SweepExpander {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d+])*)");

    /** A parameter path inside one agent entry, e.g. {@code agents[1].type}; group 1 is the index. */
    private static final Pattern AGENT_ENTRY = Pattern.compile("agents\\[(\\d+)]\\.");

    private final ConfigLoader loader;

    public SweepExpander(ConfigLoader loader) {
        this.loader = loader;
    }

    /** The trials of {@code loaded}'s sweep, in order. */
    public List<SweepTrial> expand(LoadedConfig loaded) throws ConfigException {
        SweepConfig sweep = loaded.config().sweep();
        if (sweep == null) {
            throw new IllegalArgumentException("config has no sweep");
        }
        ObjectNode base = base(loaded);
        List<Map<String, JsonNode>> points = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (sweep.grid() != null) {
            for (String path : sweep.grid().keySet()) {
                requirePath(loaded.source(), base, path, "$.sweep.grid[\"" + path + "\"]");
            }
            points.add(new LinkedHashMap<>());
            for (Map.Entry<String, List<JsonNode>> e : sweep.grid().entrySet()) {
                List<Map<String, JsonNode>> next = new ArrayList<>();
                for (Map<String, JsonNode> p : points) {
                    for (JsonNode v : e.getValue()) {
                        Map<String, JsonNode> q = new LinkedHashMap<>(p);
                        q.put(e.getKey(), v);
                        next.add(q);
                    }
                }
                points = next;
            }
            for (int i = 0; i < points.size(); i++) {
                where.add("$.sweep.grid");
            }
        } else {
            for (int i = 0; i < sweep.list().size(); i++) {
                for (String path : sweep.list().get(i).keySet()) {
                    requirePath(loaded.source(), base, path, "$.sweep.list[" + i + "][\"" + path + "\"]");
                }
                points.add(sweep.list().get(i));
                where.add("$.sweep.list[" + i + "]");
            }
        }
        List<SweepTrial> trials = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String id = String.format("trial-%03d", i);
            LoadedConfig trial;
            try {
                trial = trial(loaded, base, points.get(i), id);
            } catch (ConfigException e) {
                throw new ConfigException(loaded.source(), where.get(i), "trial " + id + " " + points.get(i)
                        + " is invalid: " + e.where() + ": " + e.rule());
            }
            trials.add(new SweepTrial(id, points.get(i), trial));
        }
        return trials;
    }

    /**
     * Refuses a user's sweep in which two trials resolve to the same config (a value listed twice,
     * {@code 1} and {@code 1.0}, or a trial setting a parameter to the value the base config already
     * has, beside the base itself): every figure of the later trial would repeat the earlier one's.
     * Generated designs (a sensitivity analysis's sample points) may repeat a point and are not
     * checked.
     *
     * @throws ConfigException at the later trial's place in the sweep, naming both trials
     */
    public static void refuseRepeatedTrials(LoadedConfig loaded, List<SweepTrial> trials) throws ConfigException {
        boolean grid = loaded.config().sweep().grid() != null;
        Map<JsonNode, SweepTrial> seen = new HashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            SweepTrial trial = trials.get(i);
            SweepTrial earlier = seen.putIfAbsent(trial.config().resolved(), trial);
            if (earlier != null) {
                throw new ConfigException(loaded.source(), grid ? "$.sweep.grid" : "$.sweep.list[" + i + "]",
                        "trial " + trial.id() + " (" + trial.label() + ") runs the same config as " + earlier.id()
                                + " (" + earlier.label() + "), so its figures would repeat them; list each"
                                + " setting once");
            }
        }
    }

    /**
     * The config {@code loaded} becomes with {@code point}'s values set (without its sweep and
     * sensitivity sections), validated as any config is.
     *
     * @throws ConfigException the first rule the changed config breaks
     */
    public LoadedConfig trial(LoadedConfig loaded, Map<String, JsonNode> point, String label) throws ConfigException {
        return trial(loaded, base(loaded), point, label);
    }

    /**
     * The resolved config a trial starts from: without its sweep, and without its sensitivity
     * section (a sensitivity analysis runs as a sweep of its sample points; its trials are plain runs).
     */
    private static ObjectNode base(LoadedConfig loaded) {
        ObjectNode base = loaded.resolved().deepCopy();
        base.remove("sweep");
        base.remove("sensitivity");
        return base;
    }

    private LoadedConfig trial(LoadedConfig loaded, ObjectNode base, Map<String, JsonNode> point, String label)
            throws ConfigException {
        ObjectNode tree = base.deepCopy();
        for (String path : point.keySet()) {
            Matcher m = AGENT_ENTRY.matcher(path);
            if (m.lookingAt()) {
                int i = Integer.parseInt(m.group(1));
                unnameDefaulted(tree.path("agents").path(i), loaded.config().agents().get(i));
            }
        }
        for (Map.Entry<String, JsonNode> e : point.entrySet()) {
            set(tree, e.getKey(), e.getValue());
        }
        try {
            return loader.parse(loaded.source() + " (" + label + ")", loader.mapper().writeValueAsString(tree));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes from a resolved agent entry the names the registry filled in (where the config's
     * entry, or its wrapped {@code "agent"}, had no {@code "name"}), so that a trial changing the
     * entry's type or parameters gets the default name of what it now runs; explicit names stay.
     */
    private static void unnameDefaulted(JsonNode resolved, JsonNode written) {
        if (!(resolved instanceof ObjectNode entry) || written == null || !written.isObject()) {
            return;
        }
        if (!written.has("name")) {
            entry.remove("name");
        }
        unnameDefaulted(entry.get("agent"), written.get("agent"));
    }

    private static void requirePath(String file, JsonNode root, String path, String where) throws ConfigException {
        valueAt(file, root, path, where);
    }

    /**
     * The value a parameter path names in a resolved config tree (a sweep's and a sensitivity
     * analysis's paths mean the same).
     *
     * @param file  the config file, for messages
     * @param root  the resolved config tree
     * @param path  e.g. {@code world.reward.harmPenalty} or {@code agents[1].epsilon}
     * @param where the JSON path of the entry that names it, for messages
     * @throws ConfigException when the path is malformed, names nothing, or names a section
     */
    public static JsonNode valueAt(String file, JsonNode root, String path, String where) throws ConfigException {
        JsonNode node = root;
        for (Object step : parse(file, path, where)) {
            node = step instanceof String key ? node.get(key) : node.isArray() ? node.get((Integer) step) : null;
            if (node == null) {
                // A built-in persona's parameters are not written out unless the config defines it.
                String hint = path.startsWith("world.users.defs.")
                        ? "; a built-in persona's parameters become paths once the config defines it under"
                        + " world.users.defs (as experiments/sensitivity-audit.json does)"
                        : "";
                throw new ConfigException(file, where, "unknown parameter path '" + path
                        + "': it names no value of the resolved config (see config.resolved.json of a run)" + hint);
            }
        }
        if (node.isContainerNode() && !path.equals("agents")) {
            throw new ConfigException(file, where, "parameter path '" + path + "' names a section; name a value inside it");
        }
        return node;
    }

    private static void set(ObjectNode root, String path, JsonNode value) throws ConfigException {
        List<Object> steps = parse("", path, "");
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object s = steps.get(i);
            node = s instanceof String key ? node.get(key) : node.get((Integer) s);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) node).set(key, value);
        } else {
            ((ArrayNode) node).set((Integer) last, value);
        }
    }

    private static List<Object> parse(String file, String path, String where) throws ConfigException {
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new ConfigException(file, where, "malformed parameter path '" + path
                        + "'; expected names and indices such as world.reward.harmPenalty or agents[1].epsilon");
            }
            steps.add(m.group(1));
            Matcher idx = Pattern.compile("\\[(\\d+)]").matcher(m.group(2));
            while (idx.find()) {
                steps.add(Integer.parseInt(idx.group(1)));
            }
        }
        return steps;
    }
}
