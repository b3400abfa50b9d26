package org.feedgym.simulator.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compares two run directories file by file, byte for byte, as {@code feedgym reproduce} does:
 * every output except {@code manifest.json} (which holds timestamps), {@code report.html}
 * (which shows the manifest) and the {@code agents/} saved with {@code --save-agents} must be
 * identical, and each manifest's fields that record what was computed
 * ({@link #COMPUTED_MANIFEST_FIELDS}) must match.
 */
public final class RunComparison {

    /** The folder of a run directory that {@code feedgym run --save-agents} saves agents into. */
    public static final String SAVED_AGENTS = "agents";

    private RunComparison() {
    }

    /**
     * True for files whose content depends on when or how the run was made, not on what it
     * computed: the manifest, the report, hidden files and the agents saved on request (DL4J's model
     * archives carry timestamps).
     */
    static boolean timeDependent(Path relative) {
        String name = relative.getFileName().toString();
        return name.equals("manifest.json") || name.equals("report.html") || name.startsWith(".")
                || relative.getNameCount() > 1 && relative.getName(0).toString().equals(SAVED_AGENTS);
    }

    /** The relative paths of every compared file under {@code dir}, sorted. */
    public static List<Path> comparedFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !timeDependent(p))
                    .filter(p -> p.getNameCount() == 1 || !p.getName(p.getNameCount() - 2).toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /**
     * The first difference between the original and the reproduction, or empty when every
     * compared file is identical.
     */
    public static Optional<String> firstDifference(Path original, Path reproduction) throws IOException {
        List<Path> a = comparedFiles(original);
        List<Path> b = comparedFiles(reproduction);
        for (Path p : a) {
            if (!b.contains(p)) {
                return Optional.of(p + ": missing from the reproduction");
            }
        }
        for (Path p : b) {
            if (!a.contains(p)) {
                return Optional.of(p + ": not in the original run");
            }
        }
        for (Path p : a) {
            byte[] x = Files.readAllBytes(original.resolve(p));
            byte[] y = Files.readAllBytes(reproduction.resolve(p));
            if (!java.util.Arrays.equals(x, y)) {
                return Optional.of(p + ": " + describe(x, y) + likelyCause(original, reproduction));
            }
        }
        return manifestDifference(original, reproduction);
    }

    /** The manifest field that holds the hash of the catalog's embeddings (recorded since it was added). */
    static final String EMBEDDINGS_FIELD = "catalogEmbeddingsSha256";

    /**
     * What the two runs' top-level manifests say changed between them, as a note for a differing
     * output: an input file whose content changed, embeddings that differ, or other OpenBLAS
     * kernels under the neural agents; empty when the manifests show none of these.
     */
    private static String likelyCause(Path original, Path reproduction) throws IOException {
        Path a = original.resolve("manifest.json");
        Path b = reproduction.resolve("manifest.json");
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
            return "";
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode x = mapper.readTree(a.toFile());
        JsonNode y = mapper.readTree(b.toFile());
        JsonNode inputsX = x.path("inputFiles");
        JsonNode inputsY = y.path("inputFiles");
        if (inputsX.isArray() && inputsY.isArray()) {
            if (inputsX.size() != inputsY.size()) {
                return " (the run read " + inputsX.size() + " input files, the reproduction " + inputsY.size() + ")";
            }
            for (int i = 0; i < inputsX.size(); i++) {
                String was = inputsX.get(i).path("sha256").asText();
                String now = inputsY.get(i).path("sha256").asText();
                if (!was.equals(now)) {
                    return " (input file " + Path.of(inputsY.get(i).path("path").asText()).getFileName()
                            + " changed since the run: sha256 recorded " + was + ", now " + now + ")";
                }
            }
        }
        JsonNode embeddingsX = x.path(EMBEDDINGS_FIELD);
        JsonNode embeddingsY = y.path(EMBEDDINGS_FIELD);
        if (embeddingsX.isTextual() && embeddingsY.isTextual() && !embeddingsX.equals(embeddingsY)) {
            return " (the catalog's embeddings differ: manifest.json " + EMBEDDINGS_FIELD + " recorded "
                    + embeddingsX.asText() + ", reproduction " + embeddingsY.asText()
                    + "; another text model, runtime or generator computed them)";
        }
        JsonNode kernelsX = x.path("nd4jBackend");
        JsonNode kernelsY = y.path("nd4jBackend");
        if (kernelsX.isTextual() && kernelsY.isTextual() && !kernelsX.equals(kernelsY)) {
            return " (the neural agents ran on other kernels: manifest.json nd4jBackend recorded '" + kernelsX.asText()
                    + "', reproduction '" + kernelsY.asText() + "')";
        }
        return "";
    }

    /**
     * The manifest fields that record what was computed, not when, where or how fast: they must
     * match too, so that an edited manifest (another seed, other inputs) is caught.
     */
    static final List<String> COMPUTED_MANIFEST_FIELDS = List.of("rootSeed", "configSha256", "deterministic",
            "inputFiles", EMBEDDINGS_FIELD, "neighbourTable");

    private static Optional<String> manifestDifference(Path original, Path reproduction) throws IOException {
        List<Path> manifests;
        try (Stream<Path> walk = Files.walk(original)) {
            manifests = walk.filter(p -> p.getFileName().toString().equals("manifest.json")).map(original::relativize)
                    .filter(p -> Files.isRegularFile(reproduction.resolve(p)))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path p : manifests) {
            JsonNode x = mapper.readTree(original.resolve(p).toFile());
            JsonNode y = mapper.readTree(reproduction.resolve(p).toFile());
            for (String field : COMPUTED_MANIFEST_FIELDS) {
                JsonNode recorded = computed(x, field);
                JsonNode again = computed(y, field);
                if (field.equals(EMBEDDINGS_FIELD) && recorded.isMissingNode()) {
                    continue; // a run recorded before the field existed
                }
                if (!recorded.equals(again)) {
                    return Optional.of(p + ": field '" + field + "' recorded " + clip(recorded.toString())
                            + ", reproduction " + clip(again.toString()));
                }
            }
        }
        return Optional.empty();
    }

    /** A manifest's {@code field}; input files without their paths (the data may have moved). */
    private static JsonNode computed(JsonNode manifest, String field) {
        JsonNode v = manifest.path(field);
        if (field.equals("inputFiles") && v.isArray()) {
            ArrayNode copy = v.deepCopy();
            copy.forEach(f -> {
                if (f instanceof ObjectNode o) {
                    o.remove("path");
                }
            });
            return copy;
        }
        return v;
    }

    private static String describe(byte[] x, byte[] y) {
        List<String> a = new String(x, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(y, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String la = i < a.size() ? a.get(i) : "<end of file>";
            String lb = i < b.size() ? b.get(i) : "<end of file>";
            if (!la.equals(lb)) {
                return "first difference at line " + (i + 1) + ": original \"" + clip(la) + "\", reproduction \""
                        + clip(lb) + "\"";
            }
        }
        return "files differ in line endings or trailing bytes";
    }

    private static String clip(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    /** Every compared file, for listings. */
    public static List<String> names(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : comparedFiles(dir)) {
            out.add(p.toString());
        }
        return out;
    }
}
