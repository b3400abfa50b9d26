package org.feedgym.agents.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.env.io.AtomicFiles;

/**
 * The one on-disk form of a saved agent, shared by every type: a directory holding
 * {@value SavableAgent#DESCRIPTION_FILE},
 * <pre>{@code
 * {"format": 1, "type": "topic-ucb1", "parameters": {...every parameter...},
 *  "context": {"candidateCount": 10, "observationDimension": 79, "userFeatureCount": 19, "seed": 7,
 *              "catalogItems": 2000, "catalogFingerprint": "5f0c..."},
 *  "state": {...what the agent learned, its per-user state and its random generator's state...}}
 * }</pre>
 * plus whatever files the type adds next to it (the DL4J model files of the neural agents). The
 * description is written last, through a temporary file and a rename, so a directory with a
 * description holds a complete agent.
 *
 * <p>Reading checks the format, the type, the parameters (through the parameter record's own
 * validation) and that the world the agent is loaded into offers the same number of candidates,
 * the same observation layout and the same catalog (size and fingerprint) as the one it was saved from; every
 * failure is an {@link IOException} naming the file, the field and the rule broken. A loader that
 * finds its state inconsistent (an array of the wrong length, say) throws an
 * {@link IllegalArgumentException} starting with the field's path ({@link StateChecks});
 * {@link AgentRegistry#load} reports it with the file's name.
 */
public final class AgentFiles {

    /** Version of the description format. */
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AgentFiles() {
    }

    /**
     * The world an agent was saved from.
     *
     * @param catalogItems       the catalog's item count, or {@code null} when the agent had no catalog
     * @param catalogFingerprint the catalog's {@link org.feedgym.env.world.Catalog#fingerprint()} in
     *                           hex, or {@code null} when the agent had no catalog
     */
    public record SavedContext(int candidateCount, int observationDimension, int userFeatureCount, long seed,
                               Integer catalogItems, String catalogFingerprint) {

        static SavedContext of(AgentContext context) {
            return new SavedContext(context.candidateCount(), context.observationDimension(),
                    context.userFeatureCount(), context.seed(),
                    context.catalog() == null ? null : context.catalog().size(),
                    context.catalog() == null ? null : Long.toHexString(context.catalog().fingerprint()));
        }
    }

    /** The description file's content. */
    record Description(Integer format, String type, JsonNode parameters, SavedContext context, JsonNode state) {
    }

    /**
     * A saved agent read back.
     *
     * @param type       its registry type
     * @param parameters its parameters
     * @param context    the context to recreate it with: the saved seed and sizes, and the catalog
     *                   of the world it is loaded into
     * @param state      what it learned, or {@code null} for a type without state
     */
    public record Saved<P, S>(String type, P parameters, AgentContext context, S state) {
    }

    /**
     * Writes the description of an agent into {@code dir} (created if missing). Call it after any
     * files of the agent's own, so that the description marks a complete directory.
     *
     * @param parameters the agent's parameter record
     * @param context    the context the agent was created with, or {@code null} for an agent that
     *                   acts the same in any world (a stateless scorer)
     * @param state      a Jackson-serialisable record of its state, or {@code null}
     */
    public static void write(Path dir, String type, Object parameters, AgentContext context, Object state)
            throws IOException {
        if (context == null && state != null) {
            throw new IllegalArgumentException("an agent of type '" + type + "' with state must be saved with the"
                    + " context it was created with");
        }
        Files.createDirectories(dir);
        Description d = new Description(FORMAT, type, MAPPER.valueToTree(parameters),
                context == null ? null : SavedContext.of(context),
                state == null ? null : MAPPER.valueToTree(state));
        Path target = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        AtomicFiles.write(target, out -> MAPPER.writeValue(out, d));
    }

