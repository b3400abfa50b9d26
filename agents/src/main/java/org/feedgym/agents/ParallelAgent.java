package org.feedgym.agents;

import java.util.concurrent.ForkJoinPool;

/**
 * An agent that can act for its users in parallel: what it picks for a user depends on that
 * user's observation and state alone, so it may split the users of {@link #act} over a pool in
 * fixed chunks ({@link org.feedgym.env.parallel.UserChunks}) and its actions do not depend on the
 * pool or its size. Learning ({@link #observe}) stays on the calling thread.
 */
public interface ParallelAgent extends Agent {

    /**
     * From now on {@link #act} and {@link #actWithScores} may split users over {@code pool};
     * {@code null} acts on the calling thread (the state of a new agent).
     */
    void actOn(ForkJoinPool pool);
}
