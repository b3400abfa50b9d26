package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.simulator.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recorded golden set: every shipped experiment, reduced in size, run through the CLI, and its
 * {@code summary.json} and {@code episodes.csv} files compared field by field with the copies
 * recorded under {@code experiments/golden/}. A field that existed when the set was recorded must
 * keep its value exactly; new fields and columns are allowed. A change that moves results on
 * purpose re-records the set (the command is in {@code experiments/golden/README.md}) and lists, in its commit, every field the re-recording printed
 * as changed and why.
 */
class GoldenOutputsTest {

    static final Path GOLDEN = StudyRuns.EXPERIMENTS.resolve("golden");
    private static final boolean RECORD = Boolean.getBoolean("feedgym.golden.record");
    private static final int USERS = 24;
    private static final int TRAINING_STEPS = 300;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "quickstart.json", "agents.json", "harm-penalty-sweep.json", "interventions-quickstart.json",
        "tiktok-claims.json", "kuairand.json", "movielens.json", "kuairec.json",
        "studies/teen-audit/audit.json", "studies/harm-frontier/frontier.json",
        "studies/boredom-exit/kuaienv.json", "studies/homogenization/chaney-ci.json", "creators-month.json",
        "studies/interventions/session.json", "studies/interventions/month.json"})
    void theShippedExperimentKeepsItsRecordedOutputs(String config, @TempDir Path dir) throws Exception {
        JsonNode tree = MAPPER.readTree(StudyRuns.EXPERIMENTS.resolve(config).toFile());
        boolean needsData = tree.toString().matches(".*\"type\"\\s*:\\s*\"(tiktok-claims|kuairand|movielens|kuairec)\".*");
        if (needsData) {
            StudyData.require("the golden run of " + config);
        }
        Path reduced = dir.resolve("config.json");
        Files.writeString(reduced, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reduce((ObjectNode) tree)));
        Path out = dir.resolve("out");
        String command = tree.has("study") ? "study" : "run";
        int code = cli(command, reduced.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, code, "feedgym " + command + " " + config + " failed");

        Path golden = GOLDEN.resolve(config.replace(".json", ""));
        List<Path> produced;
        try (Stream<Path> files = Files.walk(out)) {
            produced = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.equals("summary.json") || name.equals("episodes.csv");
            }).sorted().toList();
        }
        List<String> differences = new ArrayList<>();
        for (Path file : produced) {
            Path relative = out.relativize(file);
            Path recorded = golden.resolve(relative.toString());
            if (RECORD) {
                if (Files.exists(recorded)) {
                    differences.addAll(GoldenComparison.compare(recorded, file, config + "/" + relative));
                }
                Files.createDirectories(recorded.getParent());
                Files.copy(file, recorded, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else if (!Files.exists(recorded)) {
                fail("no recorded golden file " + recorded + ": record the set with -Dfeedgym.golden.record=true");
            } else {
                differences.addAll(GoldenComparison.compare(recorded, file, config + "/" + relative));
            }
        }
        if (RECORD) {
            differences.forEach(d -> System.out.println("golden re-recorded: " + d));
            return;
        }
        try (Stream<Path> files = Files.walk(golden)) {
            for (Path recorded : files.filter(Files::isRegularFile).toList()) {
                if (!produced.contains(out.resolve(golden.relativize(recorded).toString()))) {
                    differences.add(config + "/" + golden.relativize(recorded) + ": the run no longer writes this file");
                }
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " recorded field(s) changed:\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
        }
    }

    /** The config at golden size: few users, one replicate, short training,, every sweep point. */
    static ObjectNode reduce(ObjectNode tree) {
        if (tree.has("study")) {
            tree.put("simulations", 2);
            return tree;
        }
        ObjectNode evaluation = tree.with("evaluation");
        evaluation.put("users", USERS);
        evaluation.put("replicates", 1);
        for (JsonNode agent : tree.withArray("agents")) {
            // An intervention's ranker sits under "agent", as deep as the stack goes.
            for (JsonNode a = agent; a != null; a = a.get("agent")) {
                if (a.has("trainingSteps")) {
                    ((ObjectNode) a).put("trainingSteps", TRAINING_STEPS);
                }
            }
        }
        return tree;
    }

    private static int cli(String... args) {
        CliRun.Outcome o = CliRun.cli(args);
        if (o.code() != 0) {
            System.out.println(o.out() + o.err());
        }
        return o.code();
    }

    /** Field-by-field comparison of a recorded file with a produced one. */
    static final class GoldenComparison {

        private GoldenComparison() {
        }

        static List<String> compare(Path recorded, Path produced, String label) throws IOException {
            return recorded.toString().endsWith(".json")
                    ? compareJson(MAPPER.readTree(recorded.toFile()), MAPPER.readTree(produced.toFile()), label)
                    : compareCsv(Files.readAllLines(recorded), Files.readAllLines(produced), label);
        }

        static List<String> compareJson(JsonNode recorded, JsonNode produced, String label) {
            List<String> differences = new ArrayList<>();
            walk(recorded, produced, "", label, differences);
            return differences;
        }

        private static void walk(JsonNode recorded, JsonNode produced, String pointer, String label, List<String> out) {
            if (produced == null || produced.isMissingNode()) {
                out.add(label + " " + pointer + ": missing (was " + abbreviate(recorded) + ")");
                return;
            }
            if (recorded.isObject()) {
                recorded.fieldNames().forEachRemaining(f -> walk(recorded.get(f), produced.get(f),
                        pointer + "/" + f, label, out));
            } else if (recorded.isArray()) {
                ArrayNode a = (ArrayNode) recorded;
                if (!produced.isArray() || produced.size() != a.size()) {
                    out.add(label + " " + pointer + ": array of " + a.size() + " became " + abbreviate(produced));
                    return;
                }
                for (int i = 0; i < a.size(); i++) {
                    walk(a.get(i), produced.get(i), pointer + "/" + i, label, out);
                }
            } else if (!recorded.equals(produced)) {
                out.add(label + " " + pointer + ": " + recorded + " -> " + abbreviate(produced));
            }
        }

        private static String abbreviate(JsonNode node) {
            String s = String.valueOf(node);
            return s.length() > 60 ? s.substring(0, 60) + "…" : s;
        }

        static List<String> compareCsv(List<String> recorded, List<String> produced, String label) {
            List<String> differences = new ArrayList<>();
            if (recorded.isEmpty()) {
                return differences;
            }
            List<String> header = List.of(recorded.get(0).split(",", -1));
            List<String> newHeader = produced.isEmpty() ? List.of() : List.of(produced.get(0).split(",", -1));
            if (produced.size() != recorded.size()) {
                differences.add(label + ": " + (recorded.size() - 1) + " rows became " + (produced.size() - 1));
                return differences;
            }
            for (String column : header) {
                if (!newHeader.contains(column)) {
                    differences.add(label + ": column '" + column + "' is missing");
                }
            }
            for (int row = 1; row < recorded.size(); row++) {
                String[] was = recorded.get(row).split(",", -1);
                String[] now = produced.get(row).split(",", -1);
                for (int c = 0; c < header.size(); c++) {
                    int at = newHeader.indexOf(header.get(c));
                    if (at < 0) {
                        continue;
                    }
                    String before = c < was.length ? was[c] : "";
                    String after = at < now.length ? now[at] : "";
                    if (!before.equals(after)) {
                        differences.add(label + " row " + row + " column '" + header.get(c) + "': " + before + " -> "
                                + after);
                    }
                }
            }
            return differences;
        }
    }
}
