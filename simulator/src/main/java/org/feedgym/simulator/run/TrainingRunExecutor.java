package org.feedgym.simulator.run;

import java.io.IOException;
import java.util.List;

/**
 * Computes a run's training runs somewhere other than this JVM's thread pool (Spark, in the
 * optional {@code spark} module): the engine seam of a single run, as
 * {@link org.feedgym.simulator.sweep.TrialExecutor} is that of a sweep.
 *
 * <p>{@link RunService} hands an executor the training runs not yet kept in the run's checkpoint
 * folder ({@link TrainingRunCheckpoints}); the executor computes each one
 * ({@link TrainingRunSpec#compute}) and hands the result to the sink as it arrives, on the calling
 * thread; the service keeps it there. Then the service runs as it always does and finds every run
 * kept, so the files are those of a local run. Without an executor the thread pool computes the
 * runs itself.
 */
public interface TrainingRunExecutor extends AutoCloseable {

    /** Receives each finished training run, on the thread that called {@link #execute}. */
    @FunctionalInterface
    interface Sink {
        /** Training run {@code spec} finished with {@code result}. */
        void finished(TrainingRunSpec spec, TrainingRunResult result);
    }

    /** One line for messages, e.g. {@code spark local[2] (Spark 3.5.1, task attempts 1)}. */
    String description();

    /**
     * Computes the runs and hands each result to {@code sink} as it arrives.
     *
     * @param runs the training runs to compute, none of them kept yet
     * @throws RunsFailed  when some runs could not be computed (after the engine's retries); the
     *                      others were handed to the sink and stay kept
     * @throws IOException when the engine itself failed; the runs already handed to the sink stay kept
     */
    void execute(List<TrainingRunSpec> runs, Sink sink) throws IOException;

    /** Some training runs failed on the engine (not bad input): the message names each and why. */
    final class RunsFailed extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message names every failed run and its error */
        public RunsFailed(String message) {
            super(message);
        }
    }

    /** Releases the engine's resources. */
    @Override
    void close() throws IOException;
}
