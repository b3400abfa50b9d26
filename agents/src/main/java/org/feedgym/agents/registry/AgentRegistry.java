package org.feedgym.agents.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.intervention.InterventionAgent;
import org.feedgym.agents.intervention.InterventionKind;
import org.feedgym.agents.intervention.Interventions;
import org.feedgym.agents.baseline.GreedyEngagementAgent;
import org.feedgym.agents.baseline.OracleAgent;
import org.feedgym.agents.baseline.PopularityAgent;
import org.feedgym.agents.baseline.RandomAgent;
import org.feedgym.agents.bandit.EpsilonGreedyAgent;
import org.feedgym.agents.bandit.EpsilonGreedyParameters;
import org.feedgym.agents.bandit.LinUcbAgent;
import org.feedgym.agents.bandit.LinUcbParameters;
import org.feedgym.agents.bandit.LinearThompsonAgent;
import org.feedgym.agents.bandit.LinearThompsonParameters;
import org.feedgym.agents.bandit.ThompsonAgent;
import org.feedgym.agents.bandit.ThompsonParameters;
import org.feedgym.agents.bandit.Ucb1Agent;
import org.feedgym.agents.bandit.Ucb1Parameters;
import org.feedgym.agents.bandit.UserEpsilonGreedyAgent;
import org.feedgym.agents.bandit.UserEpsilonGreedyParameters;
import org.feedgym.agents.bandit.UserUcbAgent;
import org.feedgym.agents.bandit.UserUcbParameters;
import org.feedgym.agents.recommender.ContentAgent;
import org.feedgym.agents.recommender.CovisitationAgent;
import org.feedgym.agents.recommender.CovisitationParameters;
import org.feedgym.agents.recommender.ItemKnnAgent;
import org.feedgym.agents.recommender.ItemKnnParameters;
import org.feedgym.agents.recommender.MatrixFactorizationAgent;
import org.feedgym.agents.recommender.MatrixFactorizationParameters;
import org.feedgym.agents.recommender.TwoTowerAgent;
import org.feedgym.agents.recommender.TwoTowerParameters;
import org.feedgym.agents.recommender.UserKnnAgent;
import org.feedgym.agents.recommender.UserKnnParameters;
import org.feedgym.agents.recommender.UserProfileAgent;
import org.feedgym.agents.recommender.UserProfileParameters;
import org.feedgym.env.UserSideIntervention;
import org.feedgym.env.params.UnknownKey;
import org.feedgym.env.world.Catalog;
import org.feedgym.agents.rl.AsyncAgent;
import org.feedgym.agents.rl.AsyncParameters;
import org.feedgym.agents.rl.DqnAgent;
import org.feedgym.agents.rl.DqnParameters;

/**
 * Agent types by registry id. {@link #builtIn()} holds every agent FeedGym ships; new agents
 * register here (see the README's "How to add an agent").
 */
public final class AgentRegistry {

    /**
     * The built-in types whose agents are {@link OfflineScorer}s and so can be evaluated on a log:
     * the random and popularity floors, the classic recommenders and the two-tower model. The
     * oracle and the engagement maximiser read hidden user state, and the bandits learn only online.
     */
    public static final List<String> OFFLINE_TYPES = List.of(RandomAgent.TYPE, PopularityAgent.TYPE,
            ContentAgent.TYPE, UserProfileAgent.TYPE, CovisitationAgent.TYPE, ItemKnnAgent.TYPE, UserKnnAgent.TYPE,
            MatrixFactorizationAgent.TYPE, TwoTowerAgent.TYPE);

    /**
     * Agent types that were renamed, with what the old name now has to be: the population-level
     * bandits became {@code topic-*} when the user-conditioned item-level ones of CIRS arrived.
     */
    static final Map<String, String> RENAMED = Map.of(
            "ucb1", "'" + Ucb1Agent.TYPE + "' (the population-level UCB1 over topic or item arms); for CIRS's"
                    + " user-conditioned item-level UCB use '" + UserUcbAgent.TYPE + "'",
            "epsilon-greedy", "'" + EpsilonGreedyAgent.TYPE + "' (the population-level ε-greedy over topic or"
                    + " item arms); for CIRS's user-conditioned item-level ε-greedy use '"
                    + UserEpsilonGreedyAgent.TYPE + "'");

