package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.rl.DqnBenchmark;
import org.feedgym.agents.rl.DqnImplementation;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.bench.EnvBenchmark;
import org.feedgym.simulator.bench.Benchmark;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feedgym bench env|dqn|scaling|homogenization}: prints benchmark figures as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure speed (env, dqn, scaling, homogenization) and print the figures as JSON.",
        description = {"Measure speed and print the figures as JSON. Benchmarks:",
            "  env             population stepping under a random policy",
            "  dqn             DQN training on the world of --config: environment steps per second and peak memory",
            "  scaling         user-steps/s and peak heap as users, K and catalog size grow (JSON + report)",
            "  homogenization  the homogenization study's simulation (interactions per second; studies module)"})
final class BenchCommand implements Callable<Integer> {

    /**
     * What a benchmark reads of the command's options.
     *
     * @param options the options it reads, in the order of {@code --help}
     * @param what    what it runs on, said when an option it does not read is given
     */
    record Reads(List<String> options, String what) {
    }

    /**
     * The options a contributed benchmark ({@link Benchmark}) reads: those {@link Benchmark.Options}
     * carries.
     */
    static final Reads CONTRIBUTED = new Reads(List.of("--users", "--items", "--threads", "--passes", "--steps",
            "--attributes", "--recommender"), "it reads the options of a contributed benchmark");

    /**
     * Which options apply to which benchmark: the one home of that rule. An option given on the
     * command line to a benchmark that does not read it is refused (its default is never); the
     * options' {@code --help} descriptions name the same benchmarks (tested).
     */
    static final Map<String, Reads> READS = Map.of(
            "env", new Reads(List.of("--users", "--items", "--candidates", "--dimensions", "--threads", "--passes",
                    "--index", "--baseline", "--rounds"),
                    "it steps a synthetic world of --items, --candidates and --dimensions"),
            "dqn", new Reads(List.of("--users", "--steps", "--implementation", "--config", "--batch-size",
                    "--train-every", "--rounds"), "it trains on the world of --config"),
            "scaling", new Reads(List.of("--threads", "--report", "--up-to", "--items-up-to",
                    "--user-steps-per-point"), "it sweeps its own users, K and catalog sizes"),
            "homogenization", new Reads(CONTRIBUTED.options(), "it runs the homogenization study's simulation"));

