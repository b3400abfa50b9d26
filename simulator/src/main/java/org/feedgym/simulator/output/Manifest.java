package org.feedgym.simulator.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.agents.registry.SavedAgentParameters;
import org.feedgym.env.data.FileReport;
import org.feedgym.env.data.ReadReport;
import org.feedgym.env.world.NeighbourTable;
import org.feedgym.env.world.World;
import org.feedgym.simulator.config.Json;

/**
 * Provenance of a run, written to {@code manifest.json} and read back by Jackson: FeedGym version
 * (stamped at build time), Java version and vendor, OS and architecture, the config file and the
 * SHA-256 of the resolved config, the root seed, threads, start and end time, whether the run
 * claims to be deterministic (outputs other than the manifest are byte-identical for the same
 * config), the git commit where the launcher knows it, the declared ND4J backend, the versions of
 * the main dependencies and the input files read.
 *
 * <p>The fields after {@code inputFiles} belong to one kind of run each and are null (left out of
 * the file) for the others: a run's data catalog and saved agents, a sweep's engine and trial
 * counts, an offline evaluation's timings, a study's name.
 *
 * @param feedgymVersion     FeedGym version, or {@code unknown}
 * @param javaVersion        {@code java.version}
 * @param javaVendor         {@code java.vendor}
 * @param os                 OS name and version
 * @param arch               CPU architecture
 * @param configFile         the config file as the user named it
 * @param configSha256       hex SHA-256 of {@code config.resolved.json}
 * @param rootSeed           the config's root seed
 * @param threads            worker threads (results do not depend on them)
 * @param startTime          ISO-8601 instant the run started
 * @param endTime            ISO-8601 instant it ended
 * @param deterministic      true when re-running the config gives identical outputs
 * @param gitCommit          the commit FeedGym was built from, or {@code unknown}
 * @param nd4jBackend        the ND4J backend on the classpath, or {@code none}
 * @param dependencies       groupId:artifactId → version of the main dependencies
 * @param inputFiles         every data file read, with size, SHA-256 and rows kept and skipped
 * @param embeddingFromCache data catalogs: whether the embeddings came from the cache; else null
 * @param catalogEmbeddingsSha256 runs: {@link org.feedgym.env.world.Catalog#embeddingsSha256()} of
 *                           the world's catalog, so a reproduction can tell when its embeddings
 *                           differ; else null
 * @param neighbourTable     runs: how the candidates' item-to-item neighbour table was built and,
 *                           when approximate, its measured recall; else null
 * @param savedAgents        runs: the saved agents read, file by file; else null
 * @param engine             sweeps: the engine that ran the trials; else null
 * @param trials             sweeps: trials in the sweep; else null
 * @param trialsReused       sweeps: trials found finished and not run again; else null
 * @param trialsFailed       sweeps: trials that failed; else null
 * @param timings            offline evaluations: wall time per recommender (not reproducible); else null
 * @param study              studies: the study's name; else null
 */
