package org.feedgym.simulator.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.StagedDirectory;

/**
 * Runs a validated offline config and writes its directory, all or nothing:
 * {@code config.resolved.json}, {@code manifest.json} (with the SHA-256 of every input file and
 * each recommender's fit and ranking time), {@code offline.json} and {@code offline.csv}
 * ({@link OfflineReport}).
 *
 * <p>Recommender {@code name} is created fresh with the seed {@code derive(seed, "recommender:" +
 * name, 0)}, fitted on the training rows and evaluated ({@link OfflineEvaluator}), one after the
 * other on the calling thread.
 */
public final class OfflineService {

    private final AgentRegistry registry;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CatalogOptions options;

    /**
     * @param registry the agent registry the recommenders come from
     * @param mapper   the mapper that writes the outputs
     * @param clock    start and end times of the manifest
     * @param options  embedding cache and progress lines (stderr in the CLI)
     */
    public OfflineService(AgentRegistry registry, ObjectMapper mapper, Clock clock, CatalogOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * What a finished run produced.
     *
     * @param directory the output directory
     * @param report    the {@code offline.json} document
     * @param results   per recommender, in config order
     * @param trainMean the train-mean errors on validation and test
     */
    public record Result(Path directory, ObjectNode report, List<OfflineEvaluator.Result> results,
                         OfflineEvaluator.Errors[] trainMean) {
    }

    /** Input that cannot be used (data unreadable, a model that diverges): the message names file, place and rule. */
    public static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Runs and writes.
     *
     * @param loaded the validated config
     * @param out    the directory to create (must not exist or be empty)
     * @throws InputException when the data cannot be read or a recommender cannot be trained
     * @throws IOException    when the output cannot be written
     */
    public Result run(LoadedOffline loaded, Path out) throws IOException {
        Instant start = clock.instant();
        OfflineConfig config = loaded.config();
        try (StagedDirectory dir = StagedDirectory.create(out)) {
            OfflineLog data = load(loaded);
            LogSplit split = LogSplit.of(data.log(), config.split(), config.seed());
            options.progress().accept(String.format(Locale.ROOT, "offline: %d rows of %d users over %d items; split"
                    + " %d / %d / %d rows (%s)", data.log().size(), OfflineReport.usersWithRows(data.log()),
                    data.log().itemCount(), split.count(LogSplit.TRAIN), split.count(LogSplit.VALIDATION),
                    split.count(LogSplit.TEST), config.split().method()));
            OfflineEvaluator evaluator = new OfflineEvaluator(split, config.k(), loaded.threshold());
            List<OfflineEvaluator.Result> results = new ArrayList<>();
            for (int i = 0; i < loaded.recommenders().size(); i++) {
                results.add(evaluate(loaded, i, data, evaluator));
            }
            OfflineEvaluator.Errors[] trainMean = {evaluator.trainMeanErrors(LogSplit.VALIDATION),
                evaluator.trainMeanErrors(LogSplit.TEST)};

            String resolved = mapper.writeValueAsString(loaded.resolved()) + "\n";
            write(dir, "config.resolved.json", resolved);
            ObjectNode report = OfflineReport.json(mapper, loaded, data, split, trainMean, results);
            write(dir, "offline.json", mapper.writeValueAsString(report) + "\n");
            write(dir, "offline.csv", OfflineReport.csv(config.k(), trainMean, results));
            Manifest manifest = Manifest.of(loaded.source(), resolved, config.seed(), 1, start, clock.instant());
            if (data.report() != null) {
                manifest = manifest.withInputs(data.report());
            }
            manifest = manifest.withTimings(results.stream()
                    .map(r -> new Manifest.Timing(r.name(), r.fitSeconds(), r.rankSeconds())).toList());
            write(dir, "manifest.json", manifest.toJson(mapper));
            dir.commit();
            return new Result(dir.target(), report, results, trainMean);
        }
    }

    private OfflineLog load(LoadedOffline loaded) throws InputException {
        try {
            return OfflineLog.load(loaded.config().source(), loaded.config().seed(), options);
        } catch (UncheckedIOException e) {
            throw new InputException(loaded.source() + ": $.source: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new InputException(loaded.source() + ": $.source: " + message(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(loaded.source() + ": $.source: " + e.getMessage(), e);
        }
    }

    private static String message(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "file not found: " + n.getFile();
        }
        return e.getMessage();
    }

    private OfflineEvaluator.Result evaluate(LoadedOffline loaded, int i, OfflineLog data, OfflineEvaluator evaluator)
            throws InputException {
        ResolvedAgent agent = loaded.recommenders().get(i);
        String at = loaded.source() + ": $.recommenders[" + i + "]";
        long seed = Seeds.derive(loaded.config().seed(), "recommender:" + agent.name(), 0);
        try {
            OfflineScorer scorer = registry.createScorer(agent, seed, data.catalog());
            OfflineEvaluator.Result r = evaluator.evaluate(agent.name(), scorer);
            options.progress().accept(String.format(Locale.ROOT, "offline: %s fitted in %.1f s, ranked in %.1f s",
                    agent.name(), r.fitSeconds(), r.rankSeconds()));
            return r;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InputException(at + ": " + e.getMessage(), e);
        } catch (TrainingDivergedException e) {
            throw new InputException(at + ": training diverged (" + e.getMessage() + "); try a smaller learningRate",
                    e);
        }
    }

    private static void write(StagedDirectory dir, String name, String text) throws IOException {
        Files.writeString(dir.path().resolve(name), text, StandardCharsets.UTF_8);
    }
}
