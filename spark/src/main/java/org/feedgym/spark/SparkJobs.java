package org.feedgym.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * What the sweep's and the training runs' Spark executors share: starting a context, and running
 * one task per item with each result handed to the driver thread as it arrives (so the driver
 * writes it at once, while the other tasks still run).
 */
final class SparkJobs {

    private SparkJobs() {
    }

    /** A started context and the attempts it makes of each task. */
    record Started(JavaSparkContext spark, int maxFailures) {

        /** One line for manifests and messages, e.g. {@code spark local[2] (Spark 3.5.1, task attempts 1)}. */
        String description() {
            return "spark " + spark.master() + " (Spark " + spark.version() + ", task attempts " + maxFailures + ")";
        }
    }

    /**
     * Starts a Spark context with {@code conf}.
     *
     * @throws IOException when Spark cannot start (a master that cannot be reached, say)
     */
    static Started start(SparkConf conf) throws IOException {
        int maxFailures = SparkMasters.maxFailures(conf.get("spark.master"), conf.get("spark.task.maxFailures", null));
        try {
            return new Started(new JavaSparkContext(conf), maxFailures);
        } catch (RuntimeException e) {
            throw new IOException("Spark could not start with master " + conf.get("spark.master") + ": " + e, e);
        }
    }

    /** Receives one task's result on the driver thread. */
    @FunctionalInterface
    interface Results<O> {
        /** Item {@code index}'s task returned {@code outcome}. */
        void accept(int index, O outcome) throws IOException;
    }

    private record Arrived<O>(int index, O outcome) {
    }

    /**
     * Runs {@code task} on every item, one partition (hence one task) each, and hands each result
     * to {@code results} on this thread as it arrives; Spark hands over one result per partition,
     * whichever attempt produced it. When {@code results} throws, the job is cancelled.
     *
     * @return why items had no result, by index; empty when every result arrived
     */
    static <I, O> Map<Integer, String> runEach(JavaSparkContext spark, List<I> items,
                                               AbstractFunction1<Iterator<I>, O> task, String description,
                                               Results<O> results) throws IOException {
        Map<Integer, String> missing = new TreeMap<>();
        if (items.isEmpty()) {
            return missing;
        }
        JavaRDD<I> rdd = spark.parallelize(items, items.size());
        spark.setJobDescription(description);
        BlockingQueue<Arrived<O>> arrived = new LinkedBlockingQueue<>();
        List<Object> partitions = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        SimpleFutureAction<BoxedUnit> job = spark.sc().submitJob(rdd.rdd(), task,
                CollectionConverters.asScala(partitions).toSeq(),
                (index, outcome) -> {
                    // Spark's scheduler thread: hand over and return; the driver thread does the I/O.
                    arrived.add(new Arrived<>((Integer) index, outcome));
                    return BoxedUnit.UNIT;
                },
                () -> BoxedUnit.UNIT);
        boolean[] settled = new boolean[items.size()];
        int count = 0;
        try {
            while (count < items.size()) {
                Arrived<O> a = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (a == null) {
                    if (job.isCompleted() && arrived.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (settled[a.index()]) {
                    continue; // Never happens with Spark's one result per partition; an item counts once regardless.
                }
                settled[a.index()] = true;
                count++;
                results.accept(a.index(), a.outcome());
            }
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Spark tasks", e);
        } catch (IOException | RuntimeException e) {
            job.cancel();
            throw e;
        }
        if (count < items.size()) {
            String why = job.value().isDefined() && job.value().get().isFailure()
                    ? "spark job failed: " + job.value().get().failed().get()
                    : "spark job ended without this task's result";
            for (int i = 0; i < items.size(); i++) {
                if (!settled[i]) {
                    missing.put(i, why);
                }
            }
        }
        return missing;
    }
}