    /** The type of an agent entry that reads a saved agent ({@link SavedAgentParameters}). */
    public static final String SAVED = "saved";

    private final Map<String, AgentType<?>> types;
    private final Map<String, InterventionKind<?>> interventions;

    /**
     * A registry of {@code types} plus the {@value #SAVED} type and the built-in interventions,
     * whose agents are created and read by this registry's own factories and loaders (an
     * intervention creates its inner agent through the registry).
     */
    private AgentRegistry(Map<String, AgentType<?>> types) {
        Map<String, AgentType<?>> all = new LinkedHashMap<>(types);
        Map<String, InterventionKind<?>> wrappers = new LinkedHashMap<>();
        for (InterventionKind<?> kind : Interventions.builtIn()) {
            wrappers.put(kind.type(), kind);
            add(all, new AgentType<>(kind.type(), kind.description(), InterventionParameters.class,
                    (p, ctx) -> createIntervention(kind, p, ctx), (dir, loading) -> InterventionAgent.load(kind, dir, loading, this::load)));
        }
        add(all, new AgentType<>(SAVED, "an agent saved by `feedgym run --save-agents`, read from `path`; evaluated"
                + " as saved unless `train` is true", SavedAgentParameters.class, this::loadSaved));
        this.types = Collections.unmodifiableMap(all);
        this.interventions = Collections.unmodifiableMap(wrappers);
    }

    /** The registry of every built-in agent. */
    public static AgentRegistry builtIn() {
        Map<String, AgentType<?>> t = new LinkedHashMap<>();
        add(t, new AgentType<>(RandomAgent.TYPE, "uniformly random candidate", NoParameters.class,
                (p, ctx) -> new RandomAgent(ctx), RandomAgent::load));
        add(t, new AgentType<>(PopularityAgent.TYPE, "most-viewed candidate", NoParameters.class,
                (p, ctx) -> new PopularityAgent(), stateless(PopularityAgent.TYPE, PopularityAgent::new)));
        add(t, new AgentType<>(GreedyEngagementAgent.TYPE,
                "myopic engagement maximiser; reads hidden user state, ignores harm", NoParameters.class,
                (p, ctx) -> new GreedyEngagementAgent(),
                stateless(GreedyEngagementAgent.TYPE, GreedyEngagementAgent::new)));
        add(t, new AgentType<>(OracleAgent.TYPE,
                "true expected immediate reward, harm penalty included; reads hidden user state",
                NoParameters.class, (p, ctx) -> new OracleAgent(), stateless(OracleAgent.TYPE, OracleAgent::new)));
        addBandits(t);
        addRecommenders(t);
        add(t, new AgentType<>(DqnAgent.DQN, "deep Q-network (Mnih et al. 2015); trains on training users",
                DqnParameters.class, (p, ctx) -> new DqnAgent(DqnAgent.DQN, p, ctx), DqnAgent::load));
        add(t, new AgentType<>(DqnAgent.DOUBLE_DQN, "Double DQN (van Hasselt et al. 2016); trains on training users",
                DqnParameters.class, (p, ctx) -> new DqnAgent(DqnAgent.DOUBLE_DQN, p, ctx), DqnAgent::load));
        add(t, new AgentType<>(AsyncAgent.NSTEP_Q, "RL4J asynchronous N-step Q-learning (Mnih et al. 2016); trains on training users",
                AsyncParameters.class, (p, ctx) -> new AsyncAgent(AsyncAgent.NSTEP_Q, p, ctx), AsyncAgent::load));
        add(t, new AgentType<>(AsyncAgent.A3C, "RL4J A3C actor-critic (Mnih et al. 2016); trains on training users",
                AsyncParameters.class, (p, ctx) -> new AsyncAgent(AsyncAgent.A3C, p, ctx), AsyncAgent::load));
        return new AgentRegistry(t);
    }

