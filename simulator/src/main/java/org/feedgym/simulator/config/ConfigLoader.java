package org.feedgym.simulator.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.JsonErrors;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.params.UnknownKey;
import org.feedgym.simulator.sensitivity.SensitivityPlan;

/**
 * Reads and validates an experiment config. Every problem becomes a {@link ConfigException}
 * naming the file, the JSON path and the rule; nothing is run or written here.
 */
public final class ConfigLoader {

    private final ObjectMapper mapper = Json.strictMapper();
    private final AgentRegistry registry;

    public ConfigLoader(AgentRegistry registry) {
        this.registry = registry;
    }

    /** Reads and validates the config at {@code path}. */
    public LoadedConfig load(Path path) throws ConfigException {
        return parse(path.toString(), readText(path));
    }

    /**
     * The text of a config file.
     *
     * @throws ConfigException naming the file when it is missing, a directory, unreadable or not UTF-8
     */
    public static String readText(Path path) throws ConfigException {
        String file = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new ConfigException(file, "file", "is a directory, expected a JSON config file");
            }
            return Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, "file", "does not exist" + (path.isAbsolute() ? ""
                    : " (a relative path is read from the working directory, "
                            + Path.of("").toAbsolutePath() + ")"));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file, "file", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file, "file", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses config text that must hold one JSON object.
     *
     * @throws ConfigException with the line and column of a syntax error, or {@code $} when the
     *                         text is empty or not an object
     */
    public static JsonNode readObject(ObjectMapper mapper, String file, String text) throws ConfigException {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String at = JsonErrors.location(e);
            throw new ConfigException(file, at == null ? "syntax" : at, "invalid JSON: " + JsonErrors.syntaxRule(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ConfigException(file, "$", "the file is empty; expected a JSON object");
        }
        if (!tree.isObject()) {
            throw new ConfigException(file, "$", "expected a JSON object, got " + tree.getNodeType().name().toLowerCase());
        }
        rejectNulls(file, tree, "$");
        return tree;
    }

    /**
     * A config states values or leaves keys out; an explicit {@code null} would silently mean the
     * default (a {@code "catalog": null} ran the synthetic catalog), so it is refused at its path.
     */
    private static void rejectNulls(String file, JsonNode node, String path) throws ConfigException {
        if (node.isNull()) {
            throw new ConfigException(file, path, "expected a value, got null (leave the key out for its default)");
        }
        if (node.isObject()) {
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                rejectNulls(file, e.getValue(), path + (key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? "." + key
                        : "['" + key + "']"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectNulls(file, node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Validates config text; {@code file} names it in messages. */
    public LoadedConfig parse(String file, String text) throws ConfigException {
        JsonNode tree = readObject(mapper, file, text);
        switch (ConfigKind.of(tree)) {
            case STUDY -> throw new ConfigException(file, "$.study", "this is a study config: run it with 'feedgym study "
                    + file + "'");
            case OFFLINE -> throw new ConfigException(file, "$", "this is an offline config: run it with 'feedgym offline "
                    + file + "'");
            case EXPERIMENT -> { }
        }
        ExperimentConfig config;
        try {
            config = mapper.treeToValue(tree, ExperimentConfig.class);
        } catch (JsonMappingException e) {
            throw new ConfigException(file, JsonErrors.path("$", e), JsonErrors.rule(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "$", e.getOriginalMessage());
        }
        List<ResolvedAgent> agents = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ArrayNode resolvedAgents = mapper.createArrayNode();
        for (int i = 0; i < config.agents().size(); i++) {
            String at = "$.agents[" + i + "]";
            try {
                ResolvedAgent agent = registry.resolve(mapper, config.agents().get(i), at);
                if (!names.add(agent.name())) {
                    throw new ConfigException(file, at + ".name", "duplicate agent name '" + agent.name()
                            + "': give each agent of the same type a distinct \"name\"");
                }
                agents.add(agent);
                resolvedAgents.add(registry.toJson(mapper, agent));
            } catch (AgentConfigException e) {
                throw new ConfigException(file, e.path(), e.rule());
            }
        }
        String baseline = config.comparison().baseline();
        if (baseline == null) {
            baseline = names.contains("random") ? "random" : agents.get(0).name();
        } else if (!names.contains(baseline)) {
            throw new ConfigException(file, "$.comparison.baseline", "unknown agent '" + baseline
                    + "'; agents in this config: " + agents.stream().map(ResolvedAgent::name).toList());
        }
        ComparisonConfig c = config.comparison();
        // Named personas must be in the population: an unknown one would silently drop every ratio.
        List<String> personas = List.copyOf(config.world().users().personas().keySet());
        for (String key : List.of("vulnerable", "control")) {
            String persona = key.equals("vulnerable") ? c.vulnerable() : c.control();
            if (tree.path("comparison").has(key) && !personas.contains(persona)) {
                throw new ConfigException(file, "$.comparison." + key, "unknown persona '" + persona
                        + "'" + UnknownKey.didYouMean(persona, personas) + "; personas in this config's population: "
                        + personas);
            }
        }
        config = new ExperimentConfig(config.name(), config.seed(), config.world(), config.evaluation(), config.agents(),
                config.metrics(), new ComparisonConfig(baseline, c.vulnerable(), c.control(), c.bootstrapSamples(),
                        c.runInterval()),
                config.sweep(), config.sensitivity());
        ObjectNode resolved = mapper.valueToTree(config);
        resolved.set("agents", resolvedAgents);
        LoadedConfig loaded = new LoadedConfig(file, config, agents, resolved);
        if (config.sweep() != null) {
            // Expanding the sweep validates every parameter path and every trial's config now.
            SweepExpander.refuseRepeatedTrials(loaded, new SweepExpander(this).expand(loaded));
        }
        if (config.sensitivity() != null) {
            // Every path, range, metric and conclusion is checked now, before anything is written.
            checkSensitivityBounds(loaded, SensitivityPlan.of(loaded));
        }
        return loaded;
    }

    /**
     * Each parameter's low and high end, set alone into the config, must give a valid config: a
     * bound outside what the parameter allows is named at its own path
     * ({@code $.sensitivity.parameters[0].high}), not at a sample point the user never wrote.
     */
    private void checkSensitivityBounds(LoadedConfig loaded, SensitivityPlan plan) throws ConfigException {
        SweepExpander expander = new SweepExpander(this);
        for (int i = 0; i < plan.factors().size(); i++) {
            SensitivityPlan.Factor factor = plan.factors().get(i);
            for (String end : List.of("low", "high")) {
                JsonNode value = factor.value(end.equals("low") ? 0 : 1);
                String at = "$.sensitivity.parameters[" + i + "]." + end;
                try {
                    expander.trial(loaded, Map.of(factor.path(), value), at);
                } catch (ConfigException e) {
                    throw new ConfigException(loaded.source(), at, factor.path() + " = " + value
                            + " is not a valid config: " + e.where() + ": " + e.rule());
                }
            }
        }
    }

    /** The mapper used to read and write configs. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
