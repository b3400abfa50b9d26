package org.feedgym.simulator.sweep;

import org.feedgym.simulator.output.Directories;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.config.SweepExpander;
import org.feedgym.simulator.config.SweepTrial;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.env.io.AtomicFiles;

/**
 * Runs every trial of a sweep and writes the sweep directory:
 * <pre>
 * DIR/config.resolved.json   the sweep config, every default filled in
 * DIR/sweep-plan.json        trial ids and values, and the config hash (for resuming)
 * DIR/trials/trial-000/...   each trial's own run directory (summary, episodes, timeseries, ...)
 * DIR/summary.json           every trial's agents with their sweep values and metrics
 * DIR/manifest.json          provenance, including how many trials were reused
 * </pre>
 * Trials run on a {@link TrialExecutor}: a local pool of threads, or another engine such as Spark,
 * one thread per trial, so results are identical whatever the thread count or engine. Each trial
 * directory appears atomically when the trial finishes; a sweep started again on the same
 * directory with the same config reuses the finished trials, whichever engine wrote them.
 */
public final class SweepRunner {

    private final AgentRegistry registry;
    private final ConfigLoader loader;
    private final Clock clock;

    public SweepRunner(AgentRegistry registry, ConfigLoader loader, Clock clock) {
        this.registry = registry;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * What a sweep produced.
     *
     * @param directory the sweep directory
     * @param trials    number of trials
     * @param reused    trials found finished and not run again
     * @param failed    ids and errors of trials that failed
     * @param summary   the sweep summary
     */
    public record Result(Path directory, int trials, int reused, Map<String, String> failed, SweepSummary summary) {
    }

    /** Thrown when the output directory belongs to another run. */
    public static final class DirectoryConflict extends IOException {
        private static final long serialVersionUID = 1L;

        DirectoryConflict(String message) {
            super(message);
        }
    }

    /**
     * Runs the sweep on a local pool of {@code threads} threads ({@link LocalTrialExecutor}).
     *
     * @param loaded   a config with a sweep
     * @param out      the sweep directory: new, empty, or a directory of the same sweep to resume
     * @param threads  trials run at once, at least 1
     * @param progress called with the number of trials finished (reused ones included)
     */
    public Result run(LoadedConfig loaded, Path out, int threads, IntConsumer progress)
            throws IOException, ConfigException {
        try (TrialExecutor local = new LocalTrialExecutor(registry, loader.mapper(), clock, threads)) {
            return run(loaded, out, local, progress);
        }
    }

    /**
     * Runs the sweep's pending trials on {@code executor}. Which trials are pending, and what the
     * sweep's summary says, is decided here from the committed trial directories alone, so every
     * engine writes the same sweep and a sweep can be resumed with another engine.
     *
     * @param loaded   a config with a sweep
     * @param out      the sweep directory: new, empty, or a directory of the same sweep to resume
     * @param executor runs the pending trials (not closed here)
     * @param progress called with the number of trials finished (reused ones included)
     */
    public Result run(LoadedConfig loaded, Path out, TrialExecutor executor, IntConsumer progress)
            throws IOException, ConfigException {
        List<SweepTrial> trials = new SweepExpander(loader).expand(loaded);
        ObjectMapper mapper = loader.mapper();
        String resolved = mapper.writeValueAsString(loaded.resolved()) + "\n";
        String hash = Manifest.sha256(resolved);
        Instant start = clock.instant();
        prepare(out, mapper, resolved, hash, trials);

        Path trialsDir = out.resolve("trials");
        List<SweepTrial> pending = new ArrayList<>();
        int reused = 0;
        for (SweepTrial t : trials) {
            if (Files.isRegularFile(trialsDir.resolve(t.id()).resolve("summary.json"))) {
                reused++;
            } else {
                removeStale(trialsDir.resolve(t.id()));
                pending.add(t);
            }
        }
        progress.accept(reused);
        int[] done = {reused};
        Map<String, String> failed = new TreeMap<>(executor.execute(pending, trialsDir, id -> {
            synchronized (done) {
                progress.accept(++done[0]);
            }
        }));
        SweepSummary summary = summary(loaded, trials, trialsDir, failed);
        AtomicFiles.writeString(out.resolve("summary.json"), summary.toJson(mapper));
        Manifest manifest = Manifest.of(loaded.source(), resolved, loaded.config().seed(), executor.parallelism(),
                start, clock.instant()).withSweep(executor.description(), trials.size(), reused, failed.size());
        AtomicFiles.writeString(out.resolve("manifest.json"), manifest.toJson(mapper));
        return new Result(out, trials.size(), reused, failed, summary);
    }

    private void prepare(Path out, ObjectMapper mapper, String resolved, String hash, List<SweepTrial> trials)
            throws IOException {
        if (out.toString().isBlank()) {
            throw new DirectoryConflict(org.feedgym.simulator.output.StagedDirectory.EMPTY_TARGET);
        }
        Path plan = out.resolve("sweep-plan.json");
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new DirectoryConflict("output path " + out + " exists and is not a directory");
            }
            if (Files.isRegularFile(plan)) {
                JsonNode existing = mapper.readTree(plan.toFile());
                if (!hash.equals(existing.path("configSha256").asText())) {
                    throw new DirectoryConflict(out + " holds a different sweep (its config hash differs);"
                            + " choose another --out to start this one");
                }
                return;
            }
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new DirectoryConflict("output directory " + out + " exists and is not empty;"
                            + " choose another --out or remove it");
                }
            }
        }
        Files.createDirectories(out.resolve("trials"));
        AtomicFiles.writeString(out.resolve("config.resolved.json"), resolved);
        ObjectNode p = mapper.createObjectNode();
        p.put("configSha256", hash);
        ArrayNode list = p.putArray("trials");
        for (SweepTrial t : trials) {
            ObjectNode o = list.addObject();
            o.put("id", t.id());
            o.set("values", mapper.valueToTree(t.values()));
        }
        AtomicFiles.writeString(plan, mapper.writeValueAsString(p) + "\n");
    }

    private static void removeStale(Path trialDir) throws IOException {
        // A trial directory without summary.json cannot exist (trials commit atomically), but a
        // staging directory of a killed trial can: staging directories are hidden siblings.
        Path parent = trialDir.getParent();
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + trialDir.getFileName() + ".partial-"))
                    .toList()) {
                Directories.delete(p);
            }
        }
    }

    private static SweepSummary summary(LoadedConfig loaded, List<SweepTrial> trials, Path trialsDir,
                                        Map<String, String> failed) throws IOException {
        List<String> params = loaded.config().sweep().grid() != null
                ? List.copyOf(loaded.config().sweep().grid().keySet())
                : loaded.config().sweep().list().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        List<SweepSummary.Trial> list = new ArrayList<>();
        for (SweepTrial t : trials) {
            if (failed.containsKey(t.id())) {
                list.add(new SweepSummary.Trial(t.id(), t.values(), Summary.Status.FAILED, failed.get(t.id()), null));
            } else {
                Summary trialSummary = Summary.read(trialsDir.resolve(t.id()).resolve("summary.json"));
                list.add(new SweepSummary.Trial(t.id(), t.values(), Summary.Status.OK, null, trialSummary.agents()));
            }
        }
        return new SweepSummary(loaded.config().name(), loaded.config().seed(), params, list);
    }
}
