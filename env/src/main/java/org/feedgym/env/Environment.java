package org.feedgym.env;

/**
 * A Gymnasium-style environment: one agent interacts with one episode at a time.
 *
 * <p>Usage:
 * <pre>{@code
 * try (Environment<FeedObservation, Integer> env = factory.create()) {
 *     ResetResult<FeedObservation> start = env.reset(42L);
 *     StepResult<FeedObservation> step = env.step(0);
 *     while (!step.done()) { step = env.step(policy.act(step.observation())); }
 * }
 * }</pre>
 *
 * <p>Calling {@link #step} before the first reset, or after a step that returned
 * {@code terminated} or {@code truncated}, throws {@link IllegalStateException}.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Environment<O, A> extends AutoCloseable {

    /** The set of observations this environment can produce. */
    Space<O> observationSpace();

    /** The set of legal actions. */
    Space<A> actionSpace();

    /**
     * Starts a new episode whose randomness is fully determined by {@code seed}.
     *
     * @param seed any long; the same seed and the same actions give the same episode
     * @return the first observation and an info map
     */
    ResetResult<O> reset(long seed);

    /**
     * Starts a new episode continuing the environment's own seed sequence (the seed of the
     * previous reset plus one; 0 if never seeded).
     */
    ResetResult<O> reset();

    /**
     * Applies one action.
     *
     * @param action an element of {@link #actionSpace()}; anything else throws
     *               {@link IllegalArgumentException}
     * @return next observation, reward, the two end flags and an info map
     */
    StepResult<O> step(A action);

    /** Describes this environment and every wrapper around it, with their arguments. */
    EnvSpec spec();

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
