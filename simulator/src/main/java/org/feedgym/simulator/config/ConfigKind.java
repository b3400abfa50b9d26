package org.feedgym.simulator.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.study.StudyRegistry;

/**
 * What a config is, from its top-level keys, and so which command runs it: an experiment
 * ({@code feedgym run}), a study reproduction (a {@code "study"} key: {@code feedgym study}) or an
 * offline evaluation (no {@code "agents"}, but {@code "recommenders"}, {@code "source"} or
 * {@code "split"}: {@code feedgym offline}). The one place commands ask.
 */
public enum ConfigKind {
    /** An experiment: agents in a simulated world. */
    EXPERIMENT,
    /** A study reproduction. */
    STUDY,
    /** An offline evaluation of recommenders on a log. */
    OFFLINE;

    /** The kind of the config {@code tree}; a tree of no other kind is an experiment. */
    public static ConfigKind of(JsonNode tree) {
        if (StudyRegistry.isStudy(tree)) {
            return STUDY;
        }
        return OfflineConfigLoader.isOffline(tree) ? OFFLINE : EXPERIMENT;
    }

    /**
     * The config at {@code file} as a tree, or {@code null} when it cannot be read as a JSON
     * object (the experiment loader then names the problem).
     */
    public static JsonNode read(Path file) {
        try {
            return ConfigLoader.readObject(Json.strictMapper(), file.toString(), ConfigLoader.readText(file));
        } catch (ConfigException e) {
            return null;
        }
    }

    /** The kind of the config at {@code file}; an unreadable one counts as an experiment. */
    public static ConfigKind of(Path file) {
        JsonNode tree = read(file);
        return tree == null ? EXPERIMENT : of(tree);
    }
}