    /**
     * Online bandits; all but the shared linear ones need the catalog in their context. Each saves
     * what it learned, its pending pulls and its generator's position, and loads into a world whose
     * catalog gives it the same number of arms or models.
     */
    private static void addBandits(Map<String, AgentType<?>> t) {
        add(t, new AgentType<>(EpsilonGreedyAgent.TYPE,
                "population-level epsilon-greedy bandit over topic or item arms, learns online from the step reward",
                EpsilonGreedyParameters.class, EpsilonGreedyAgent::new, EpsilonGreedyAgent::load));
        add(t, new AgentType<>(Ucb1Agent.TYPE,
                "population-level UCB1 bandit (Auer et al. 2002) over topic or item arms, learns online from the"
                        + " step reward",
                Ucb1Parameters.class, Ucb1Agent::new, Ucb1Agent::load));
        add(t, new AgentType<>(UserUcbAgent.TYPE,
                "CIRS's UCB (Gao et al. 2023): each user's own reward model over items plus a count bonus",
                UserUcbParameters.class, UserUcbAgent::new, UserUcbAgent::load));
        add(t, new AgentType<>(UserEpsilonGreedyAgent.TYPE,
                "CIRS's epsilon-greedy (Gao et al. 2023): each user's own reward model over items, epsilon-random",
                UserEpsilonGreedyParameters.class, UserEpsilonGreedyAgent::new, UserEpsilonGreedyAgent::load));
        add(t, new AgentType<>(ThompsonAgent.TYPE,
                "Beta-Bernoulli Thompson sampling over topic or item arms; success = watch > threshold or like",
                ThompsonParameters.class, ThompsonAgent::new, ThompsonAgent::load));
        add(t, new AgentType<>(LinUcbAgent.TYPE,
                "LinUCB (Li et al. 2010) over the visible candidate features, learns online from the step reward",
                LinUcbParameters.class, LinUcbAgent::new, LinUcbAgent::load));
        add(t, new AgentType<>(LinearThompsonAgent.TYPE,
                "linear-Gaussian Thompson sampling (Agrawal & Goyal 2013) over the visible candidate features",
                LinearThompsonParameters.class, LinearThompsonAgent::new, LinearThompsonAgent::load));
    }

    /**
     * Classic recommenders; the collaborative ones train on a logged run of training users. All save
     * their model and their evaluation users' state.
     */
    private static void addRecommenders(Map<String, AgentType<?>> t) {
        add(t, new AgentType<>(ContentAgent.TYPE,
                "content-based: cosine of the user's history embedding and the item embedding",
                NoParameters.class, (p, ctx) -> new ContentAgent(ctx), ContentAgent::load));
        add(t, new AgentType<>(UserProfileAgent.TYPE,
                "content-based: cosine of the rating-weighted mean of the user's item embeddings and the item",
                UserProfileParameters.class, UserProfileAgent::new, UserProfileAgent::load));
        add(t, new AgentType<>(CovisitationAgent.TYPE,
                "item co-visitation counts from a logged run, voted by the user's recent items",
                CovisitationParameters.class, CovisitationAgent::new, CovisitationAgent::load));
        add(t, new AgentType<>(ItemKnnAgent.TYPE,
                "item-kNN collaborative filtering (adjusted cosine) trained on a logged run",
                ItemKnnParameters.class, ItemKnnAgent::new, ItemKnnAgent::load));
        add(t, new AgentType<>(UserKnnAgent.TYPE,
                "user-kNN collaborative filtering against the users of a logged run",
                UserKnnParameters.class, UserKnnAgent::new, UserKnnAgent::load));
        add(t, new AgentType<>(MatrixFactorizationAgent.TYPE,
                "biased matrix factorisation by SGD (Koren et al. 2009) trained on a logged run; users folded in",
                MatrixFactorizationParameters.class, MatrixFactorizationAgent::new,
                MatrixFactorizationAgent::load));
        add(t, new AgentType<>(TwoTowerAgent.TYPE,
                "two-tower neural retrieval (DL4J SameDiff): history tower vs item tower, cosine; trained on a logged run",
                TwoTowerParameters.class, TwoTowerAgent::new, TwoTowerAgent::load));
    }

