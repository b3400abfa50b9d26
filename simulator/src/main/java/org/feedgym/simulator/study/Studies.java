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
import java.util.List;
import org.feedgym.agents.registry.JsonErrors;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.StagedDirectory;
import org.feedgym.simulator.study.homogenization.HomogenizationConfig;
import org.feedgym.simulator.study.homogenization.HomogenizationStudy;
import org.feedgym.simulator.study.homogenization.StudyOutput;
import org.feedgym.simulator.study.homogenization.StudyResult;

/**
 * Reads study configs (a JSON object whose {@code "study"} names the study) and runs them into a
 * run directory: {@code config.resolved.json}, {@code manifest.json} and the study's own files,
 * all or nothing ({@link StagedDirectory}).
 */
public final class Studies {

    /** The studies FeedGym knows, by the value of {@code "study"}. */
    public static final List<String> KNOWN = List.of(HomogenizationConfig.STUDY);

    private static final ObjectMapper MAPPER = Json.strictMapper();

    private Studies() {
    }

    /**
     * A validated study config.
     *
     * @param source   the file as the user named it
     * @param config   the study
     * @param resolved the config with every default filled in, as written to
     *                 {@code config.resolved.json}
     */
    public record Loaded(String source, HomogenizationConfig config, ObjectNode resolved) {
    }

    /**
     * What a finished study run produced.
     *
     * @param directory the run directory
     * @param result    every simulation's series
     * @param summary   the content of {@code summary.json}
     */
    public record Run(Path directory, StudyResult result, ObjectNode summary) {
    }

    /** The mapper used for study configs and outputs. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** True when the JSON object is a study config (it has a {@code "study"} key). */
    public static boolean isStudy(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("study");
    }

    /** True when the file holds a study config; false when it is not one or cannot be read. */
    public static boolean isStudy(Path path) {
        try {
            return isStudy(ConfigLoader.readObject(MAPPER, path.toString(), ConfigLoader.readText(path)));
        } catch (ConfigException e) {
            return false;
        }
    }

    /** Reads and validates a study config. */
    public static Loaded load(Path path) throws ConfigException {
        return parse(path.toString(), ConfigLoader.readText(path));
    }

    /** Validates study config text; {@code file} names it in messages. */
    public static Loaded parse(String file, String text) throws ConfigException {
        JsonNode tree = ConfigLoader.readObject(MAPPER, file, text);
        JsonNode study = tree.get("study");
        if (study == null) {
            throw new ConfigException(file, "$.study", "missing: a study config names its study, one of " + KNOWN
                    + " (experiment configs run with 'feedgym run')");
        }
        if (!study.isTextual() || !KNOWN.contains(study.asText())) {
            throw new ConfigException(file, "$.study", "unknown study " + study + "; known: " + KNOWN);
        }
        HomogenizationConfig config;
        try {
            config = MAPPER.treeToValue(tree, HomogenizationConfig.class);
        } catch (JsonMappingException e) {
            throw new ConfigException(file, JsonErrors.path("$", e), JsonErrors.rule(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "$", e.getOriginalMessage());
        }
        return new Loaded(file, config, MAPPER.valueToTree(config));
    }

    /**
     * Runs a study and writes its run directory.
     *
     * @param out      the directory to create (must not exist or be empty)
     * @param threads  worker threads; results do not depend on them
     * @param progress told as simulations finish
     */
    public static Run run(Loaded loaded, Path out, int threads, Clock clock, HomogenizationStudy.Progress progress)
            throws IOException {
        Instant start = clock.instant();
        try (StagedDirectory dir = StagedDirectory.create(out)) {
            StudyResult result = HomogenizationStudy.run(loaded.config(), threads, progress);
            String resolved = MAPPER.writeValueAsString(loaded.resolved()) + "\n";
            Files.writeString(dir.path().resolve("config.resolved.json"), resolved, StandardCharsets.UTF_8);
            ObjectNode summary = StudyOutput.writeAll(MAPPER, dir.path(), result);
            ObjectNode manifest = Manifest.build(MAPPER, loaded.source(), resolved, loaded.config().seed(), threads,
                    start, clock.instant());
            manifest.put("study", HomogenizationConfig.STUDY);
            Files.writeString(dir.path().resolve("manifest.json"), MAPPER.writeValueAsString(manifest) + "\n",
                    StandardCharsets.UTF_8);
            dir.commit();
            return new Run(dir.target(), result, summary);
        }
    }
}
