package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the saved file of a bandit holds and how a damaged one is refused. The round trip between
 * steps is the agent contract's; here a bandit is also saved between {@code act} and
 * {@code observe}, where pulls are still waiting for their outcomes.
 */
class BanditSaveLoadTest {

    private static final World WORLD = ContractWorld.WORLD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int USERS = 12;

    /** Every bandit variant: name, factory, and the fields of its saved state. */
    static Stream<Arguments> variants() {
        return Stream.of(
                variant("topic-epsilon-greedy", c -> new EpsilonGreedyAgent(new EpsilonGreedyParameters(0.2, 50, "topic"), c),
                        "arms", "generator", "pending"),
                variant("topic-ucb1 items", c -> new Ucb1Agent(new Ucb1Parameters(0.5, "item"), c), "arms", "pending"),
                variant("thompson", c -> new ThompsonAgent(new ThompsonParameters(null, null, null, null, null), c),
                        "arms", "failures", "generator", "pending"),
                variant("linucb shared", c -> new LinUcbAgent(new LinUcbParameters(null, null, "shared"), c),
                        "models", "pending"),
                variant("linucb disjoint", c -> new LinUcbAgent(new LinUcbParameters(0.5, 2.0, "disjoint"), c),
                        "models", "pending"),
                variant("linear-thompson shared",
                        c -> new LinearThompsonAgent(new LinearThompsonParameters(null, null, null), c),
                        "models", "generator", "pending"),
                variant("linear-thompson disjoint",
                        c -> new LinearThompsonAgent(new LinearThompsonParameters(0.3, 1.0, "disjoint"), c),
                        "models", "generator", "pending"));
    }

    private static Arguments variant(String name, Function<AgentContext, SavableAgent> create, String... fields) {
        return Arguments.of(name, create, List.of(fields));
    }