    /**
     * The registry type named by the description in {@code dir}.
     *
     * @throws IOException when the description is missing, not JSON or names no type
     */
    public static String savedType(Path dir) throws IOException {
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no saved agent in " + dir + ": " + SavableAgent.DESCRIPTION_FILE + " is missing");
        }
        // Streams only up to "type" (written second): the state after it may be megabytes, and
        // the type's loader reads the whole file anyway.
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException(file + ": the file is empty");
            }
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("type")) {
                        if (value != JsonToken.VALUE_STRING) {
                            break;
                        }
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw notJson(file, e);
        }
        throw new IOException(file + ": $.type must be a string naming an agent type");
    }

    /**
     * Reads the description in {@code dir}.
     *
     * @param types      the registry types the caller reads
     * @param parameters the parameter record of those types
     * @param state      the state record, or {@code null} for a type without state
     * @param loading    the context of the world the agent is loaded into
     * @throws IOException naming the file, the field and the rule broken
     */
    public static <P, S> Saved<P, S> read(Path dir, Set<String> types, Class<P> parameters, Class<S> state,
                                          AgentContext loading) throws IOException {
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        Description d;
        try {
            d = MAPPER.readValue(file.toFile(), Description.class);
        } catch (JsonProcessingException e) {
            throw notJson(file, e);
        }
        if (d.format() == null) {
            throw new IOException(file + ": $.format is required (" + FORMAT + ")");
        }
        if (d.format() != FORMAT) {
            throw new IOException(file + ": $.format must be " + FORMAT + ", got " + d.format());
        }
        if (d.type() == null || !types.contains(d.type())) {
            throw new IOException(file + ": $.type must be one of " + types + ", got '" + d.type() + "'");
        }
        SavedContext saved = d.context();
        if (saved == null) {
            if (state != null) {
                throw new IOException(file + ": $.context is required for agents of type '" + d.type() + "'");
            }
            // A type without state acts the same in any world.
            saved = SavedContext.of(loading);
        }
        checkSame(file, "candidateCount", saved.candidateCount(), loading.candidateCount());
        checkSame(file, "observationDimension", saved.observationDimension(), loading.observationDimension());
        checkSame(file, "userFeatureCount", saved.userFeatureCount(), loading.userFeatureCount());
        if (saved.catalogItems() != null && loading.catalog() != null
                && saved.catalogItems() != loading.catalog().size()) {
            throw new IOException(file + ": $.context.catalogItems: the agent was saved from a catalog of "
                    + saved.catalogItems() + " items; this world's has " + loading.catalog().size());
        }
        if (saved.catalogFingerprint() != null && loading.catalog() != null
                && !saved.catalogFingerprint().equals(Long.toHexString(loading.catalog().fingerprint()))) {
            throw new IOException(file + ": $.context.catalogFingerprint: the agent was saved from another catalog"
                    + " of the same size (other items, topics or harmful flags: fingerprint "
                    + saved.catalogFingerprint() + ", this world's " + Long.toHexString(loading.catalog().fingerprint())
                    + "); its item indices would mean other items here");
        }
        P p = convert(file, "$.parameters", d.parameters() == null ? MAPPER.createObjectNode() : d.parameters(),
                parameters);
        S s = null;
        if (state != null) {
            if (d.state() == null || d.state().isNull()) {
                throw new IOException(file + ": $.state is required for agents of type '" + d.type() + "'");
            }
            s = convert(file, "$.state", d.state(), state);
        }
        AgentContext context = new AgentContext(saved.candidateCount(), saved.observationDimension(),
                saved.userFeatureCount(), saved.seed(), loading.catalog());
        return new Saved<>(d.type(), p, context, s);
    }

    /** {@link #read(Path, Set, Class, Class, AgentContext)} for a single type. */
    public static <P, S> Saved<P, S> read(Path dir, String type, Class<P> parameters, Class<S> state,
                                          AgentContext loading) throws IOException {
        return read(dir, Set.of(type), parameters, state, loading);
    }

    /**
     * {@code e} in one line after the file's name ({@code line L, column C: rule} for text that is
     * not JSON, {@code $.path: rule} for content that does not fit), or that the file is empty.
     */
    private static IOException notJson(Path file, JsonProcessingException e) throws IOException {
        if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return new IOException(file + ": the file is empty", e);
        }
        return new IOException(file + ": " + JsonErrors.oneLine(e), e);
    }

    private static void checkSame(Path file, String field, int saved, int loading) throws IOException {
        if (saved != loading) {
            throw new IOException(file + ": $.context." + field + ": the agent was saved for " + saved
                    + "; the world it is loaded into has " + loading);
        }
    }

    private static <T> T convert(Path file, String path, JsonNode node, Class<T> type) throws IOException {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw new IOException(file + ": " + JsonErrors.path(path, e) + ": " + JsonErrors.rule(e), e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": " + path + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + path + ": " + e.getMessage(), e);
        }
    }
}