@JsonPropertyOrder({"feedgymVersion", "javaVersion", "javaVendor", "os", "arch", "configFile", "configSha256",
    "rootSeed", "threads", "startTime", "endTime", "deterministic", "gitCommit", "nd4jBackend", "dependencies",
    "inputFiles", "embeddingFromCache", "catalogEmbeddingsSha256", "neighbourTable", "savedAgents", "engine", "trials", "trialsReused", "trialsFailed", "timings",
    "study"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String feedgymVersion, String javaVersion, String javaVendor, String os, String arch,
                       String configFile, String configSha256, long rootSeed, int threads, String startTime,
                       String endTime, boolean deterministic, String gitCommit, String nd4jBackend,
                       Map<String, String> dependencies, List<Input> inputFiles, Boolean embeddingFromCache,
                       String catalogEmbeddingsSha256, NeighbourTableFacts neighbourTable, List<SavedAgent> savedAgents, String engine, Integer trials, Integer trialsReused,
                       Integer trialsFailed, List<Timing> timings, String study) {

    public Manifest {
        dependencies = dependencies == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        savedAgents = savedAgents == null ? null : List.copyOf(savedAgents);
        timings = timings == null ? null : List.copyOf(timings);
    }

    /**
     * One input file: path, size, SHA-256, and for data readers the rows read, kept and skipped by
     * reason.
     */
    @JsonPropertyOrder({"path", "bytes", "sha256", "rows", "rowsKept", "rowsSkipped"})
    public record Input(String path, long bytes, String sha256, long rows, long rowsKept, Map<String, Long> rowsSkipped) {
        public Input {
            rowsSkipped = rowsSkipped == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rowsSkipped));
        }
    }

    /**
     * A saved agent a run read: its name in the config, the agent type it was saved as (null in
     * manifests written before it was recorded), its directory, and every file in it.
     */
    @JsonPropertyOrder({"name", "type", "path", "files"})
    public record SavedAgent(String name, String type, String path, List<SavedFile> files) {
        public SavedAgent {
            files = List.copyOf(files);
        }
    }

    /** A file of a saved agent, relative to its directory, with size and SHA-256. */
    @JsonPropertyOrder({"file", "bytes", "sha256"})
    public record SavedFile(String file, long bytes, String sha256) {
    }

    /** Wall time of one offline recommender's fit and ranking, in seconds. */
    @JsonPropertyOrder({"recommender", "fitSeconds", "rankSeconds"})
    public record Timing(String recommender, double fitSeconds, double rankSeconds) {
    }

    /**
     * The manifest of a run on this machine, with no input files yet.
     *
     * @param configFile     the config file as named by the user
     * @param resolvedConfig the exact text of {@code config.resolved.json}
     */
    public static Manifest of(String configFile, String resolvedConfig, long seed, int threads, Instant start,
                              Instant end) {
        return new Manifest(buildVersion(), System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                configFile, sha256(resolvedConfig), seed, threads, start.toString(), end.toString(), true,
                Provenance.gitCommit(), Provenance.nd4jBackend(), Provenance.dependencyVersions(), List.of(), null, null,
                null, null, null, null, null, null, null, null);
    }

    /**
     * The manifest as a tree, for outputs still built as trees (the homogenization study adds its
     * name to it).
     */
    public static ObjectNode build(ObjectMapper mapper, String configFile, String resolvedConfig, long seed,
                                   int threads, Instant start, Instant end) {
        return mapper.valueToTree(of(configFile, resolvedConfig, seed, threads, start, end));
    }

    /**
     * With the world's input files (path, size, SHA-256) and, for data catalogs, the rows read,
     * kept and skipped per file and whether the embeddings came from the cache; and the hash of the
     * catalog's embeddings.
     */
    public Manifest withInputs(World world) {
        Manifest m = world.dataSource().map(data -> withInputs(data.report()).with(data.embeddingFromCache()))
                .orElse(this);
        return m.withEmbeddings(world.catalog().embeddingsSha256());
    }

    private Manifest withEmbeddings(String sha256) {
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles,
                embeddingFromCache, sha256, neighbourTable, savedAgents, engine, trials, trialsReused, trialsFailed,
                timings, study);
    }

    private Manifest with(boolean fromCache) {
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles, fromCache,
                catalogEmbeddingsSha256, neighbourTable, savedAgents, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /** With the files a reader read (path, size, SHA-256, rows read, kept and skipped by reason). */
    public Manifest withInputs(ReadReport report) {
        List<Input> files = new ArrayList<>();
        for (FileReport f : report.files()) {
            files.add(new Input(f.file().path(), f.file().bytes(), f.file().sha256(), f.rows(), f.kept(), f.skipped()));
        }
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, files,
                embeddingFromCache, catalogEmbeddingsSha256, neighbourTable, savedAgents, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /**
     * With the files of every saved agent a run read ({@code "saved"} entries, also inside an
     * intervention): agent name, the type it was saved as (mf, dqn, ...), path, and each file's
     * size and SHA-256, so that a result can be traced to the exact model.
     */
    public Manifest withSavedAgents(List<ResolvedAgent> agents) throws IOException {
        List<SavedAgent> saved = new ArrayList<>();
        for (ResolvedAgent agent : agents) {
            if (agent.saved().isEmpty()) {
                continue;
            }
            SavedAgentParameters p = agent.saved().get();
            List<Path> list;
            try (Stream<Path> walk = Files.walk(p.directory())) {
                list = walk.filter(Files::isRegularFile).sorted().toList();
            }
            List<SavedFile> files = new ArrayList<>();
            for (Path f : list) {
                byte[] bytes = Files.readAllBytes(f);
                files.add(new SavedFile(p.directory().relativize(f).toString(), bytes.length, sha256(bytes)));
            }
            saved.add(new SavedAgent(agent.name(), p.savedType(), p.path(), files));
        }
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles,
                embeddingFromCache, catalogEmbeddingsSha256, neighbourTable, saved, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /**
     * How a world's item-to-item neighbour table (the candidates' main source) was built: exact
     * search, or the approximate inverted-file index above {@code candidates.exactNeighboursUpTo}
     * items, with its cells, the cells each item probes and its recall at k = 20 against exact
     * search on a seeded sample of items, so that a run says when its candidates came from an
     * approximation and how close it was.
     *
     * @param kind        {@code exact} or {@code inverted-file (approximate)}
     * @param items       items in the table
     * @param cells       approximate only: cells of the index; else null
     * @param probedCells approximate only: cells each item searches; else null
     * @param recallAt20  approximate only: mean share of the exact 20 nearest found (of all of them when
 *                    the table keeps fewer than 20); else null
     * @param recallSample approximate only: items the recall was measured on; else null
     */
    @JsonPropertyOrder({"kind", "items", "cells", "probedCells", "recallAt20", "recallSample"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NeighbourTableFacts(String kind, int items, Integer cells, Integer probedCells, Double recallAt20,
                                      Integer recallSample) {

        /** Items whose rows are compared with exact search. */
        static final int RECALL_SAMPLE = 200;

        /**
         * The facts of {@code world}'s table; an approximate one's recall is measured here, on items
         * drawn from {@code seed}.
         */
        public static NeighbourTableFacts of(World world, long seed) {
            NeighbourTable table = world.neighbours();
            int items = world.catalog().size();
            if (table.exact()) {
                return new NeighbourTableFacts("exact", items, null, null, null, null);
            }
            int k = Math.min(NeighbourTable.RECALL_K, table.width());
            int sample = Math.min(RECALL_SAMPLE, items);
            double recall = table.recall(world.catalog(), k, sample, seed, null);
            return new NeighbourTableFacts("inverted-file (approximate)", items, table.cells(), table.probedCells(),
                    Math.round(recall * 1e4) / 1e4, sample);
        }
    }

    /** With how the world's neighbour table was built (runs). */
    public Manifest withNeighbourTable(NeighbourTableFacts facts) {
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles,
                embeddingFromCache, catalogEmbeddingsSha256, facts, savedAgents, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /** With a sweep's engine and trial counts. */
    public Manifest withSweep(String engine, int trials, int trialsReused, int trialsFailed) {
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles,
                embeddingFromCache, catalogEmbeddingsSha256, neighbourTable, savedAgents, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /** With an offline evaluation's timings. */
    public Manifest withTimings(List<Timing> timings) {
        return new Manifest(feedgymVersion, javaVersion, javaVendor, os, arch, configFile, configSha256, rootSeed,
                threads, startTime, endTime, deterministic, gitCommit, nd4jBackend, dependencies, inputFiles,
                embeddingFromCache, catalogEmbeddingsSha256, neighbourTable, savedAgents, engine, trials, trialsReused, trialsFailed, timings, study);
    }

    /**
     * The first saved-agent file recorded by {@link #withSavedAgents} that is missing or whose
     * content changed since the run, described in one line, or empty when all are as they were.
     */
    public Optional<String> changedSavedAgentFile() throws IOException {
        for (SavedAgent agent : savedAgents == null ? List.<SavedAgent>of() : savedAgents) {
            Path dir = Path.of(agent.path());
            for (SavedFile f : agent.files()) {
                Path file = dir.resolve(f.file());
                if (!Files.isRegularFile(file)) {
                    return Optional.of("saved agent '" + agent.name() + "': " + file + " is missing");
                }
                if (!sha256(Files.readAllBytes(file)).equals(f.sha256())) {
                    return Optional.of("saved agent '" + agent.name() + "': " + file
                            + " changed since the run (its SHA-256 differs from the manifest's)");
                }
            }
        }
        return Optional.empty();
    }

    private static final ObjectMapper READER = Json.strictMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads {@code manifest.json}; fields of a newer FeedGym are passed over. */
    public static Manifest read(Path file) throws IOException {
        return READER.readValue(file.toFile(), Manifest.class);
    }

    /** The manifest as FeedGym writes it: indented JSON and a final newline. */
    public String toJson(ObjectMapper mapper) throws IOException {
        return mapper.writeValueAsString(this) + "\n";
    }

    /** The FeedGym version stamped into the build, or {@code unknown}. */
    public static String buildVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("/org/feedgym/simulator/feedgym.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Hex SHA-256 of a string's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
