package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saved recommenders beyond the contract's round-trip: a trained matrix factorisation scores
 * offline exactly as before, and a saved state that does not fit its parameters or the catalog
 * is refused with the file and the field, never with an index out of bounds later.
 */
class RecommenderSaveLoadTest {

    private static final World WORLD = ContractWorld.WORLD;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fresh agent of {@code type} with small training runs (20 logged users). */
    private static SavableAgent create(String type) {
        AgentContext context = AgentContext.of(WORLD, 5);
        switch (type) {
            case ContentAgent.TYPE:
                return new ContentAgent(context);
            case UserProfileAgent.TYPE:
                return new UserProfileAgent(new UserProfileParameters(null), context);
            case CovisitationAgent.TYPE:
                return new CovisitationAgent(new CovisitationParameters(null, null, null, null, 20, null, null),
                        context);
            case ItemKnnAgent.TYPE:
                return new ItemKnnAgent(new ItemKnnParameters(null, null, 20, null, null), context);
            case UserKnnAgent.TYPE:
                return new UserKnnAgent(new UserKnnParameters(null, null, 20, null, null), context);
            case MatrixFactorizationAgent.TYPE:
                // 4 factors, 5 epochs, history 40.
                return new MatrixFactorizationAgent(
                        new MatrixFactorizationParameters(4, 5, null, null, 40, 20, null, null), context);
            default:
                throw new IllegalArgumentException(type);
        }
    }

