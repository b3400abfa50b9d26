package org.feedgym.agents.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.baseline.RandomAgent;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world checks of {@link AgentFiles#read}. */
class AgentFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path saveRandom(Path dir) throws IOException {
        new RandomAgent(AgentContext.of(ContractWorld.WORLD, 5)).save(dir);
        return dir.resolve(SavableAgent.DESCRIPTION_FILE);
    }

    @Test
    void aStatefulAgentWithoutItsContextIsRefused(@TempDir Path dir) throws IOException {
        Path file = saveRandom(dir);
        ObjectNode d = (ObjectNode) MAPPER.readTree(file.toFile());
        d.remove("context");
        MAPPER.writeValue(file.toFile(), d);
        IOException e = assertThrows(IOException.class,
                () -> AgentRegistry.builtIn().load(dir, AgentContext.of(ContractWorld.WORLD, 1)));
        assertEquals(file + ": $.context is required for agents of type 'random'", e.getMessage());
    }

    @Test
    void anotherCatalogOfTheSameSizeIsRefusedByItsFingerprint(@TempDir Path dir) throws IOException {
        Path file = saveRandom(dir);
        World other = WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 300, 6, 2, 8, null, null),
                null, null, null, new EpisodeConfig(40, 0)), ContractWorld.SEED + 1, null);
        assertEquals(ContractWorld.WORLD.catalog().size(), other.catalog().size());
        IOException e = assertThrows(IOException.class,
                () -> AgentRegistry.builtIn().load(dir, AgentContext.of(other, 1)));
        assertTrue(e.getMessage().startsWith(file + ": $.context.catalogFingerprint: the agent was saved from another"
                + " catalog of the same size"), e.getMessage());
    }

    @Test
    void theSameCatalogBuiltAgainLoads(@TempDir Path dir) throws IOException {
        saveRandom(dir);
        World again = WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 300, 6, 2, 8, null, null),
                null, null, null, new EpisodeConfig(40, 0)), ContractWorld.SEED, null);
        assertEquals("random", AgentRegistry.builtIn().load(dir, AgentContext.of(again, 1)).type());
    }

    @Test
    void theDescriptionIsWrittenWithoutLeavingTemporaryFiles(@TempDir Path dir) throws IOException {
        saveRandom(dir);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theDescriptionHasTheModeTheUmaskGivesANewFile(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "no POSIX permissions");
        Path description = saveRandom(Files.createDirectory(dir.resolve("agent")));
        Path reference = Files.createFile(dir.resolve("reference"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(description)));
    }

    @Test
    void aTruncatedDescriptionIsNotJsonWithItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = saveRandom(dir);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("\"state\"") + 4));
        assertEquals("random", AgentFiles.savedType(dir), "the type is read before the cut");
        IOException e = assertThrows(IOException.class,
                () -> AgentRegistry.builtIn().load(dir, AgentContext.of(ContractWorld.WORLD, 1)));
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                + ": line \\d+, column \\d+: Unexpected end-of-input[^\\n]*"), e.getMessage());
        assertTrue(!e.getMessage().contains("Source") && !e.getMessage().contains("start marker"), e.getMessage());
        // Cut after a field's value, Jackson's message points at the object's start marker with its source.
        Files.writeString(file, text.substring(0, text.lastIndexOf(',', text.indexOf("\"state\""))));
        IOException between = assertThrows(IOException.class,
                () -> AgentRegistry.builtIn().load(dir, AgentContext.of(ContractWorld.WORLD, 1)));
        assertTrue(between.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                + ": line \\d+, column \\d+: Unexpected end-of-input: expected close marker for Object"),
                between.getMessage());
    }

    @Test
    void aDescriptionCutBeforeItsTypeSaysWhereInOneLine(@TempDir Path dir) throws IOException {
        Path file = saveRandom(dir);
        Files.writeString(file, "{\n  \"format\": 1,\n  \"ty");
        IOException e = assertThrows(IOException.class, () -> AgentFiles.savedType(dir));
        assertTrue(e.getMessage().startsWith(file + ": line 3, column "), e.getMessage());
        assertTrue(!e.getMessage().contains("Source"), e.getMessage());
    }

    @Test
    void anEmptyDescriptionSaysTheFileIsEmpty(@TempDir Path dir) throws IOException {
        Path file = saveRandom(dir);
        Files.writeString(file, "");
        IOException e = assertThrows(IOException.class, () -> AgentFiles.savedType(dir));
        assertEquals(file + ": the file is empty", e.getMessage());
        Files.writeString(file, " \n");
        IOException load = assertThrows(IOException.class,
                () -> AgentFiles.read(dir, "random", Object.class, null, AgentContext.of(ContractWorld.WORLD, 1)));
        assertEquals(file + ": the file is empty", load.getMessage());
    }
}
