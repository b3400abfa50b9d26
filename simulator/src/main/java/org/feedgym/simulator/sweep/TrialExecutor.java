package org.feedgym.simulator.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.feedgym.simulator.config.SweepTrial;

/**
 * Where the trials of a sweep run: the engine seam of {@link SweepRunner}.
 *
 * <p>The sweep runner decides which trials are pending (a trial whose {@code trials/<id>/summary.json}
 * exists is finished and reused), hands them to an executor, and afterwards reads the committed
 * trial directories to write the sweep's {@code summary.json} and {@code manifest.json}. An
 * executor's whole job is to make each pending trial's directory appear under {@code trialsDir},
 * atomically and at most once, or to report why it could not.
 *
 * <p>Implementations: {@link LocalTrialExecutor} (a thread pool in this JVM, the default) and, in
 * the optional {@code spark} module, an executor whose trials are Apache Spark tasks; further
 * engines are found through {@link TrialEngine} and {@link TrialEngines}. Whatever the engine, a
 * trial runs on one thread from its own config and seed, so its files are the same bytes (the
 * timestamps of its {@code manifest.json} aside).
 */
public interface TrialExecutor extends AutoCloseable {

    /** Told once per trial, when its directory has been committed or it has failed. */
    @FunctionalInterface
    interface TrialListener {
        /**
         * Called from any thread, possibly concurrently; implementations synchronize themselves.
         *
         * @param trialId the trial's id, e.g. {@code trial-004}
         */
        void finished(String trialId);
    }

    /** One line for the sweep's manifest, e.g. {@code local thread pool} or {@code spark local[2]}. */
    String description();

    /** How many trials run at once (at least 1); the sweep's manifest records it as {@code threads}. */
    int parallelism();

    /**
     * Runs the trials and commits each finished one as {@code trialsDir/<id>}.
     *
     * <p>Contract: a directory appears all at once (no reader sees half a trial); a trial is
     * committed at most once even when its work ran more than once (a retried or speculative
     * task); a directory that already holds a finished trial is never overwritten; a trial that
     * fails leaves no directory and is reported in the returned map. The call returns when every
     * trial has been committed or has failed.
     *
     * @param trials    the pending trials, in sweep order; none of them has a directory yet
     * @param trialsDir the sweep's {@code trials} directory (exists)
     * @param listener  told after each trial, committed or failed
     * @return trial id → error message, for the trials that failed (empty when all were committed)
     * @throws IOException when the engine itself fails (not a trial): nothing is known about the
     *                     trials that were not yet committed
     */
    Map<String, String> execute(List<SweepTrial> trials, Path trialsDir, TrialListener listener) throws IOException;

    /** Releases the engine's resources (threads, a Spark context). */
    @Override
    void close() throws IOException;

    /**
     * The message recorded for a failed trial, the same for every engine: the exception as
     * {@link Throwable#toString()}, an {@link UncheckedIOException} unwrapped to its cause.
     */
    static String describeFailure(Throwable error) {
        Throwable t = error instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : error;
        return String.valueOf(t);
    }
}
