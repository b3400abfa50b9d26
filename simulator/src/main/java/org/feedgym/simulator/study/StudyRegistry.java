package org.feedgym.simulator.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.feedgym.agents.registry.JsonErrors;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.StagedDirectory;

/**
 * Studies by the value of a config's {@code "study"} key. {@link #builtIn()} holds the studies
 * on the classpath, found through {@link ServiceLoader} (the {@code studies} module registers
 * FeedGym's own). Reads study configs (a JSON object whose {@code "study"} names the study) and
 * runs them into a run directory: {@code config.resolved.json}, {@code summary.json},
 * {@code manifest.json} and the study's own files, all or nothing ({@link StagedDirectory}).
 */
public final class StudyRegistry {

    private static final ObjectMapper MAPPER = Json.strictMapper();

    private final Map<String, Study<?>> studies;

    private StudyRegistry(List<Study<?>> studies) {
        Map<String, Study<?>> byId = new LinkedHashMap<>();
        for (Study<?> s : studies) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("two studies have the id '" + s.id() + "': "
                        + byId.get(s.id()).getClass().getName() + " and " + s.getClass().getName());
            }
        }
        this.studies = byId;
    }

    /** The studies on the classpath ({@code META-INF/services/org.feedgym.simulator.study.Study}). */
    public static StudyRegistry builtIn() {
        List<Study<?>> found = new ArrayList<>();
        for (Study<?> s : loadServices()) {
            found.add(s);
        }
        return new StudyRegistry(found);
    }

    /** A registry of exactly these studies (tests, embedding). */
    public static StudyRegistry of(List<Study<?>> studies) {
        return new StudyRegistry(List.copyOf(studies));
    }

    // ServiceLoader takes a Class, and a class literal of a generic interface is raw.
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Iterable<Study<?>> loadServices() {
        return (Iterable) ServiceLoader.load(Study.class);
    }

    /** The known study ids, in registration order. */
    public List<String> ids() {
        return List.copyOf(studies.keySet());
    }

    /** The study with this id. */
    public Optional<Study<?>> find(String id) {
        return Optional.ofNullable(studies.get(id));
    }

    /**
     * A validated study config.
     *
     * @param study    the study it selects
     * @param source   the file as the user named it
     * @param config   the study's config record
     * @param resolved the config with every default filled in, as written to
     *                 {@code config.resolved.json}
     * @param <C>      the study's config record
     */
    public record Loaded<C extends StudyConfig>(Study<C> study, String source, C config, ObjectNode resolved) {

        /** The size of the run in a few words ({@link Study#describe}). */
        public String describe() {
            return study.describe(config);
        }
    }

    /**
     * What a finished study run produced.
     *
     * @param directory the run directory
     * @param summary   the content of {@code summary.json}
     * @param table     the summary as {@code feedgym study} prints it ({@link Study#render})
     */
    public record Run(Path directory, ObjectNode summary, String table) {
    }

    /** The mapper used for study configs and outputs. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** True when the JSON object is a study config (it has a {@code "study"} key). */
    public static boolean isStudy(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("study");
    }

    /** Reads and validates a study config. */
    public Loaded<?> load(Path path) throws ConfigException {
        return parse(path.toString(), ConfigLoader.readText(path));
    }

    /** Validates study config text; {@code file} names it in messages. */
    public Loaded<?> parse(String file, String text) throws ConfigException {
        JsonNode tree = ConfigLoader.readObject(MAPPER, file, text);
        JsonNode id = tree.get("study");
        if (id == null) {
            throw new ConfigException(file, "$.study", "missing: a study config names its study, one of " + ids()
                    + " (experiment configs run with 'feedgym run')");
        }
        Study<?> study = id.isTextual() ? studies.get(id.asText()) : null;
        if (study == null) {
            throw new ConfigException(file, "$.study", "unknown study " + id + "; known: " + ids()
                    + (studies.isEmpty() ? " (the studies module, feedgym-studies, is not on the classpath;"
                            + " ./feedgym includes it)" : ""));
        }
        return parse(file, tree, study);
    }

    private static <C extends StudyConfig> Loaded<C> parse(String file, JsonNode tree, Study<C> study)
            throws ConfigException {
        C config;
        try {
            config = MAPPER.treeToValue(tree, study.configType());
        } catch (JsonMappingException e) {
            throw new ConfigException(file, JsonErrors.path("$", e), JsonErrors.rule(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "$", e.getOriginalMessage());
        }
        return new Loaded<>(study, file, config, MAPPER.valueToTree(config));
    }

    /**
     * Runs a study and writes its run directory.
     *
     * @param out      the directory to create (must not exist or be empty)
     * @param threads  worker threads; results do not depend on them
     * @param clock    the start and end times in {@code manifest.json}
     * @param progress told as simulations finish
     */
    public static <C extends StudyConfig> Run run(Loaded<C> loaded, Path out, int threads, Clock clock,
                                                  Study.Progress progress) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Instant start = clock.instant();
        try (StagedDirectory dir = StagedDirectory.create(out)) {
            ObjectNode summary = loaded.study().run(loaded.config(), dir.path(), MAPPER, threads, progress);
            String resolved = MAPPER.writeValueAsString(loaded.resolved()) + "\n";
            Files.writeString(dir.path().resolve("config.resolved.json"), resolved, StandardCharsets.UTF_8);
            Files.writeString(dir.path().resolve("summary.json"), MAPPER.writeValueAsString(summary) + "\n",
                    StandardCharsets.UTF_8);
            ObjectNode manifest = Manifest.build(MAPPER, loaded.source(), resolved, loaded.config().seed(), threads,
                    start, clock.instant());
            manifest.put("study", loaded.study().id());
            Files.writeString(dir.path().resolve("manifest.json"), MAPPER.writeValueAsString(manifest) + "\n",
                    StandardCharsets.UTF_8);
            dir.commit();
            return new Run(dir.target(), summary, loaded.study().render(summary));
        }
    }
}
