package org.feedgym.simulator.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.agents.registry.SavedAgentParameters;

/**
 * Provenance of a run, written to {@code manifest.json}: FeedGym version (stamped at build
 * time), Java version and vendor, OS and architecture, the config file and the SHA-256 of the
 * resolved config, the root seed, threads, start and end time, and whether the run claims to
 * be deterministic (outputs other than the manifest are byte-identical for the same config), the
 * git commit where the launcher knows it, the declared ND4J backend and the versions of the main
 * dependencies.
 */
public final class Manifest {

    private Manifest() {
    }

    /**
     * Records the world's input files (path, size, SHA-256) and, for data catalogs, the rows read,
     * kept and skipped per file with the reasons.
     */
    public static void addInputs(ObjectMapper mapper, ObjectNode manifest, org.feedgym.env.world.World world) {
        manifest.putArray("inputFiles");
        world.dataSource().ifPresent(data -> {
            addInputs(mapper, manifest, data.report());
            manifest.put("embeddingFromCache", data.embeddingFromCache());
        });
    }

    /** Records the files a reader read (path, size, SHA-256, rows read, kept and skipped by reason). */
    public static void addInputs(ObjectMapper mapper, ObjectNode manifest, org.feedgym.env.data.ReadReport report) {
        com.fasterxml.jackson.databind.node.ArrayNode files = manifest.putArray("inputFiles");
        for (org.feedgym.env.data.FileReport f : report.files()) {
            ObjectNode o = files.addObject();
            o.put("path", f.file().path());
            o.put("bytes", f.file().bytes());
            o.put("sha256", f.file().sha256());
            o.put("rows", f.rows());
            o.put("rowsKept", f.kept());
            o.set("rowsSkipped", mapper.valueToTree(f.skipped()));
        }
    }

    /**
     * Records the files of every saved agent a run read ({@code "saved"} entries): agent name, path,
     * and each file's size and SHA-256, so that a result can be traced to the exact model.
     */
    public static void addSavedAgents(ObjectNode manifest, List<ResolvedAgent> agents)
            throws IOException {
        ArrayNode saved = manifest.putArray("savedAgents");
        for (ResolvedAgent agent : agents) {
            if (!(agent.parameters() instanceof SavedAgentParameters p)) {
                continue;
            }
            ObjectNode o = saved.addObject();
            o.put("name", agent.name());
            o.put("path", p.path());
            ArrayNode files = o.putArray("files");
            List<Path> list;
            try (Stream<Path> walk = Files.walk(p.directory())) {
                list = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : list) {
                byte[] bytes = Files.readAllBytes(f);
                ObjectNode file = files.addObject();
                file.put("file", p.directory().relativize(f).toString());
                file.put("bytes", bytes.length);
                file.put("sha256", sha256(bytes));
            }
        }
    }

    /**
     * The first saved-agent file recorded by {@link #addSavedAgents} that is missing or whose
     * content changed since the run, described in one line, or empty when all are as they were.
     */
    public static Optional<String> changedSavedAgentFile(JsonNode manifest)
            throws IOException {
        for (JsonNode agent : manifest.path("savedAgents")) {
            Path dir = Path.of(agent.path("path").asText());
            for (JsonNode f : agent.path("files")) {
                Path file = dir.resolve(f.path("file").asText());
                if (!Files.isRegularFile(file)) {
                    return Optional.of("saved agent '" + agent.path("name").asText() + "': " + file
                            + " is missing");
                }
                if (!sha256(Files.readAllBytes(file)).equals(f.path("sha256").asText())) {
                    return Optional.of("saved agent '" + agent.path("name").asText() + "': " + file
                            + " changed since the run (its SHA-256 differs from the manifest's)");
                }
            }
        }
        return Optional.empty();
    }

    /** The FeedGym version stamped into the build, or {@code unknown}. */
    public static String feedgymVersion() {
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

    /**
     * Builds the manifest.
     *
     * @param configFile     the config file as named by the user
     * @param resolvedConfig the exact text of {@code config.resolved.json}
     */
    public static ObjectNode build(ObjectMapper mapper, String configFile, String resolvedConfig, long seed,
                                   int threads, Instant start, Instant end) {
        ObjectNode m = mapper.createObjectNode();
        m.put("feedgymVersion", feedgymVersion());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("arch", System.getProperty("os.arch"));
        m.put("configFile", configFile);
        m.put("configSha256", sha256(resolvedConfig));
        m.put("rootSeed", seed);
        m.put("threads", threads);
        m.put("startTime", start.toString());
        m.put("endTime", end.toString());
        m.put("deterministic", true);
        m.put("gitCommit", Provenance.gitCommit());
        m.put("nd4jBackend", Provenance.nd4jBackend());
        m.set("dependencies", mapper.valueToTree(Provenance.dependencyVersions()));
        m.putArray("inputFiles");
        return m;
    }
}
