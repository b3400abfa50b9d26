package org.feedgym.simulator.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A study reproduction with a world of its own (not the feed world): its own config, selected by
 * the config's top-level {@code "study"} value, its own simulation and its own output files. The
 * built-in studies live in the {@code studies} module and are found by {@link StudyRegistry}
 * through {@link java.util.ServiceLoader}: adding a study is implementing this interface and
 * naming the class in that module's {@code META-INF/services/org.feedgym.simulator.study.Study}.
 *
 * <p>What every study run has in common is done once, by {@link StudyRegistry#run}: the run
 * directory is staged and appears all or nothing, and {@code config.resolved.json},
 * {@code summary.json} and {@code manifest.json} are written the same way for every study. A
 * study writes only its own further files.
 *
 * <p>Implementations are stateless and have a public no-argument constructor (ServiceLoader).
 *
 * @param <C> the study's config record, read by Jackson with unknown properties rejected
 */
public interface Study<C extends StudyConfig> {

    /** Told as simulations finish (from any thread). */
    interface Progress {
        /** {@code done} of {@code total} simulations are finished. */
        void simulationsDone(int done, int total);

        /** No reporting. */
        Progress NONE = (done, total) -> { };
    }

    /** The value of the config's {@code "study"} key that selects this study, e.g. {@code "homogenization"}. */
    String id();

    /**
     * The config record Jackson reads the whole config object into. Its compact constructor
     * validates every field and fills in defaults, so the record written back is the resolved
     * config.
     */
    Class<C> configType();

    /**
     * The run in a few words, for {@code feedgym validate}: its size ("100 simulations x 100
     * users") and what a user should know before running it, such as whether it will be compared
     * with published figures.
     */
    String describe(C config);

    /**
     * Runs the study.
     *
     * @param config   the validated config
     * @param dir      the (staged) run directory: the study writes its own files here, besides
     *                 {@code config.resolved.json}, {@code summary.json} and {@code manifest.json},
     *                 which {@link StudyRegistry#run} writes
     * @param mapper   the mapper every study output is written with
     * @param threads  worker threads, at least 1; results must not depend on them
     * @param progress told as simulations finish
     * @return the content of {@code summary.json}
     * @throws IOException when a file cannot be written
     */
    ObjectNode run(C config, Path dir, ObjectMapper mapper, int threads, Progress progress) throws IOException;

    /** The summary as the table {@code feedgym study} prints, lines ending in a newline. */
    String render(JsonNode summary);
}