    /** The loader of a type without parameters or state: the saved description names the type alone. */
    private static AgentLoader stateless(String type, Supplier<Agent> fresh) {
        return (dir, loading) -> {
            AgentFiles.read(dir, type, NoParameters.class, null, loading);
            return fresh.get();
        };
    }

    private static void add(Map<String, AgentType<?>> t, AgentType<?> type) {
        if (t.put(type.type(), type) != null) {
            throw new IllegalStateException("agent type registered twice: " + type.type());
        }
    }

    /**
     * This registry plus {@code type}: for agent types that can exist only where their factory
     * works (the Python policy of {@code feedgym serve}), never in {@link #builtIn()}.
     *
     * @throws IllegalStateException when the type is registered already
     */
    public AgentRegistry with(AgentType<?> type) {
        Map<String, AgentType<?>> all = new LinkedHashMap<>(types);
        all.remove(SAVED);
        all.keySet().removeAll(interventions.keySet());
        add(all, type);
        return new AgentRegistry(all);
    }

    /** The registered types, in registration order. */
    public Map<String, AgentType<?>> types() {
        return types;
    }

    /** The registered interventions (wrapper types, also in {@link #types()}), in registration order. */
    public Map<String, InterventionKind<?>> interventions() {
        return interventions;
    }

    /**
     * Validates one agent entry of a config.
     *
     * @param mapper a strict mapper (unknown keys and scalar coercion rejected)
     * @param node   the entry, e.g. {@code {"type": "random"}}
     * @param path   its JSON path, e.g. {@code $.agents[0]}
     */
    public ResolvedAgent resolve(ObjectMapper mapper, JsonNode node, String path) throws AgentConfigException {
        if (node == null || !node.isObject()) {
            throw new AgentConfigException(path, "an agent must be an object with a \"type\"");
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new AgentConfigException(path + ".type", "required string naming one of " + types.keySet());
        }
        AgentType<?> type = types.get(typeNode.asText());
        if (type == null && RENAMED.containsKey(typeNode.asText())) {
            throw new AgentConfigException(path + ".type", "agent type '" + typeNode.asText() + "' was renamed "
                    + RENAMED.get(typeNode.asText()));
        }
        if (type == null) {
            throw new AgentConfigException(path + ".type", "unknown agent type '" + typeNode.asText()
                    + "'" + UnknownKey.didYouMean(typeNode.asText(), types.keySet()) + "; known types: " + types.keySet()
                    + " (of which interventions, wrapping an \"agent\": " + interventions.keySet() + ")");
        }
        JsonNode nameNode = node.get("name");
        if (nameNode != null && (!nameNode.isTextual() || nameNode.asText().isBlank())) {
            throw new AgentConfigException(path + ".name", "must be a non-blank string");
        }
        ObjectNode params = ((ObjectNode) node).deepCopy();
        params.remove("type");
        params.remove("name");
        List<UserSideIntervention> environment = userSide(mapper, params.remove("environment"), path);
        ResolvedAgent inner = null;
        InterventionKind<?> kind = interventions.get(type.type());
        if (kind != null) {
            inner = resolveInner(mapper, kind, params.remove("agent"), path);
        }
        try {
            Object parameters = kind != null
                    ? new InterventionParameters(mapper.treeToValue(params, kind.parameters()), inner)
                    : mapper.treeToValue(params, type.parameters());
            String name = nameNode != null ? nameNode.asText() : defaultName(type.type(), parameters, path);
            // The ranker inside user-side interventions is the bare entry, named as a bare entry is,
            // whatever the wrapped entry is called: it is seeded, trained and compared as that one.
            String ranker = inner != null ? inner.ranker()
                    : nameNode != null && !environment.isEmpty() ? defaultName(type.type(), parameters, path) : name;
            if (nameNode == null) {
                for (UserSideIntervention e : environment) {
                    name = e.type() + "(" + name + ")";
                }
            }
            return new ResolvedAgent(type.type(), name, parameters, environment, ranker);
        } catch (JsonMappingException e) {
            List<String> entryKeys = kind != null ? List.of("type", "name", "environment", "agent")
                    : List.of("type", "name", "environment");
            throw new AgentConfigException(JsonErrors.path(path, e), JsonErrors.rule(e, entryKeys));
        } catch (JsonProcessingException e) {
            throw new AgentConfigException(path, e.getOriginalMessage());
        }
    }

