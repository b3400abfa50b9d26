package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigKind;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.RunComparison;
import org.feedgym.simulator.serve.ServeSession;
import org.feedgym.simulator.study.StudyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym reproduce RUN_DIR}: re-runs a run from its {@code config.resolved.json} and
 * compares every output byte for byte (timestamps aside).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        header = "Re-run a run directory and compare every output byte for byte.",
        description = {"Re-run RUN_DIR from its config.resolved.json and compare every output byte for byte",
            "(report.html aside, and of manifest.json only the fields that record what was computed: it holds",
            "timestamps). Exits 1 naming the first difference."})
final class ReproduceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run directory written by feedgym run, study, sensitivity or offline")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the reproduction (default: RUN_DIR-reproduced)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + ThreadsOption.MAX + "] (default: available processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "print only the verdict, not the re-run's tables (errors still"
            + " go to stderr)")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        // Checked here, before the run is read, so that a bad value gets one line and exit 2, not
        // the re-run's error followed by "the reproduction run failed".
        if (threads != null && ThreadsOption.resolve(threads).isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path config = runDir.resolve("config.resolved.json");
        Path manifestFile = runDir.resolve("manifest.json");
        if (!Files.isRegularFile(config) || !Files.isRegularFile(manifestFile)) {
            System.err.println("error: " + runDir + ": not a run directory (needs config.resolved.json and manifest.json)");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        JsonNode tree = ConfigKind.read(config);
        Optional<String> python = pythonPolicy(tree);
        if (python.isPresent()) {
            System.err.println("error: " + config + ": agent '" + python.get() + "' is a Python policy (feedgym.evaluate),"
                    + " which is not in the config; re-run it from Python with the same policy and config");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        Manifest manifest;
        ConfigKind kind = tree == null ? ConfigKind.EXPERIMENT : ConfigKind.of(tree);
        boolean study = kind == ConfigKind.STUDY;
        boolean offline = kind == ConfigKind.OFFLINE;
        boolean sensitivity = false;
        try {
            manifest = Manifest.read(manifestFile);
            if (study) {
                StudyRegistry.builtIn().load(config);
            } else if (offline) {
                new OfflineConfigLoader(AgentRegistry.builtIn()).load(config);
            } else {
                sensitivity = loader.load(config).config().sensitivity() != null;
            }
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        } catch (IOException e) {
            System.err.println("error: " + manifestFile + ": " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        String recorded = manifest.feedgymVersion() == null ? "unknown" : manifest.feedgymVersion();
        if (!recorded.equals(Manifest.buildVersion())) {
            System.err.println("warning: the run was made with FeedGym " + recorded + ", this is "
                    + Manifest.buildVersion());
        }
        String expectedHash = manifest.configSha256();
        String actualHash = Manifest.sha256(Files.readString(config));
        if (!actualHash.equals(expectedHash)) {
            System.err.println("error: " + config + " does not match the configSha256 in manifest.json: it was edited");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Optional<String> changedAgent = manifest.changedSavedAgentFile();
        if (changedAgent.isPresent()) {
            System.err.println("error: " + changedAgent.get() + "; the run cannot be reproduced from it");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : runDir.resolveSibling(runDir.getFileName() + "-reproduced");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(config.toString(), "--out",
                target.toString(), "--quiet"));
        if (threads != null && !offline) {
            args.add("--threads");
            args.add(threads.toString());
        } else if (threads != null) {
            System.err.println("note: --threads does not apply to an offline evaluation (it runs on one thread)");
        }
        java.util.concurrent.Callable<Integer> command = study ? new StudyCommand() : offline ? new OfflineCommand()
                : sensitivity ? new SensitivityCommand() : new RunCommand();
        int code;
        java.io.PrintStream stdout = System.out;
        if (quiet) {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        try {
            code = new picocli.CommandLine(command).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        if (code != 0) {
            System.err.println("error: the reproduction run failed with exit code " + code);
            return code;
        }
        Optional<String> difference = RunComparison.firstDifference(runDir, target);
        if (difference.isPresent()) {
            System.err.println("NOT REPRODUCED: " + difference.get());
            return FeedGymCli.EXIT_INTERNAL;
        }
        System.out.println("Reproduced: " + RunComparison.names(runDir).size() + " files identical to " + runDir
                + " (reproduction in " + target + ")");
        return 0;
    }

    /** The name of the config's Python-policy agent, if it has one (an unreadable config, null: none). */
    private static Optional<String> pythonPolicy(JsonNode config) {
        for (JsonNode a : config == null ? List.<JsonNode>of() : config.path("agents")) {
            if (ServeSession.PYTHON_AGENT.equals(a.path("type").asText())) {
                return Optional.of(a.path("name").asText(ServeSession.PYTHON_AGENT));
            }
        }
        return Optional.empty();
    }
}