    private static VectorEnvironment population(long root) {
        VectorEnvironment population = WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(root, USERS));
        return population;
    }

    /** Runs {@code steps} whole steps of a population, so that the agent has learned something. */
    private static SavableAgent trained(Function<AgentContext, SavableAgent> create, int steps) {
        SavableAgent agent = create.apply(AgentContext.of(WORLD, 11));
        VectorEnvironment population = population(1);
        int[] actions = new int[USERS];
        for (int t = 0; t < steps && !population.allDone(); t++) {
            agent.act(population.observations(), actions);
            agent.observe(population.step(actions));
        }
        return agent;
    }

    private static Agent load(Path dir) throws IOException {
        return AgentRegistry.builtIn().load(dir, AgentContext.of(WORLD, 99));
    }

    private static ObjectNode description(Path dir) throws IOException {
        return (ObjectNode) JSON.readTree(dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile());
    }

    private static JsonNode savedState(SavableAgent agent, Path dir) throws IOException {
        agent.save(dir);
        return description(dir).get("state");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void anAgentSavedBetweenActAndObserveLearnsFromThatStepOnceLoaded(String name,
            Function<AgentContext, SavableAgent> create, List<String> fields, @TempDir Path dir) throws IOException {
        SavableAgent original = trained(create, 4);
        VectorEnvironment population = population(2);
        int[] actions = new int[USERS];
        original.act(population.observations(), actions);
        original.save(dir.resolve("mid-step"));
        assertEquals(USERS, description(dir.resolve("mid-step")).get("state").get("pending").size(),
                "every user is active at the first step, so every user's pull is pending");
        SavableAgent loaded = (SavableAgent) load(dir.resolve("mid-step"));

        StepOutcomes outcomes = population.step(actions);
        original.observe(outcomes);
        loaded.observe(outcomes);

        JsonNode expected = savedState(original, dir.resolve("original"));
        assertEquals(0, expected.get("pending").size());
        assertEquals(expected, savedState(loaded, dir.resolve("loaded")));
        int[] loadedActions = new int[USERS];
        while (!population.allDone()) {
            original.act(population.observations(), actions);
            loaded.act(population.observations(), loadedActions);
            for (int u = 0; u < USERS; u++) {
                if (population.observations().active(u)) {
                    assertEquals(actions[u], loadedActions[u], name + ": user " + u);
                }
            }
            outcomes = population.step(actions);
            original.observe(outcomes);
            loaded.observe(outcomes);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theSavedDescriptionIsReadableJsonWithTheTypeParametersAndState(String name,
            Function<AgentContext, SavableAgent> create, List<String> fields, @TempDir Path dir) throws IOException {
        SavableAgent agent = trained(create, 3);
        agent.save(dir);

        JsonNode d = description(dir);
        assertEquals(1, d.get("format").asInt());
        assertEquals(agent.type(), d.get("type").asText());
        Object parameters = parametersOf(agent);
        assertEquals(parameters, JSON.treeToValue(d.get("parameters"), parameters.getClass()));
        assertEquals(11, d.get("context").get("seed").asLong());
        assertEquals(WORLD.catalog().size(), d.get("context").get("catalogItems").asInt());
        List<String> names = new ArrayList<>();
        d.get("state").fieldNames().forEachRemaining(names::add);
        assertEquals(fields, names);
        assertEquals(0, d.get("state").get("pending").size(), "nothing is pending between steps");
    }

    /** The parameters of either kind of bandit agent, for comparing with the description. */
    private static Object parametersOf(Agent agent) {
        return agent instanceof ArmBanditAgent<?, ?> arm ? arm.parameters()
                : ((LinearBanditAgent<?, ?>) agent).parameters();
    }

    @Test
    void anEpsilonGreedyDescriptionHoldsEveryParameterWithItsDefault(@TempDir Path dir) throws IOException {
        new EpsilonGreedyAgent(new EpsilonGreedyParameters(null, null, null), AgentContext.of(WORLD, 5)).save(dir);

        JsonNode d = description(dir);
        assertEquals("topic-epsilon-greedy", d.get("type").asText());
        assertEquals(JSON.readTree("{\"epsilon\": 0.1, \"decayPulls\": 0, \"arms\": \"topic\"}"), d.get("parameters"));
        // One arm per topic of the contract world, none pulled yet.
        assertEquals(JSON.readTree("[0, 0, 0, 0, 0, 0]"), d.get("state").get("arms").get("pulls"));
        assertEquals(4, d.get("state").get("generator").size());
    }

    /** Saves a trained agent, applies {@code tamper} to its state, and returns the load's message. */
    private static String loadTampered(Path dir, Function<AgentContext, SavableAgent> create,
                                       Consumer<ObjectNode> tamper) throws IOException {
        trained(create, 3).save(dir);
        ObjectNode d = description(dir);
        tamper.accept((ObjectNode) d.get("state"));
        JSON.writeValue(dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile(), d);
        IOException e = assertThrows(IOException.class, () -> load(dir));
        String prefix = dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    @Test
    void statisticsOfTheWrongLengthAreRefusedWithTheField(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new Ucb1Agent(new Ucb1Parameters(null, null), c),
                s -> ((ArrayNode) s.get("arms").get("pulls")).remove(0));
        assertEquals("$.state.arms.pulls must hold 6 numbers, got 5", message);
    }

    @Test
    void aNegativePullCountIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new Ucb1Agent(new Ucb1Parameters(null, null), c),
                s -> ((ArrayNode) s.get("arms").get("pulls")).set(2, -3));
        assertEquals("$.state.arms.pulls[2] must be >= 0, got -3", message);
    }

    @Test
    void aMissingStateFieldIsNamed(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new Ucb1Agent(new Ucb1Parameters(null, null), c),
                s -> s.remove("arms"));
        assertEquals("$.state.arms is required", message);
    }

    @Test
    void aGeneratorStateThatNoGeneratorCanHaveIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir,
                c -> new EpsilonGreedyAgent(new EpsilonGreedyParameters(null, null, null), c),
                s -> s.set("generator", JSON.valueToTree(new long[] {2, 5, 0, 0})));
        assertEquals("$.state.generator: not a generator state: the first number must be odd and the last two not"
                + " both zero", message);
    }

    @Test
    void aGeneratorStateOfTheWrongLengthIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir,
                c -> new ThompsonAgent(new ThompsonParameters(null, null, null, null, null), c),
                s -> ((ArrayNode) s.get("generator")).remove(3));
        assertEquals("$.state.generator: a generator state is 4 numbers, got 3", message);
    }

    @Test
    void negativeThompsonCountsAreRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir,
                c -> new ThompsonAgent(new ThompsonParameters(null, null, null, null, null), c),
                s -> ((ArrayNode) s.get("failures")).set(1, -1.0));
        assertEquals("$.state.failures[1] must be >= 0, got -1.0", message);
    }

    @Test
    void disjointModelsMustBeOnePerTopic(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new LinUcbAgent(new LinUcbParameters(null, null, "disjoint"), c),
                s -> ((ArrayNode) s.get("models")).remove(5));
        assertEquals("$.state.models must hold 6 models (one per topic), got 5", message);
    }

    @Test
    void aModelMatrixOfTheWrongLengthIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir,
                c -> new LinearThompsonAgent(new LinearThompsonParameters(null, null, null), c),
                s -> ((ArrayNode) s.get("models").get(0).get("a")).remove(63));
        // d = 7 candidate features + an intercept: A is 8 × 8.
        assertEquals("$.state.models[0].a must hold 64 numbers, got 63", message);
    }

    @Test
    void aModelMatrixThatIsNotPositiveDefiniteIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new LinUcbAgent(new LinUcbParameters(null, null, null), c),
                s -> ((ArrayNode) s.get("models").get(0).get("a")).set(0, -1.0));
        assertEquals("$.state.models[0].a: A is not positive definite (pivot -1.0 at 0)", message);
    }

    @Test
    void anAsymmetricModelMatrixIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new LinUcbAgent(new LinUcbParameters(null, null, null), c),
                s -> ((ArrayNode) s.get("models").get(0).get("a")).set(1, 0.25));
        assertTrue(message.startsWith("$.state.models[0].a must be symmetric: entry (1, 0) is "), message);
        assertTrue(message.endsWith(", (0, 1) is 0.25"), message);
    }

    @Test
    void aPendingPullOfAnArmOutsideTheCatalogIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new Ucb1Agent(new Ucb1Parameters(null, null), c),
                s -> s.withArray("pending").add(JSON.createObjectNode().put("user", 3).put("arm", 6)));
        assertEquals("$.state.pending[0].arm must be in [0, 6), got 6", message);
    }

    @Test
    void pendingPullsMustBeInIncreasingUserOrder(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new LinUcbAgent(new LinUcbParameters(null, null, null), c), s -> {
            ArrayNode pending = s.withArray("pending");
            for (int user : new int[] {4, 4}) {
                ObjectNode pull = pending.addObject().put("user", user).put("model", 0);
                pull.set("context", JSON.valueToTree(new double[] {0, 0, 0, 0, 0, 0, 0, 1}));
            }
        });
        assertEquals("$.state.pending[1].user must be in [5, 10000000) (users in increasing order), got 4", message);
    }

    @Test
    void aHugePendingUserIndexIsRefusedBeforeAnythingIsAllocated(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new ThompsonAgent(new ThompsonParameters(null, null, null, null, null), c),
                s -> s.withArray("pending").add(JSON.createObjectNode().put("user", 2_000_000_000).put("arm", 0)));
        assertEquals("$.state.pending[0].user must be in [0, 10000000) (users in increasing order), got 2000000000",
                message);
    }

    @Test
    void aStateFieldOfAnotherBanditIsRefused(@TempDir Path dir) throws IOException {
        String message = loadTampered(dir, c -> new Ucb1Agent(new Ucb1Parameters(null, null), c),
                s -> s.set("generator", JSON.valueToTree(new long[] {1, 2, 3, 4})));
        assertEquals("$.state.generator: unknown key 'generator'; allowed keys: [arms, pending]", message);
    }
}
