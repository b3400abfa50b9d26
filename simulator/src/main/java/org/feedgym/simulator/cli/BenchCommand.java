package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.Callable;
import org.feedgym.simulator.bench.EnvBenchmark;
import org.feedgym.simulator.config.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedgym bench env}: prints benchmark figures as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and print the figures as JSON. Benchmarks: env, dqn.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BENCHMARK", description = "which benchmark: env (population stepping), dqn (DQN training steps/s and peak memory)")
    String benchmark;

    @Option(names = "--users", defaultValue = "10000", description = "population size (default ${DEFAULT-VALUE})")
    int users;

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

    @Option(names = "--steps", defaultValue = "30000", description = "dqn: measured training steps (default ${DEFAULT-VALUE})")
    int steps;

    @Override
    public Integer call() throws Exception {
        if ("dqn".equals(benchmark)) {
            return benchDqn();
        }
        if (!"env".equals(benchmark)) {
            System.err.println("error: unknown benchmark '" + benchmark + "'; known: [env, dqn]");
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
        Map<String, Object> figures = EnvBenchmark.run(
                new EnvBenchmark.Settings(users, items, candidates, dimensions, t, passes));
        ObjectMapper mapper = Json.strictMapper();
        System.out.println(mapper.writeValueAsString(figures));
        return 0;
    }

    private int benchDqn() throws Exception {
        if (!implementation.equals("dl4j") && !implementation.equals("rl4j")) {
            System.err.println("error: --implementation must be dl4j or rl4j, got '" + implementation + "'");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (steps < 1000) {
            System.err.println("error: --steps must be >= 1000, got " + steps);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        org.feedgym.agents.rl.DqnBenchmark.Settings d = org.feedgym.agents.rl.DqnBenchmark.Settings.defaults();
        org.feedgym.agents.rl.DqnBenchmark.Settings settings = new org.feedgym.agents.rl.DqnBenchmark.Settings(
                implementation, d.type(), steps, d.warmupSteps(), d.trainEvery(), d.batchSize(), d.hiddenLayers(),
                1, d.seed());
        System.out.println(Json.strictMapper().writeValueAsString(org.feedgym.agents.rl.DqnBenchmark.run(settings)));
        return 0;
    }
}