    /** The world's largest K ({@code candidates.k}). */
    static final int MAX_CANDIDATES = org.feedgym.env.world.CandidatesConfig.MAX_K;
    /** Items a user remembers and is not offered again (the default {@code users.historyLength}). */
    static final int HISTORY_LENGTH = org.feedgym.env.world.UsersConfig.DEFAULT_HISTORY_LENGTH;
    /** The world's smallest K. */
    static final int MIN_CANDIDATES = org.feedgym.env.world.CandidatesConfig.MIN_K;
    /** The world's largest synthetic catalog ({@code catalog.items}). */
    static final int MAX_ITEMS = org.feedgym.env.world.CatalogConfig.MAX_ITEMS;
    /** The world's embedding dimensions ({@code catalog.dimensions}). */
    static final int MIN_DIMENSIONS = org.feedgym.env.world.CatalogConfig.MIN_DIMENSIONS;
    static final int MAX_DIMENSIONS = org.feedgym.env.world.CatalogConfig.MAX_DIMENSIONS;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BENCHMARK",
            description = "which benchmark: env, dqn, scaling or homogenization")
    String benchmark;

    @Option(names = "--users", paramLabel = "N",
            description = "env, homogenization: population size (default 10000; homogenization: at least 2); dqn:"
                    + " training users stepped together through the vector environment, in [1, 4096], above 1 only"
                    + " with dl4j (default 1)")
    Integer usersOption;

    private int users;

    /** {@code --threads}, checked, or the available processors. */
    private int threadCount;

    @Option(names = "--items", defaultValue = "10000",
            description = "env, homogenization: catalog size (default ${DEFAULT-VALUE}); env: in ["
                    + (MIN_CANDIDATES + HISTORY_LENGTH) + ", " + MAX_ITEMS + "]; homogenization: at least --steps,"
                    + " rounded down to a multiple of it (released evenly over the steps)")
    int items;

    @Option(names = "--candidates", defaultValue = "100",
            description = "env: K, candidates per step, in [" + MIN_CANDIDATES + ", min(" + MAX_CANDIDATES
                    + ", --items - " + HISTORY_LENGTH + ")] (default ${DEFAULT-VALUE})")
    int candidates;

    @Option(names = "--dimensions", defaultValue = "32",
            description = "env: embedding dimension, in [" + MIN_DIMENSIONS + ", " + MAX_DIMENSIONS
                    + "] (default ${DEFAULT-VALUE})")
    int dimensions;

    @Option(names = "--threads", description = "env, scaling, homogenization: worker threads, in [1, "
            + ThreadsOption.MAX + "] (default: available processors)")
    Integer threads;

    @Option(names = "--passes", defaultValue = "3",
            description = "env, homogenization: measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--implementation", defaultValue = "dl4j",
            description = "dqn: dl4j (own loop on DL4J) or rl4j (RL4J QLearningDiscrete) (default ${DEFAULT-VALUE})")
    String implementation;

    @Option(names = "--config", defaultValue = "experiments/quickstart.json",
            description = "dqn: the experiment config whose world is trained on (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--steps", description = "homogenization: steps, at most --items (default 100); dqn: measured"
            + " training steps, at least 1000 (default 30000)")
    Integer steps;

    @Option(names = "--attributes", defaultValue = "20",
            description = "homogenization: K, attributes of users and items (default ${DEFAULT-VALUE})")
    int attributes;

    @Option(names = "--recommender", defaultValue = "popularity",
            description = "homogenization: ideal, content, mf, social, popularity or random (default ${DEFAULT-VALUE})")
    String recommender;

    @Option(names = "--batch-size", description = "dqn: transitions per gradient update, in [1, 65536] (default: the"
            + " agent's, 32, or 8 x --users above 4)")
    Integer batchSize;

    @Option(names = "--train-every", description = "dqn: environment steps between gradient updates, in [1, 65536]"
            + " (default: the agent's, 4, or --users above 4); the replay ratio is batch size / train every")
    Integer trainEvery;

    @Option(names = "--index", defaultValue = "auto",
            description = "env: neighbour table: auto (exact up to 50,000 items, the inverted-file index above), exact"
                    + " or ivf (the index at any size)"
                    + " (default ${DEFAULT-VALUE})")
    String index;

    @Option(names = "--baseline", paramLabel = "CHECKOUT",
            description = "env: an earlier FeedGym checkout, built (simulator/target), whose bench env runs"
                    + " in this JVM in alternation with this build's; prints both and their ratio")
    Path baseline;

    @Option(names = "--rounds", paramLabel = "N",
            description = "env with --baseline: runs of each build, alternating (default 3); dqn: measured"
                    + " trainings, each of a fresh agent; stepsPerSecond is their median and stepsPerSecondRounds"
                    + " lists each (default 1)")
    Integer roundsOption;

    @Override
    public Integer call() throws Exception {
        users = usersOption == null ? 10_000 : usersOption;
        boolean own = List.of("env", "dqn", "scaling").contains(benchmark);
        Optional<Benchmark> contributed = own ? Optional.empty() : Benchmark.find(benchmark);
        if (!own && contributed.isEmpty()) {
            List<String> known = new ArrayList<>(List.of("env", "dqn", "scaling"));
            known.addAll(Benchmark.contributed());
            System.err.println("error: unknown benchmark '" + benchmark + "'; known: " + known);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Optional<String> notApplying = optionNotApplying();
        if (notApplying.isPresent()) {
            return bad(notApplying.get());
        }
        // Checked once for every benchmark (dqn refuses --threads above, so its default passes).
        java.util.OptionalInt resolved = ThreadsOption.resolve(threads);
        if (resolved.isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        threadCount = resolved.getAsInt();
        if ("dqn".equals(benchmark)) {
            return benchDqn();
        }
        if ("scaling".equals(benchmark)) {
            return benchScaling();
        }
        if (contributed.isPresent()) {
            return contributed(contributed.get());
        }
        return benchEnv();
    }

    /**
     * The error for the first option given on the command line (defaults never count) that the
     * chosen benchmark does not read ({@link #READS}), or for {@code bench env --rounds} without
     * {@code --baseline}.
     */
    private Optional<String> optionNotApplying() {
        Reads reads = READS.getOrDefault(benchmark, CONTRIBUTED);
        picocli.CommandLine.ParseResult given = spec.commandLine().getParseResult();
        for (OptionSpec option : given.matchedOptions()) {
            String name = option.longestName();
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            if (!reads.options().contains(name)) {
                return Optional.of(name + " does not apply to bench " + benchmark + " (" + reads.what()
                        + "; its options: " + String.join(", ", reads.options()) + ")");
            }
        }
        if ("env".equals(benchmark) && given.hasMatchedOption("--rounds") && !given.hasMatchedOption("--baseline")) {
            return Optional.of("--rounds applies only with --baseline (it counts the runs of each build)");
        }
        return Optional.empty();
    }

    /** Prints {@code error: MESSAGE} and returns {@link FeedGymCli#EXIT_BAD_INPUT}. */
    private static int bad(String message) {
        System.err.println("error: " + message);
        return FeedGymCli.EXIT_BAD_INPUT;
    }

    private int benchEnv() throws Exception {
        if (users < 1) {
            return bad("--users must be >= 1, got " + users);
        }
        int minItems = MIN_CANDIDATES + HISTORY_LENGTH;
        if (items < minItems || items > MAX_ITEMS) {
            return bad("--items must be in [" + minItems + ", " + MAX_ITEMS + "] (room for " + MIN_CANDIDATES
                    + " candidates besides a user's " + HISTORY_LENGTH + " remembered items, up to the world's largest"
                    + " catalog), got " + items);
        }
        int maxCandidates = Math.min(MAX_CANDIDATES, items - HISTORY_LENGTH);
        if (candidates < MIN_CANDIDATES || candidates > maxCandidates) {
            return bad("--candidates must be in [" + MIN_CANDIDATES + ", " + maxCandidates + "] (the world's K is at"
                    + " most " + MAX_CANDIDATES + ", and at most --items - " + HISTORY_LENGTH + " = "
                    + (items - HISTORY_LENGTH) + ": a user's " + HISTORY_LENGTH + " remembered items are not offered),"
                    + " got " + candidates);
        }
        if (dimensions < MIN_DIMENSIONS || dimensions > MAX_DIMENSIONS) {
            return bad("--dimensions must be in [" + MIN_DIMENSIONS + ", " + MAX_DIMENSIONS + "] (the world's"
                    + " embedding dimensions), got " + dimensions);
        }
        if (passes < 1) {
            return bad("--passes must be >= 1, got " + passes);
        }
        int t = threadCount;
        Integer exactUpTo = switch (index) {
            case "auto" -> null;
            case "exact" -> 2_000_000;
            case "ivf" -> 0;
            default -> -1;
        };
        if (exactUpTo != null && exactUpTo < 0) {
            System.err.println("error: --index must be auto, exact or ivf, got '" + index + "'");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        EnvBenchmark.Settings settings = new EnvBenchmark.Settings(users, items, candidates, dimensions, t, passes,
                exactUpTo);
        Map<String, Object> figures;
        if (baseline != null) {
            int rounds = roundsOption == null ? 3 : roundsOption;
            if (rounds < 1) {
                return bad("--rounds must be >= 1, got " + rounds);
            }
            try (org.feedgym.simulator.bench.BaselineBuild earlier =
                         org.feedgym.simulator.bench.BaselineBuild.open(baseline)) {
                figures = EnvBenchmark.compare(settings, earlier, rounds);
            } catch (IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return FeedGymCli.EXIT_BAD_INPUT;
            }
        } else {
            figures = EnvBenchmark.run(settings);
        }
        ObjectMapper mapper = Json.strictMapper();
        System.out.println(mapper.writeValueAsString(figures));
        return 0;
    }

    @Option(names = "--report", defaultValue = "scaling-report",
            description = "scaling: directory for the HTML report and PNG charts (default ${DEFAULT-VALUE})")
    java.nio.file.Path report;

    @Option(names = "--up-to", defaultValue = "1000000",
            description = "scaling: largest users and items swept, at least 1000 (default ${DEFAULT-VALUE}); the"
                    + " base point of the other sweeps (10,000 users, 10,000 items) is not capped")
    int upTo;

    @Option(names = "--items-up-to",
            description = "scaling: largest catalog swept, at least 1000 (default: --up-to); a catalog above"
                    + " 50,000 items builds"
                    + " the inverted-file neighbour index, about 3 CPU-minutes (85 s on 2 quiet cores) at 10^6 items")
    Integer itemsUpTo;

    @Option(names = "--user-steps-per-point", defaultValue = "2000000",
            description = "scaling: user-steps measured per point, at least 1 (default ${DEFAULT-VALUE})")
    long userStepsPerPoint;

    private int benchScaling() throws Exception {
        if (upTo < 1000) {
            return bad("--up-to must be >= 1000 (the smallest population and catalog swept), got " + upTo);
        }
        if (itemsUpTo != null && itemsUpTo < 1000) {
            return bad("--items-up-to must be >= 1000 (the smallest catalog swept), got " + itemsUpTo);
        }
        int maxItems = itemsUpTo == null ? upTo : itemsUpTo;
        if (userStepsPerPoint < 1) {
            return bad("--user-steps-per-point must be >= 1, got " + userStepsPerPoint);
        }
        Optional<String> reportProblem = org.feedgym.simulator.report.ScalingReport.problemWith(report);
        if (reportProblem.isPresent()) {
            return bad("--report " + reportProblem.get());
        }
        int t = threadCount;
        org.feedgym.simulator.bench.ScalingBenchmark.Settings d =
                org.feedgym.simulator.bench.ScalingBenchmark.Settings.defaults(t);
        org.feedgym.simulator.bench.ScalingBenchmark.Settings settings =
                new org.feedgym.simulator.bench.ScalingBenchmark.Settings(
                        d.users().stream().filter(u -> u <= upTo).toList(), d.candidates(),
                        d.items().stream().filter(i -> i <= maxItems).toList(), d.baseUsers(), d.baseCandidates(),
                        d.baseItems(), d.dimensions(), t, userStepsPerPoint);
        String loadBefore = org.feedgym.env.bench.MachineLoad.now();
        long start = System.nanoTime();
        List<org.feedgym.simulator.bench.ScalingBenchmark.Point> points =
                org.feedgym.simulator.bench.ScalingBenchmark.run(settings);
        Map<String, Object> figures = org.feedgym.simulator.bench.ScalingBenchmark.figures(settings, points,
                (System.nanoTime() - start) / 1e9, loadBefore);
        String json = org.feedgym.simulator.bench.ScalingBenchmark.printed(figures);
        // The figures first: a report that cannot be written loses nothing measured.
        System.out.println(json);
        try {
            System.err.println("report: " + org.feedgym.simulator.report.ScalingReport.write(report, points, json));
        } catch (java.io.IOException e) {
            return bad("--report " + report + ": the report could not be written (" + e + "); the figures are"
                    + " on stdout");
        }
        return 0;
    }

    private int benchDqn() throws Exception {
        DqnImplementation impl;
        try {
            impl = DqnImplementation.of(implementation);
        } catch (IllegalArgumentException e) {
            System.err.println("error: --" + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int dqnSteps = steps == null ? 30_000 : steps;
        if (dqnSteps < 1000) {
            System.err.println("error: --steps must be >= 1000, got " + dqnSteps);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int dqnRounds = roundsOption == null ? 1 : roundsOption;
        if (dqnRounds < 1 || dqnRounds > 100) {
            return bad("--rounds must be in [1, 100], got " + dqnRounds);
        }
        // The default names the shipped quickstart config: from another working directory it is
        // found in the FeedGym checkout the launcher runs from.
        String home = System.getProperty("feedgym.home");
        if (!java.nio.file.Files.exists(config) && !config.isAbsolute() && home != null
                && java.nio.file.Files.exists(Path.of(home).resolve(config))) {
            config = Path.of(home).resolve(config);
        }
        WorldConfig world;
        try {
            world = new ConfigLoader(AgentRegistry.builtIn()).load(config).config().world();
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        DqnBenchmark.Settings d = DqnBenchmark.Settings.defaults();
        int trainingUsers = usersOption == null ? 1 : usersOption;
        if (trainingUsers < 1 || trainingUsers > 4096 || (trainingUsers > 1 && impl != DqnImplementation.DL4J)) {
            System.err.println("error: --users must be in [1, 4096] (above 1 only with --implementation dl4j), got "
                    + trainingUsers);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        // Without options, the agent's own defaults for this many training users.
        org.feedgym.agents.rl.DqnParameters defaults = new org.feedgym.agents.rl.DqnParameters(null, null, null, null,
                null, null, null, null, null, null, null, null, null, trainingUsers);
        int batch = batchSize == null ? defaults.batchSize() : batchSize;
        int every = trainEvery == null ? defaults.trainEvery() : trainEvery;
        if (batch < 1 || batch > 65_536) {
            return bad("--batch-size must be in [1, 65536], got " + batch);
        }
        if (every < 1 || every > 65_536) {
            return bad("--train-every must be in [1, 65536], got " + every);
        }
        DqnBenchmark.Settings settings = new DqnBenchmark.Settings(impl, d.type(), dqnSteps, d.warmupSteps(),
                every, batch, d.hiddenLayers(), 1, d.seed(), trainingUsers);
        System.out.println(Json.strictMapper().writeValueAsString(
                DqnBenchmark.run(config.toString(), world, settings, dqnRounds)));
        return 0;
    }

    /** A benchmark from another module (homogenization: the studies module). */
    private int contributed(Benchmark b) throws Exception {
        int t = threadCount;
        Map<String, Object> figures;
        try {
            figures = b.run(new Benchmark.Options(users, items, steps, attributes, recommender, t, passes));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        System.out.println(Json.strictMapper().writeValueAsString(figures));
        return 0;
    }
}
