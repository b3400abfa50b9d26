package org.feedgym.spark;


import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.feedgym.agents.rl.BlasKernels;
import org.feedgym.env.data.DataPaths;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.SweepTrial;
import org.feedgym.simulator.output.Provenance;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.TrialExecutor;
import org.feedgym.simulator.sweep.TrialSpec;
import org.feedgym.agents.registry.AgentRegistry;

/**
 * Runs a sweep's trials as Apache Spark tasks: one partition, hence one task, per trial.
 *
 * <p>The driver (this JVM) sends each task its trial as a {@link TrialSpec}; the task runs it on
 * an executor and sends the trial's files back ({@link TrialOutcome}); the driver commits each
 * trial directory as its result arrives, while the other tasks still run. So the output directory
 * is only written by the driver and needs no shared filesystem; a driver that dies keeps every
 * trial committed so far, and the next run on the same directory (with either engine) reuses them.
 * Spark hands the driver one result per partition, whichever attempt produced it, and
 * {@link org.feedgym.simulator.sweep.TrialRecord#commitTo} refuses to overwrite a finished
 * trial, so a trial is counted once.
 *
 * <p>Configuration: every {@code spark.*} system property (as {@code spark-submit} sets them);
 * {@code --master} wins over {@code spark.master}; without either, {@code local[threads]}. A local
 * master binds to 127.0.0.1 and runs without the web UI unless told otherwise.
 */
public final class SparkTrialExecutor implements TrialExecutor {

    private final JavaSparkContext spark;
    private final int maxFailures;
    private final TrialRun run;

    SparkTrialExecutor(JavaSparkContext spark, int maxFailures, TrialRun run) {
        this.spark = spark;
        this.maxFailures = maxFailures;
        this.run = run;
    }

    /**
     * Starts a Spark context for a sweep.
     *
     * @param options {@code master} (or {@code spark.master}, or {@code local[threads]})
     * @throws IOException when Spark cannot start (a master that cannot be reached, say)
     */
    public static SparkTrialExecutor start(EngineOptions options) throws IOException {
        return start(options, TrialRun.PLAIN);
    }

    static SparkTrialExecutor start(EngineOptions options, TrialRun run) throws IOException {
        SparkJobs.Started started = SparkJobs.start(conf(options));
        return new SparkTrialExecutor(started.spark(), started.maxFailures(), run);
    }

    /** The Spark configuration of a sweep: system properties, then the options, then defaults. */
    static SparkConf conf(EngineOptions options) {
        SparkConf conf = new SparkConf();
        if (options.master() != null) {
            conf.setMaster(options.master().strip());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + options.threads() + "]");
        }
        conf.setIfMissing("spark.app.name", "feedgym-sweep");
        if (SparkMasters.isLocal(conf.get("spark.master"))) {
            // Loopback only: nothing listens beyond this machine, and no web UI port is taken.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // Started with java -jar rather than spark-submit: ship this jar (the shaded one, which
            // holds FeedGym and its dependencies) to the executors, as spark-submit would.
            codeJar().ifPresent(jar -> conf.set("spark.jars", jar));
        }
        // Results are consumed one at a time by the driver, which writes each to disk at once, so
        // their total (every trial's files) need not fit under Spark's default 1 GiB limit.
        conf.setIfMissing("spark.driver.maxResultSize", "0");
        // Executors in other JVMs record the same commit in each trial's manifest as the driver.
        String commit = Provenance.gitCommit();
        if (!"unknown".equals(commit)) {
            conf.setIfMissing("spark.executorEnv.FEEDGYM_GIT_COMMIT", commit);
        }
        // Executors run the JVM settings measured in shared/DEPENDENCIES.md (one ND4J thread, bounded
        // off-heap); Spark adds its own module openings to these options.
        conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
        // The driver's OpenBLAS kernels (the pinned ones unless it chose others), so that a trial's
        // neural agents train to the same numbers on every executor (BlasKernels).
        String kernels = BlasKernels.requested();
        conf.setIfMissing("spark.executorEnv." + BlasKernels.VARIABLE, kernels == null ? BlasKernels.PINNED : kernels);
        conf.setIfMissing("spark.executor.extraJavaOptions", "-XX:+UseParallelGC -Dorg.bytedeco.javacpp.maxPhysicalBytes=0");
        // Data catalogs: executors look for data where the driver found it (a path every worker must
        // be able to read: a shared or identically laid out filesystem); a set FEEDGYM_CACHE too.
        DataPaths.root().ifPresent(root -> conf.setIfMissing("spark.executorEnv." + DataPaths.VARIABLE, root.toString()));
        String cache = System.getProperty(EmbeddingCache.PROPERTY, System.getenv(EmbeddingCache.VARIABLE));
        if (cache != null && !cache.isBlank()) {
            conf.setIfMissing("spark.executorEnv." + EmbeddingCache.VARIABLE, Path.of(cache).toAbsolutePath().toString());
        }
        return conf;
    }

    private static java.util.Optional<String> codeJar() {
        try {
            var source = SparkTrialExecutor.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return java.util.Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") ? java.util.Optional.of(p.toString()) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String description() {
        return new SparkJobs.Started(spark, maxFailures).description();
    }

    @Override
    public int parallelism() {
        int local = SparkMasters.localThreads(spark.master());
        return local > 0 ? local : Math.max(1, spark.defaultParallelism());
    }

    /** Attempts Spark makes of each task. */
    int maxFailures() {
        return maxFailures;
    }

    @Override
    public Map<String, String> execute(List<SweepTrial> trials, Path trialsDir, TrialListener listener)
            throws IOException {
        Map<String, String> failed = new TreeMap<>();
        if (trials.isEmpty()) {
            return failed;
        }
        var mapper = new ConfigLoader(AgentRegistry.builtIn()).mapper();
        List<TrialSpec> specs = new ArrayList<>();
        for (SweepTrial t : trials) {
            specs.add(TrialSpec.of(t, mapper));
        }
        Map<Integer, String> missing = SparkJobs.runEach(spark, specs, new TrialTask(run, maxFailures),
                "FeedGym sweep: " + specs.size() + " trials", (index, outcome) -> {
                    if (outcome.record() != null) {
                        outcome.record().commitTo(trialsDir);
                    } else {
                        failed.put(outcome.id(), outcome.error());
                    }
                    listener.finished(outcome.id());
                });
        missing.forEach((index, why) -> {
            failed.put(specs.get(index).id(), why);
            listener.finished(specs.get(index).id());
        });
        return failed;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
