package org.feedgym.simulator.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.JsonErrors;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.Json;

/**
 * Reads and validates an offline config ({@link OfflineConfig}). Every problem becomes a
 * {@link ConfigException} naming the file, the JSON path and the rule; nothing is read or
 * written here.
 *
 * <p>Recommenders are resolved by the agent registry with its strict parameter parsing. The
 * parameters that only make sense in a simulation run ({@code trainingUsers}, {@code loggingPolicy},
 * {@code signal}, and {@code history} for {@code mf}) are rejected when given, and left out of
 * the resolved config: offline, the log and its signal come from {@code source}. The loaded
 * config holds the resolved recommenders (every default filled in) and the threshold in force.
 */
public final class OfflineConfigLoader {

    /** Agent parameters that belong to simulation runs only. */
    private static final List<String> ONLINE_ONLY = List.of("trainingUsers", "loggingPolicy", "signal");

    private final ObjectMapper mapper = Json.strictMapper();
    private final AgentRegistry registry;

    /** @param registry the registry the recommenders are resolved with */
    public OfflineConfigLoader(AgentRegistry registry) {
        this.registry = registry;
    }

    /**
     * True when a config tree is an offline config: it has no {@code "agents"} but one of the keys
     * only offline configs have ({@code source}, {@code split}, {@code recommenders}). An experiment
     * config rejects those keys, so the two kinds never overlap.
     */
    public static boolean isOffline(JsonNode tree) {
        return tree != null && tree.isObject() && !tree.has("agents")
                && (tree.has("recommenders") || tree.has("source") || tree.has("split"));
    }

    /** Reads and validates the config at {@code path}. */
    public LoadedOffline load(Path path) throws ConfigException {
        return parse(path.toString(), ConfigLoader.readText(path));
    }

    /** Validates config text; {@code file} names it in messages. */
    public LoadedOffline parse(String file, String text) throws ConfigException {
        JsonNode tree = ConfigLoader.readObject(mapper, file, text);
        OfflineConfig config;
        try {
            config = mapper.treeToValue(tree, OfflineConfig.class);
        } catch (JsonMappingException e) {
            throw new ConfigException(file, JsonErrors.path("$", e), JsonErrors.rule(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "$", e.getOriginalMessage());
        }
        Double threshold = config.relevance().threshold() != null ? config.relevance().threshold()
                : config.source().defaultThreshold();
        if (threshold == null) {
            throw new ConfigException(file, "$.relevance.threshold", "required for signal '" + config.source().signal()
                    + "' (it has no natural scale), e.g. {\"threshold\": 0.3}");
        }
        List<ResolvedAgent> agents = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ArrayNode resolvedAgents = mapper.createArrayNode();
        for (int i = 0; i < config.recommenders().size(); i++) {
            String at = "$.recommenders[" + i + "]";
            JsonNode node = config.recommenders().get(i);
            ResolvedAgent agent;
            try {
                agent = registry.resolve(mapper, node, at);
            } catch (AgentConfigException e) {
                throw new ConfigException(file, e.path(), e.rule());
            }
            if (!AgentRegistry.OFFLINE_TYPES.contains(agent.type())) {
                throw new ConfigException(file, at + ".type", "agent type '" + agent.type() + "' cannot rank items"
                        + " offline (it reads hidden user state or learns only online); types that can: "
                        + AgentRegistry.OFFLINE_TYPES);
            }
            for (String key : onlineOnly(agent.type())) {
                if (node.has(key)) {
                    throw new ConfigException(file, at + "." + key, "applies only to simulation runs; offline, the"
                            + " log and its signal come from $.source (and every ranked user is in the log)");
                }
            }
            if (!names.add(agent.name())) {
                throw new ConfigException(file, at + ".name", "duplicate recommender name '" + agent.name()
                        + "': give each recommender of the same type a distinct \"name\"");
            }
            if (config.source().type().equals("kuairand")) {
                requireNoCatalog(file, at, agent);
            }
            agents.add(agent);
            ObjectNode json = registry.toJson(mapper, agent);
            onlineOnly(agent.type()).forEach(json::remove);
            resolvedAgents.add(json);
        }
        List<JsonNode> resolvedList = new ArrayList<>();
        resolvedAgents.forEach(resolvedList::add);
        config = new OfflineConfig(config.name(), config.seed(), config.source(), resolvedList, config.k(),
                new RelevanceConfig(threshold), config.split());
        ObjectNode resolved = mapper.valueToTree(config);
        return new LoadedOffline(file, config, agents, threshold, resolved);
    }

    private static List<String> onlineOnly(String type) {
        if (type.equals("mf")) {
            List<String> keys = new ArrayList<>(ONLINE_ONLY);
            keys.add("history");
            return keys;
        }
        return ONLINE_ONLY;
    }

    /**
     * KuaiRand has no item content: its catalog embeds each video by the users who liked or
     * hated it, test rows included, so a content-based scorer would see the answers.
     */
    private void requireNoCatalog(String file, String at, ResolvedAgent agent) throws ConfigException {
        boolean needs;
        try {
            OfflineScorer scorer = registry.createScorer(agent, 0, null);
            needs = scorer.needsCatalog();
        } catch (IllegalStateException e) {
            needs = true;
        }
        if (needs) {
            throw new ConfigException(file, at + ".type", "'" + agent.type() + "' needs item embeddings, and source"
                    + " kuairand has none that are independent of its log (its catalog embeds each video by the users"
                    + " who liked or hated it, test rows included)");
        }
    }

    /** The mapper used to read and write offline configs. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
