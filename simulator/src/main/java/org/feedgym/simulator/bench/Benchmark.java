package org.feedgym.simulator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A benchmark contributed by a module the simulator does not depend on, found by name through
 * {@link ServiceLoader} and run by {@code feedgym bench NAME}: the studies module's
 * {@code homogenization}. The simulator's own benchmarks ({@link EnvBenchmark}, and the agents'
 * DQN benchmark) are called by the command directly, since their code is on this module's
 * classpath; this interface exists so that the dependency between the simulator and the studies
 * points one way only (studies → simulator).
 */
public interface Benchmark {

    /**
     * The command's options as typed (each benchmark reads the ones it uses and documents them in
     * {@code feedgym bench --help}).
     *
     * @param users       users (the command's default 10000)
     * @param items       items (default 10000)
     * @param steps       steps, or null for the benchmark's default
     * @param attributes  attributes of users and items (default 20)
     * @param recommender the recommender stepped, by id (default "popularity")
     * @param threads     worker threads, at least 1
     * @param passes      measured passes (default 3)
     */
    record Options(int users, int items, Integer steps, int attributes, String recommender, int threads,
                   int passes) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
            }
        }
    }

    /** The name {@code feedgym bench} selects it by. */
    String name();

    /**
     * Runs the benchmark.
     *
     * @return the figures, in output order
     * @throws IllegalArgumentException when an option is out of range, in one line naming it
     */
    Map<String, Object> run(Options options);

    /** The contributed benchmark called {@code name}, if one is on the classpath. */
    static Optional<Benchmark> find(String name) {
        for (Benchmark b : ServiceLoader.load(Benchmark.class)) {
            if (b.name().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Names of the contributed benchmarks on the classpath. */
    static List<String> contributed() {
        List<String> names = new ArrayList<>();
        for (Benchmark b : ServiceLoader.load(Benchmark.class)) {
            names.add(b.name());
        }
        return names;
    }
}
