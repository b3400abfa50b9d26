package org.feedgym.agents.rl;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.bench.MachineLoad;
import org.feedgym.env.bench.Median;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DQN training speed on a given world (the CLI's {@code bench dqn} passes the world of
 * {@code experiments/quickstart.json}): environment steps per second, training included
 * (acting, replay, gradient updates, target copies), and the process's peak resident memory.
 *
 * <p>Runs a warm-up training first, so that JIT compilation and ND4J's native initialisation are
 * not measured: {@link #warmupSteps}, long enough for {@value #WARMUP_UPDATES} gradient updates
 * where that takes at most {@value #WARMUP_ROUNDS} trainings. Then one measured training of a
 * fresh agent, or several ({@code rounds}: their median and each round's figure are printed;
 * {@code trainingSteps} and {@code episodes} are per round). Besides the wall-clock rate it
 * reports the CPU time of the training thread and of the process and the machine's load average,
 * because on a shared machine other processes slow the wall-clock rate down. Single-threaded by
 * construction; ND4J's own thread count is what the JVM was started with (set
 * {@code OMP_NUM_THREADS=1}) unless {@link Settings#nd4jThreads()} asks to set it.
 *
 * <p>Usage:
 * <pre>{@code
 * Map<String, Object> figures = DqnBenchmark.run("quickstart.json", world, DqnBenchmark.Settings.defaults());
 * }</pre>
 */
public final class DqnBenchmark {

    /**
     * Benchmark settings.
     *
     * @param implementation the own loop on DL4J or RL4J's QLearningDiscrete
     * @param type           {@code "dqn"} or {@code "double-dqn"}
     * @param trainingSteps  measured environment steps, at least 1
     * @param warmupSteps    unmeasured steps trained first on a separate agent, at least 0
     * @param trainEvery     environment steps between gradient updates, at least 1
     * @param batchSize      transitions per update, at least 1
     * @param hiddenLayers   hidden layer sizes
     * @param nd4jThreads    ND4J/OpenMP threads to set before running, or 0 to leave ND4J's setting
     * @param seed           world, agent and training seed
     * @param trainingUsers  training users stepped together (1: one user at a time)
     */
    public record Settings(DqnImplementation implementation, String type, int trainingSteps, int warmupSteps, int trainEvery,
                           int batchSize, List<Integer> hiddenLayers, int nd4jThreads, long seed, int trainingUsers) {

        public Settings {
            java.util.Objects.requireNonNull(implementation, "implementation");
            if (!DqnAgent.DQN.equals(type) && !DqnAgent.DOUBLE_DQN.equals(type)) {
                throw new IllegalArgumentException("type must be one of [dqn, double-dqn], got '" + type + "'");
            }
            if (trainingSteps < 1 || warmupSteps < 0 || trainEvery < 1 || batchSize < 1 || nd4jThreads < 0
                    || trainingUsers < 1) {
                throw new IllegalArgumentException("need trainingSteps >= 1, warmupSteps >= 0, trainEvery >= 1,"
                        + " batchSize >= 1, nd4jThreads >= 0, trainingUsers >= 1");
            }
            hiddenLayers = List.copyOf(hiddenLayers);
        }

        /** Double DQN, own loop, 30,000 steps after 5,000 warm-up, train every 4, batch 32, 64-64. */
        public static Settings defaults() {
            return new Settings(DqnImplementation.DL4J, DqnAgent.DOUBLE_DQN, 30_000, 5_000, 4, 32, List.of(64, 64), 0, 42L,
                    1);
        }
    }

    /**
     * Gradient updates the warm-up makes at least. The JVM warms up by how often code runs, and a
     * vectorised run makes one update per {@code trainEvery} steps (every 64 at 64 users, against
     * every 4 for one user): a warm-up of 5,000 steps, 78 updates at 64 users, left the first three
     * measured rounds of a run its slowest (README, "RL speed").
     */
    static final int WARMUP_UPDATES = 2_000;
    /** The most measured trainings' worth of steps the warm-up adds for {@link #WARMUP_UPDATES}. */
    static final int WARMUP_ROUNDS = 5;

    private DqnBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param worldSource where {@code world} was read from, for the printed figures
     * @param world       the world to train on
     * @param s           the settings
     * @return figures in print order: settings, observation size, network, steps per second,
     *         peak resident memory (VmHWM, MiB) and more
     * @throws IllegalStateException when training diverges
     */
    public static Map<String, Object> run(String worldSource, WorldConfig world, Settings s) {
        return run(worldSource, world, s, 1);
    }

    /**
     * Runs the benchmark with {@code rounds} measured trainings after the one warm-up, each of a
     * fresh agent from the same seed (so the same trajectories: the rounds differ only in time).
     * {@code stepsPerSecond} is then their median and {@code stepsPerSecondRounds} lists each
     * round's, so one command shows the spread that a shared machine puts into a single figure;
     * the seconds and CPU times are the rounds' totals.
     *
     * @param rounds measured trainings, at least 1
     */
    public static Map<String, Object> run(String worldSource, WorldConfig world, Settings s, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        if (s.nd4jThreads() > 0) {
            Nd4j.getEnvironment().setMaxThreads(s.nd4jThreads());
        }
        long t0 = System.nanoTime();
        World built = WorldFactory.create(world, s.seed(), null);
        double setup = (System.nanoTime() - t0) / 1e9;
        AgentContext context = new AgentContext(built.candidateCount(), built.observationDimension(),
                built.userFeatureCount(), s.seed());
        int warmupSteps = warmupSteps(s);
        if (warmupSteps > 0) {
            train(new DqnAgent(s.type(), parameters(s, warmupSteps), context), built, s.seed() + 1);
        }
        String loadBefore = MachineLoad.now();
        long cpu0 = processCpuNanos();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double seconds = 0;
        long[] perRound = new long[rounds];
        DqnAgent agent = null;
        int[] episodes = null;
        for (int round = 0; round < rounds; round++) {
            agent = new DqnAgent(s.type(), parameters(s, s.trainingSteps()), context);
            long start = System.nanoTime();
            episodes = train(agent, built, s.seed());
            double roundSeconds = (System.nanoTime() - start) / 1e9;
            seconds += roundSeconds;
            perRound[round] = Math.round(agent.trainedSteps() / roundSeconds);
        }
        double threadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9;
        double processCpu = (processCpuNanos() - cpu0) / 1e9;
        long steps = agent.trainedSteps() * (long) rounds;

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "dqn");
        out.put("implementation", s.implementation());
        out.put("type", s.type());
        out.put("world", worldSource + " (" + describe(world) + ")");
        out.put("observationDimension", built.observationDimension());
        out.put("actions", built.candidateCount());
        out.put("network", agent.describeNetwork());
        out.put("trainingUsers", s.trainingUsers());
        out.put("batchSize", s.batchSize());
        out.put("trainEvery", s.trainEvery());
        // Transitions sampled for updates per environment step (the same for every N: the schedule
        // counts environment steps).
        out.put("replayRatio", round((double) s.batchSize() / s.trainEvery()));
        out.put("warmupSteps", warmupSteps);
        out.put("trainingSteps", agent.trainedSteps());
        out.put("episodes", episodes[0]);
        out.put("rounds", rounds);
        out.put("seconds", round(seconds));
        out.put("stepsPerSecond", Median.of(perRound));
        out.put("stepsPerSecondRounds", Arrays.stream(perRound).boxed().toList());
        out.put("trainingThreadCpuSeconds", round(threadCpu));
        out.put("processCpuSeconds", round(processCpu));
        out.put("stepsPerTrainingThreadCpuSecond", Math.round(steps / threadCpu));
        out.put("loadAverageBefore", loadBefore);
        out.put("loadAverageAfter", MachineLoad.now());
        out.put("worldSetupSeconds", round(setup));
        out.put("peakRssMiB", procStatusMiB("VmHWM"));
        out.put("rssMiB", procStatusMiB("VmRSS"));
        out.put("peakHeapMiB", peakHeapMiB());
        out.put("nd4jThreads", Nd4j.getEnvironment().maxThreads());
        out.put("ompNumThreads", String.valueOf(System.getenv("OMP_NUM_THREADS")));
        out.put("openblasKernels", BlasKernels.describe());
        out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("jvmArguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return out;
    }

    /** For example {@code 2000 items, 12 topics, 4 harmful, d=16, K=10, maxSteps=300, harmPenalty=0.2}. */
    private static String describe(WorldConfig w) {
        CatalogConfig c = w.catalog();
        String catalog = c.items() == null ? c.type() + " catalog"
                : c.items() + " items" + (c.topics() == null ? "" : ", " + c.topics() + " topics")
                + (c.harmfulTopics() == null ? "" : ", " + c.harmfulTopics() + " harmful");
        return catalog + (c.dimensions() == null ? "" : ", d=" + c.dimensions()) + ", K=" + w.candidates().k()
                + ", maxSteps=" + w.episode().maxSteps() + ", harmPenalty=" + w.reward().harmPenalty();
    }

    private static DqnParameters parameters(Settings s, int steps) {
        return new DqnParameters(s.hiddenLayers(), null, null, null, null, null, null, null, s.batchSize(), steps,
                s.trainEvery(), null, s.implementation(), s.trainingUsers());
    }

    private static int[] train(DqnAgent agent, World world, long seed) {
        int[] episodes = new int[1];
        TrainingLog log = (step, episode, episodeReturn, loss, epsilon) -> episodes[0]++;
        try {
            agent.train(new Training(world, seed, log));
        } catch (TrainingDivergedException e) {
            throw new IllegalStateException("benchmark training diverged: " + e.getMessage(), e);
        }
        return episodes;
    }

    /**
     * A memory figure of this process from {@code /proc/self/status} in MiB ({@code VmHWM}: peak
     * resident set; {@code VmRSS}: current), or -1 where that file does not exist (not Linux).
     */
    public static long procStatusMiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith(field + ":")) {
                    String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Peak use of the Java heap over all heap pools, in MiB (part of the resident memory above). */
    private static long peakHeapMiB() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** CPU time of the whole process (every thread, GC included), or -1 when the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * The warm-up's environment steps: {@link Settings#warmupSteps()}, and more where needed for
     * {@link #WARMUP_UPDATES} gradient updates at {@link Settings#trainEvery()}, but no more for
     * them than {@link #WARMUP_ROUNDS} measured trainings (a rare update schedule does not make
     * the warm-up endless); none when {@code warmupSteps} is 0.
     */
    static int warmupSteps(Settings s) {
        if (s.warmupSteps() == 0) {
            return 0;
        }
        long forUpdates = Math.min((long) WARMUP_UPDATES * s.trainEvery(), (long) WARMUP_ROUNDS * s.trainingSteps());
        return (int) Math.min(Integer.MAX_VALUE, Math.max(s.warmupSteps(), forUpdates));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
