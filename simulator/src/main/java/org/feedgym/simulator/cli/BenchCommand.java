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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedgym bench env|homogenization|dqn}: prints benchmark figures as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed and print the figures as JSON. Benchmarks:",
            "  env             population stepping under a random policy",
            "  dqn             DQN training on the world of --config: environment steps per second and peak memory",
            "  scaling         user-steps/s and peak heap as users, K and catalog size grow (JSON + report)",
            "  homogenization  the homogenization study's simulation (interactions per second; studies module)"})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BENCHMARK", description = "which benchmark: env, homogenization or dqn")
    String benchmark;

    @Option(names = "--users", description = "env, homogenization: population size (default 10000); "
            + "dqn: training users stepped together through the vector environment (default 1)")
    Integer usersOption;

    private int users;

    @Option(names = "--items", defaultValue = "10000", description = "catalog size (default ${DEFAULT-VALUE})")
    int items;

    @Option(names = "--candidates", defaultValue = "100", description = "K (default ${DEFAULT-VALUE})")
    int candidates;

    @Option(names = "--dimensions", defaultValue = "32", description = "embedding dimension (default ${DEFAULT-VALUE})")
    int dimensions;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--passes", defaultValue = "3", description = "measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--implementation", defaultValue = "dl4j",
            description = "dqn: dl4j (own loop on DL4J) or rl4j (RL4J QLearningDiscrete) (default ${DEFAULT-VALUE})")
    String implementation;

    @Option(names = "--config", defaultValue = "experiments/quickstart.json",
            description = "dqn: the experiment config whose world is trained on (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--steps", description = "homogenization: steps (default 100); dqn: measured training steps (default 30000)")
    Integer steps;

    @Option(names = "--attributes", defaultValue = "20",
            description = "homogenization: K, attributes of users and items (default ${DEFAULT-VALUE})")
    int attributes;

    @Option(names = "--recommender", defaultValue = "popularity",
            description = "homogenization: ideal, content, mf, social, popularity or random (default ${DEFAULT-VALUE})")
    String recommender;

    @Option(names = "--batch-size", description = "dqn: transitions per gradient update (default: the agent's, 32, or 8 x --users above 4)")
    Integer batchSize;

    @Option(names = "--train-every", description = "dqn: environment steps between gradient updates (default: the agent's, 4, or --users above 4);"
            + " the replay ratio is batch size / train every")
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

    @Option(names = "--rounds", defaultValue = "3",
            description = "env with --baseline: runs of each build, alternating (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        users = usersOption == null ? 10_000 : usersOption;
        if ("dqn".equals(benchmark)) {
            return benchDqn();
        }
        if ("scaling".equals(benchmark)) {
            return benchScaling();
        }
        if (!"env".equals(benchmark)) {
            Optional<Benchmark> contributed = Benchmark.find(benchmark);
            if (contributed.isPresent()) {
                return contributed(contributed.get());
            }
            List<String> known = new ArrayList<>(List.of("env", "dqn", "scaling"));
            known.addAll(Benchmark.contributed());
            System.err.println("error: unknown benchmark '" + benchmark + "'; known: " + known);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (users < 1 || items < 20 || candidates < 2 || candidates + 20 > items || dimensions < 2 || passes < 1) {
            System.err.println("error: need --users >= 1, --items >= 20, --candidates in [2, items - 20],"
                    + " --dimensions >= 2, --passes >= 1");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            System.err.println("error: --threads must be >= 1, got " + t);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
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
            if (rounds < 1) {
                System.err.println("error: --rounds must be >= 1, got " + rounds);
                return FeedGymCli.EXIT_BAD_INPUT;
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
            description = "scaling: largest users and items swept (default ${DEFAULT-VALUE})")
    int upTo;

    @Option(names = "--items-up-to",
            description = "scaling: largest catalog swept (default: --up-to); a catalog above 50,000 items builds"
                    + " the inverted-file neighbour index, about 3 CPU-minutes (85 s on 2 quiet cores) at 10^6 items")
    Integer itemsUpTo;

    @Option(names = "--user-steps-per-point", defaultValue = "2000000",
            description = "scaling: user-steps measured per point (default ${DEFAULT-VALUE})")
    long userStepsPerPoint;

    private int benchScaling() throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        int maxItems = itemsUpTo == null ? upTo : itemsUpTo;
        if (t < 1 || upTo < 1000 || maxItems < 1000 || userStepsPerPoint < 1) {
            System.err.println("error: need --threads >= 1, --up-to >= 1000, --items-up-to >= 1000,"
                    + " --user-steps-per-point >= 1");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        org.feedgym.simulator.bench.ScalingBenchmark.Settings d =
                org.feedgym.simulator.bench.ScalingBenchmark.Settings.defaults(t);
        org.feedgym.simulator.bench.ScalingBenchmark.Settings settings =
                new org.feedgym.simulator.bench.ScalingBenchmark.Settings(
                        d.users().stream().filter(u -> u <= upTo).toList(), d.candidates(),
                        d.items().stream().filter(i -> i <= maxItems).toList(), d.baseUsers(), d.baseCandidates(),
                        d.baseItems(), d.dimensions(), t, userStepsPerPoint);
        long start = System.nanoTime();
        List<org.feedgym.simulator.bench.ScalingBenchmark.Point> points =
                org.feedgym.simulator.bench.ScalingBenchmark.run(settings);
        Map<String, Object> figures = org.feedgym.simulator.bench.ScalingBenchmark.figures(settings, points,
                (System.nanoTime() - start) / 1e9);
        String json = Json.strictMapper().writeValueAsString(figures);
        java.nio.file.Path page = org.feedgym.simulator.report.ScalingReport.write(report, points, json);
        System.out.println(json);
        System.err.println("report: " + page);
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
        if (batch < 1 || batch > 65_536 || every < 1 || every > 65_536) {
            System.err.println("error: --batch-size and --train-every must be in [1, 65536], got " + batch + " and "
                    + every);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        DqnBenchmark.Settings settings = new DqnBenchmark.Settings(impl, d.type(), dqnSteps, d.warmupSteps(),
                every, batch, d.hiddenLayers(), 1, d.seed(), trainingUsers);
        System.out.println(Json.strictMapper().writeValueAsString(DqnBenchmark.run(config.toString(), world, settings)));
        return 0;
    }

    /** A benchmark from another module (homogenization: the studies module). */
    private int contributed(Benchmark b) throws Exception {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
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