    /** Trains {@code agent} (when trainable), lets it serve 5 steps of 8 evaluation users, and saves it. */
    private static void saveMidEvaluation(SavableAgent agent, Path dir) throws IOException, TrainingDivergedException {
        if (agent instanceof TrainableAgent trainable) {
            trainable.train(new Training(WORLD, 11L, TrainingLog.discard()));
        }
        VectorEnvironment population = WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(31, 8));
        int[] actions = new int[8];
        for (int t = 0; t < 5; t++) {
            agent.act(population.observations(), actions);
            agent.observe(population.step(actions));
        }
        agent.save(dir);
    }

    /** Applies {@code change} to the saved {@code "state"} and returns the registry's refusal to load it. */
    private static IOException loadTampered(Path dir, Consumer<ObjectNode> change) throws IOException {
        File file = dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile();
        ObjectNode root = (ObjectNode) JSON.readTree(file);
        change.accept((ObjectNode) root.get("state"));
        JSON.writeValue(file, root);
        return assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, AgentContext.of(WORLD, 9)));
    }

    private static void dropLast(ObjectNode state, String pointer) {
        ArrayNode a = (ArrayNode) state.at(pointer);
        a.remove(a.size() - 1);
    }

    private static void set(ObjectNode state, String pointer, int index, int value) {
        ((ArrayNode) state.at(pointer)).set(index, value);
    }

    @Test
    void aTruncatedFactorArrayIsRefusedNamingTheFileAndTheField(@TempDir Path dir) throws Exception {
        saveMidEvaluation(create(MatrixFactorizationAgent.TYPE), dir);

        IOException e = loadTampered(dir, s -> dropLast(s, "/model/itemFactors"));
        // 300 items × 4 factors.
        assertEquals(dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": $.state.model.itemFactors must hold 1200 numbers,"
                + " got 1199", e.getMessage());
    }

    @Test
    void aHistoryItemOutsideTheCatalogIsRefusedNamingTheFileAndTheField(@TempDir Path dir) throws Exception {
        saveMidEvaluation(create(ItemKnnAgent.TYPE), dir);

        IOException e = loadTampered(dir, s -> set(s, "/users/histories/items", 3, 300));
        assertEquals(dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": $.state.users.histories.items[3] must be a catalog"
                + " item in [0, 300), got 300", e.getMessage());
    }

    static Stream<Arguments> inconsistentStates() {
        return Stream.of(
                Arguments.of(MatrixFactorizationAgent.TYPE, "a count above the history capacity",
                        (Consumer<ObjectNode>) s -> set(s, "/users/histories/count", 0, 41),
                        "$.state.users.histories.count[0] must be in [0, 40], got 41"),
                Arguments.of(ItemKnnAgent.TYPE, "a ring head that is not the count of a history not yet full",
                        (Consumer<ObjectNode>) s -> set(s, "/users/histories/head", 0, -1),
                        "$.state.users.histories.head[0] must equal the count (5) while the history is not full,"
                                + " got -1"),
                Arguments.of(ItemKnnAgent.TYPE, "a neighbour that is not an item",
                        (Consumer<ObjectNode>) s -> set(s, "/similarities/neighbour", 0, -1),
                        "$.state.similarities.neighbour[0] must be an index in [0, 300), got -1"),
                Arguments.of(CovisitationAgent.TYPE, "row offsets out of order",
                        (Consumer<ObjectNode>) s -> set(s, "/counts/start", 1, 1_000_000),
                        "$.state.counts.start[2] must be >= the offset before it (1000000)"),
                Arguments.of(UserKnnAgent.TYPE, "a rating array shorter than its items",
                        (Consumer<ObjectNode>) s -> dropLast(s, "/ratings/userValue"),
                        "$.state.ratings.userValue must hold"),
                Arguments.of(UserProfileAgent.TYPE, "a profile array of the wrong length",
                        (Consumer<ObjectNode>) s -> dropLast(s, "/users/perUser"),
                        // 8 users × 8 embedding dimensions.
                        "$.state.users.perUser must hold 64 numbers, got 63"),
                Arguments.of(ContentAgent.TYPE, "no users",
                        (Consumer<ObjectNode>) s -> s.remove("users"),
                        "$.state.users is required"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inconsistentStates")
    void anInconsistentStateIsRefusedNamingTheFileAndTheField(String type, String what, Consumer<ObjectNode> change,
                                                              String expected, @TempDir Path dir) throws Exception {
        saveMidEvaluation(create(type), dir);

        IOException e = loadTampered(dir, change);
        assertTrue(e.getMessage().startsWith(dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": " + expected),
                e.getMessage());
    }

    @Test
    void aTrainedMatrixFactorisationScoresOfflineExactlyAsTheOriginalAfterLoading(@TempDir Path dir) throws Exception {
        MatrixFactorizationAgent original = (MatrixFactorizationAgent) create(MatrixFactorizationAgent.TYPE);
        saveMidEvaluation(original, dir);

        MatrixFactorizationAgent loaded = (MatrixFactorizationAgent) AgentRegistry.builtIn().load(dir,
                AgentContext.of(WORLD, 9));
        assertEquals(20, loaded.model().users(), "the logged training users");
        double[] expected = new double[WORLD.catalog().size()];
        double[] actual = new double[expected.length];
        for (int user = 0; user < loaded.model().users(); user++) {
            original.scoreItems(user, expected);
            loaded.scoreItems(user, actual);
            assertArrayEquals(expected, actual, "scores of user " + user);
        }
    }

    @Test
    void aSignalThatAJsonFloatWouldRoundIsRestoredToTheBit(@TempDir Path dir) throws IOException {
        // Float.toString gives 7.038531E-26, which read through a double narrows to the next float up.
        float signal = Float.intBitsToFloat(0x15ae43fd);
        ItemKnnAgent agent = (ItemKnnAgent) create(ItemKnnAgent.TYPE);
        Fixtures.watch(agent, new int[] {5}, new double[] {signal});
        agent.save(dir);

        ItemKnnAgent loaded = (ItemKnnAgent) AgentRegistry.builtIn().load(dir, AgentContext.of(WORLD, 9));
        assertEquals(Float.floatToRawIntBits(signal), Float.floatToRawIntBits(loaded.histories().signal(0, 0)));
    }

    @Test
    void anUntrainedModelIsSavedAsNoneAndLoadsUntrained(@TempDir Path dir) throws IOException {
        create(MatrixFactorizationAgent.TYPE).save(dir);

        MatrixFactorizationAgent loaded = (MatrixFactorizationAgent) AgentRegistry.builtIn().load(dir,
                AgentContext.of(WORLD, 9));
        assertNull(loaded.model());
        assertTrue(JSON.readTree(dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile()).at("/state/model").isNull());
    }

    @Test
    void aLoadedLogTrainedAgentAsksToBeFittedBeforeScoringOffline(@TempDir Path dir) throws Exception {
        saveMidEvaluation(create(ItemKnnAgent.TYPE), dir);
        ItemKnnAgent loaded = (ItemKnnAgent) AgentRegistry.builtIn().load(dir, AgentContext.of(WORLD, 9));
        assertNotNull(loaded.similarities());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> loaded.scoreItems(0, new double[WORLD.catalog().size()]));
        assertEquals("agent 'item-knn': fit it on the log before scoring offline (a loaded agent holds no log)",
                e.getMessage());
    }
}