    /**
     * The user-side interventions of an entry's {@code "environment"} list (at {@code path.environment}).
     *
     * @throws AgentConfigException when it is not a list of objects with a known {@code "type"}, or
     *                              a parameter breaks its rule
     */
    private static List<UserSideIntervention> userSide(ObjectMapper mapper, JsonNode node, String path)
            throws AgentConfigException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        String at = path + ".environment";
        if (!node.isArray()) {
            throw new AgentConfigException(at, "must be a list of user-side interventions, e.g. [{\"type\": \""
                    + UserSideIntervention.BREAK_PROMPT + "\"}]");
        }
        List<UserSideIntervention> list = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String item = at + "[" + i + "]";
            JsonNode entry = node.get(i);
            JsonNode type = entry.isObject() ? entry.get("type") : null;
            if (type == null || !type.isTextual()) {
                throw new AgentConfigException(item + ".type", "required string naming one of "
                        + UserSideIntervention.TYPES);
            }
            if (!UserSideIntervention.TYPES.contains(type.asText())) {
                throw new AgentConfigException(item + ".type", "unknown user-side intervention '" + type.asText()
                        + "'; known types: " + UserSideIntervention.TYPES + " (ranking-side interventions wrap"
                        + " the agent instead: " + Interventions.builtIn().stream().map(InterventionKind::type).toList()
                        + ")");
            }
            if (list.stream().anyMatch(e -> e.type().equals(type.asText()))) {
                throw new AgentConfigException(item + ".type", "user-side intervention '" + type.asText()
                        + "' is listed twice (each applies once per entry; tune its parameters instead)");
            }
            ObjectNode p = ((ObjectNode) entry).deepCopy();
            p.remove("type");
            try {
                list.add(new UserSideIntervention(type.asText(),
                        mapper.treeToValue(p, UserSideIntervention.parameterClass(type.asText()))));
            } catch (JsonMappingException e) {
                throw new AgentConfigException(JsonErrors.path(item, e), JsonErrors.rule(e, List.of("type")));
            } catch (JsonProcessingException e) {
                throw new AgentConfigException(item, e.getOriginalMessage());
            }
        }
        return list;
    }

    /**
     * The agent an intervention wraps, resolved at {@code path.agent}.
     *
     * @throws AgentConfigException when it is missing, or when the intervention appears again inside
     *                              itself (a stack applies each intervention once: tune its
     *                              parameters instead)
     */
    private ResolvedAgent resolveInner(ObjectMapper mapper, InterventionKind<?> kind, JsonNode node, String path)
            throws AgentConfigException {
        String at = path + ".agent";
        if (node == null || node.isNull()) {
            throw new AgentConfigException(at, "required: the agent intervention '" + kind.type()
                    + "' wraps, e.g. {\"type\": \"greedy-engagement\"}");
        }
        ResolvedAgent inner = resolve(mapper, node, at);
        if (!inner.environment().isEmpty()) {
            throw new AgentConfigException(at + ".environment", "user-side interventions wrap the environment of"
                    + " the whole entry: put them on the outermost agent");
        }
        for (ResolvedAgent a = inner; ; ) {
            if (a.type().equals(kind.type())) {
                throw new AgentConfigException(at + ".type", "intervention '" + kind.type()
                        + "' cannot wrap itself (each intervention applies once per stack; tune its parameters"
                        + " instead)");
            }
            if (a.parameters() instanceof SavedAgentParameters saved && savedStack(saved, at).contains(kind.type())) {
                throw new AgentConfigException(at + ".path", "intervention '" + kind.type() + "' cannot wrap itself:"
                        + " the saved agent is already " + a.name() + " (each intervention applies once per stack;"
                        + " tune its parameters instead)");
            }
            if (!(a.parameters() instanceof InterventionParameters wrapped)) {
                return inner;
            }
            a = wrapped.agent();
            at += ".agent";
        }
    }

    /** {@link #savedStack(Path)} of a saved entry at {@code at}, its read errors named at {@code at.path}. */
    private List<String> savedStack(SavedAgentParameters saved, String at) throws AgentConfigException {
        try {
            return savedStack(saved.directory());
        } catch (IOException e) {
            throw new AgentConfigException(at + ".path", e.getMessage());
        }
    }

    /**
     * An intervention's agent: its inner agent created in the same context (so a rule that changes
     * nothing acts exactly like the inner agent alone), wrapped; trainable when the inner agent
     * trains.
     */
    private Agent createIntervention(InterventionKind<?> kind, InterventionParameters p, AgentContext context) {
        return createIntervention(kind, p, context, this::create);
    }

    private Agent createIntervention(InterventionKind<?> kind, InterventionParameters p, AgentContext context,
                                     BiFunction<ResolvedAgent, AgentContext, Agent> core) {
        Agent inner = create(p.agent(), context, core);
        boolean innerTrains = !(p.agent().parameters() instanceof SavedAgentParameters saved) || saved.train();
        return InterventionAgent.of(kind, p.own(), inner, context, innerTrains);
    }

    /** The {@value #SAVED} type's factory: loads the saved agent into {@code context}'s world. */
    private Agent loadSaved(SavedAgentParameters saved, AgentContext context) {
        try {
            return load(saved.directory(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The type's id; for an intervention {@code TYPE(INNER)}; for a saved agent the type it was
     * saved as (a saved intervention: {@code TYPE(INNER)} after the types saved in its directories).
     */
    private String defaultName(String type, Object parameters, String path) throws AgentConfigException {
        if (parameters instanceof InterventionParameters wrapped) {
            return type + "(" + wrapped.agent().name() + ")";
        }
        if (!(parameters instanceof SavedAgentParameters saved)) {
            return type;
        }
        try {
            return savedName(saved.directory());
        } catch (IOException e) {
            throw new AgentConfigException(path + ".path", e.getMessage());
        }
    }

    /** The default name of the agent saved in {@code dir}: {@code TYPE(INNER)} down its stack. */
    private String savedName(Path dir) throws IOException {
        List<String> stack = savedStack(dir);
        String name = stack.get(stack.size() - 1);
        for (int i = stack.size() - 2; i >= 0; i--) {
            name = stack.get(i) + "(" + name + ")";
        }
        return name;
    }

    /** The types saved in {@code dir}, outermost first: each intervention's, then its inner agent's. */
    private List<String> savedStack(Path dir) throws IOException {
        List<String> types = new java.util.ArrayList<>();
        for (Path d = dir; ; d = d.resolve(InterventionAgent.INNER_DIRECTORY)) {
            String type = AgentFiles.savedType(d);
            types.add(type);
            if (!interventions.containsKey(type)) {
                return types;
            }
        }
    }

    /** The JSON form of a resolved agent, defaults filled in. */
    public ObjectNode toJson(ObjectMapper mapper, ResolvedAgent agent) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", agent.type());
        node.put("name", agent.name());
        if (agent.parameters() instanceof InterventionParameters wrapped) {
            node.setAll((ObjectNode) mapper.valueToTree(wrapped.own()));
            node.set("agent", toJson(mapper, wrapped.agent()));
        } else {
            node.setAll((ObjectNode) mapper.valueToTree(agent.parameters()));
        }
        if (!agent.environment().isEmpty()) {
            var list = node.putArray("environment");
            for (UserSideIntervention e : agent.environment()) {
                ObjectNode entry = list.addObject();
                entry.put("type", e.type());
                entry.setAll((ObjectNode) mapper.valueToTree(e.parameters()));
            }
        }
        return node;
    }

    /**
     * Reads an agent saved with {@link SavableAgent#save(Path)}: the {@code "type"} of its
     * {@value SavableAgent#DESCRIPTION_FILE} picks the registered type whose loader reads it.
     *
     * @param dir     the directory the agent was saved into
     * @param loading the context of the world the agent will act in (see {@link AgentLoader#load})
     * @throws IOException when the description is missing or unreadable, names an unknown type or
     *                     a type that cannot be loaded, or the type's loader fails
     */
    public Agent load(Path dir, AgentContext loading) throws IOException {
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        String savedType = AgentFiles.savedType(dir);
        AgentType<?> type = types.get(savedType);
        if (type == null) {
            throw new IOException(file + ": $.type: unknown agent type '" + savedType + "'; known types: "
                    + types.keySet());
        }
        if (type.loader() == null) {
            throw new IOException(file + ": $.type: agents of type '" + type.type() + "' cannot be loaded");
        }
        try {
            return type.loader().load(dir, loading);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a fresh agent; for a {@code saved} entry, loads the saved agent into {@code context}'s
     * world.
     *
     * @throws UncheckedIOException when a saved agent cannot be loaded (the message names the file,
     *                              the field and the rule broken)
     */
    public Agent create(ResolvedAgent agent, AgentContext context) {
        AgentType<?> type = types.get(agent.type());
        if (type == null) {
            throw new IllegalArgumentException("unknown agent type '" + agent.type() + "'");
        }
        return type.create(agent.parameters(), context);
    }

    /**
     * As {@link #create(ResolvedAgent, AgentContext)}, with the ranker at the core of the entry (the
     * innermost agent of an intervention stack, or the entry itself when it is none) made by
     * {@code core}: a run hands in a copy of a ranker it has already trained, and the interventions
     * are built around it as usual.
     */
    public Agent create(ResolvedAgent agent, AgentContext context, BiFunction<ResolvedAgent, AgentContext, Agent> core) {
        if (agent.parameters() instanceof InterventionParameters p) {
            return createIntervention(interventions.get(agent.type()), p, context, core);
        }
        return core.apply(agent, context);
    }

    /**
     * Creates a fresh offline scorer of a resolved agent, for ranking items of a log.
     *
     * @param agent   a resolved agent of one of {@link #OFFLINE_TYPES}
     * @param seed    the seed of all of its randomness
     * @param catalog the item catalog whose indices are the log's items, or {@code null} when the
     *                log has none (embedding-based scorers then fail)
     * @throws IllegalArgumentException when the type cannot rank offline
     * @throws IllegalStateException    when the type needs the catalog and none was given
     */
    public OfflineScorer createScorer(ResolvedAgent agent, long seed, Catalog catalog) {
        if (!OFFLINE_TYPES.contains(agent.type())) {
            throw new IllegalArgumentException("agent type '" + agent.type() + "' cannot rank items offline; types"
                    + " that can: " + OFFLINE_TYPES);
        }
        // Offline scorers never act: K and the observation sizes of the context are placeholders.
        Agent created = create(agent, new AgentContext(1, 1, 0, seed, catalog));
        if (!(created instanceof OfflineScorer scorer)) {
            throw new IllegalArgumentException("agent type '" + agent.type() + "' cannot rank items offline; types"
                    + " that can: " + OFFLINE_TYPES);
        }
        return scorer;
    }
}
