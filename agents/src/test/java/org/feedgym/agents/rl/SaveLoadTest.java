package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaveLoadTest {

    private static World world;
    private static DqnAgent trained;

    @BeforeAll
    static void trainBriefly() throws TrainingDivergedException {
        world = WorldFactory.create(QuickstartWorld.config(), 42L, null);
        AgentContext context = new AgentContext(world.candidateCount(), world.observationDimension(),
                world.userFeatureCount(), 3L);
        trained = new DqnAgent(DqnAgent.DOUBLE_DQN, new DqnParameters(List.of(32, 32), null, null, null, null, 1_000,
                null, 5_000, null, 2_000, null, 200, null), context);
        trained.train(new Training(world, 9L, TrainingLog.discard()));
    }

    /** Steps two populations of the same users in lockstep, one per agent, and compares every action. */
    private static void assertSameActions(Agent original, Agent loaded) {
        long[] seeds = new long[300];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(77L, "user", u);
        }
        VectorEnvironment a = world.vectorEnvironment(null);
        VectorEnvironment b = world.vectorEnvironment(null);
        a.reset(seeds);
        b.reset(seeds);
        int[] actionsA = new int[seeds.length];
        int[] actionsB = new int[seeds.length];
        int steps = 0;
        while (!a.allDone()) {
            original.act(a.observations(), actionsA);
            loaded.act(b.observations(), actionsB);
            assertArrayEquals(actionsA, actionsB, "actions at step " + steps);
            a.step(actionsA);
            b.step(actionsB);
            steps++;
        }
        assertTrue(b.allDone(), "both populations end together");
        assertTrue(steps > 10, "the comparison covered " + steps + " steps");
    }

    @Test
    void aLoadedAgentTakesExactlyTheActionsOfTheSavedOne(@TempDir Path dir) throws IOException {
        trained.save(dir);
        DqnAgent loaded = DqnAgent.load(dir, trained.context());

        assertEquals(trained.type(), loaded.type());
        assertEquals(trained.parameters(), loaded.parameters());
        assertEquals(trained.context(), loaded.context());
        assertEquals(2_000, loaded.trainedSteps());
        assertSameActions(trained, loaded);
    }

    @Test
    void theRegistryLoadsASavedAgentByTheTypeInItsDescription(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Agent loaded = AgentRegistry.builtIn().load(dir, trained.context());

        assertInstanceOf(DqnAgent.class, loaded);
        assertEquals("double-dqn", loaded.type());
        assertSameActions(trained, loaded);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nstep-q", "a3c"})
    void aLoadedAsynchronousAgentTakesExactlyTheActionsOfTheSavedOne(String type, @TempDir Path dir)
            throws IOException, TrainingDivergedException {
        AsyncAgent agent = new AsyncAgent(type, new AsyncParameters(List.of(16), null, null, null, null, 500, null,
                null, null), new AgentContext(world.candidateCount(), world.observationDimension(),
                world.userFeatureCount(), 4L));
        agent.train(new Training(world, 9L, TrainingLog.discard()));
        agent.save(dir);

        Agent loaded = AgentRegistry.builtIn().load(dir, agent.context());
        assertInstanceOf(AsyncAgent.class, loaded);
        assertEquals(type, loaded.type());
        assertEquals(agent.describeNetworks(), ((AsyncAgent) loaded).describeNetworks());
        assertSameActions(agent, loaded);
    }

    @Test
    void writesADescriptionAndAModelFile(@TempDir Path dir) throws IOException {
        trained.save(dir);

        JsonNode d = new ObjectMapper().readTree(dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile());
        assertEquals("double-dqn", d.get("type").asText());
        assertEquals(1, d.get("format").asInt());
        assertEquals(16 + 3 + 10 * 7, d.get("context").get("observationDimension").asInt());
        assertEquals(List.of(32, 32), List.of(d.get("parameters").get("hiddenLayers").get(0).asInt(),
                d.get("parameters").get("hiddenLayers").get(1).asInt()));
        assertEquals(DqnAgent.NETWORK_FILE, d.get("state").get("networks").get("q").get("file").asText());
        assertTrue(Files.size(dir.resolve(DqnAgent.NETWORK_FILE)) > 0);
    }

    @Test
    void loadingAnEmptyDirectorySaysWhatIsMissing(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, trained.context()));
        assertEquals("no saved agent in " + dir + ": agent.json is missing", e.getMessage());
    }

    @Test
    void loadingAnIncompleteDescriptionSaysWhichFieldIsWrong(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(SavableAgent.DESCRIPTION_FILE), "{\"type\": \"dqn\"}");
        IOException e = assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, trained.context()));
        assertEquals(dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": $.format is required (1)", e.getMessage());
    }

    @Test
    void loadingIntoAWorldWithAnotherCandidateCountFails(@TempDir Path dir) throws IOException {
        trained.save(dir);
        AgentContext other = new AgentContext(world.candidateCount() + 1, world.observationDimension(),
                world.userFeatureCount(), 3L);
        IOException e = assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, other));
        assertEquals(dir.resolve(SavableAgent.DESCRIPTION_FILE) + ": $.context.candidateCount: the agent was saved for "
                + world.candidateCount() + "; the world it is loaded into has " + (world.candidateCount() + 1),
                e.getMessage());
    }

    @Test
    void aMissingModelFileIsNamed(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Files.delete(dir.resolve(DqnAgent.NETWORK_FILE));
        IOException e = assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, trained.context()));
        assertTrue(e.getMessage().contains(DqnAgent.NETWORK_FILE), e.getMessage());
    }

    @Test
    void aDescriptionWhoseLayersDisagreeWithTheModelFileIsRefused(@TempDir Path dir) throws IOException {
        trained.save(dir);
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        Files.writeString(file, Files.readString(file).replaceFirst("\"hiddenLayers\" : \\[ 32, 32 \\]",
                "\"hiddenLayers\" : [ 64, 64 ]"));
        IOException e = assertThrows(IOException.class, () -> AgentRegistry.builtIn().load(dir, trained.context()));
        assertTrue(e.getMessage().contains("the network's hidden layers are [32, 32]; $.parameters.hiddenLayers in "
                + file + " says [64, 64]"), e.getMessage());
    }
}
