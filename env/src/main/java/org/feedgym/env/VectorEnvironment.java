package org.feedgym.env;

/**
 * A Gymnasium-style vector environment: N users (sub-environments) step together, one action
 * each, through arrays. This is the contract the simulator's evaluation loop, the agents and the
 * log collectors run on; the single-user {@link Environment} is the same world with N = 1.
 *
 * <p>Usage:
 * <pre>{@code
 * try (VectorEnvironment env = world.vectorEnvironment(pool)) {
 *     ObservationBatch obs = env.reset(userSeeds);
 *     int[] actions = new int[env.numEnvs()];
 *     while (!env.allDone()) {
 *         policy.act(obs, actions);
 *         StepOutcomes out = env.step(actions);   // rewards, terminated, truncated, infos
 *         obs = out.observations();
 *     }
 * }
 * }</pre>
 *
 * <p><b>Autoreset.</b> Gymnasium 1.x names three modes ({@code gymnasium.vector.AutoresetMode}):
 * {@code NEXT_STEP}, {@code SAME_STEP} and {@code DISABLED}. FeedGym's vector environments run in
 * {@code DISABLED} mode: a sub-environment whose episode ended (terminated or truncated) stays
 * ended, its actions are ignored and its outcomes are zero ({@code shownItem = -1}), until it is
 * reset explicitly with {@link #reset(long[], boolean[])} (Gymnasium's {@code reset_mask}) or the
 * whole batch with {@link #reset(long[])}. An evaluation runs each user for exactly one episode
 * this way; a learner that wants fresh episodes resets the ended users by mask.
 *
 * <p>Every user's randomness comes from its own seed, so user {@code u}'s trajectory does not
 * depend on N, on the other users, or on the number of threads.
 */
public interface VectorEnvironment extends AutoCloseable {

    /** The observation space of one user (Gymnasium's {@code single_observation_space}). */
    Space<FeedObservation> singleObservationSpace();

    /** The action space of one user, Discrete(K) (Gymnasium's {@code single_action_space}). */
    DiscreteSpace singleActionSpace();

    /** The autoreset mode: always {@link AutoresetMode#DISABLED} for FeedGym's environments. */
    default AutoresetMode autoresetMode() {
        return AutoresetMode.DISABLED;
    }

    /**
     * Starts one episode per seed; the number of users N is {@code seeds.length} from now on.
     *
     * @param seeds one seed per user; at least one
     * @return the first observations (a live view)
     */
    ObservationBatch reset(long[] seeds);

    /**
     * Restarts the users whose {@code mask} entry is true, each from its entry of {@code seeds};
     * the others go on unchanged. Requires an earlier {@link #reset(long[])} with the same N.
     *
     * @return the observations (a live view)
     */
    ObservationBatch reset(long[] seeds, boolean[] mask);

    /**
     * Applies one action per user. Actions of users whose episode has ended are ignored.
     *
     * @param actions one candidate index in [0, K) per user
     * @return the step's outcomes (a live view, overwritten by the next step)
     * @throws IllegalArgumentException naming the user when an active user's action is out of
     *                                  range; no user has moved then
     * @throws IllegalStateException    before the first reset
     */
    StepOutcomes step(int[] actions);

    /**
     * Ends user {@code u}'s episode now as truncated for {@code reason} (a horizon wrapper's
     * limit): the user is inactive from the next step on, as after any other end.
     *
     * @param reason an end reason that truncates
     */
    void truncate(int u, EndReason reason);

    /**
     * Ends user {@code u}'s current session now for {@code reason}, after this step's outcomes (a
     * user-side intervention: the user took a break, or did not start the next video). In an
     * episode of one session that ends the episode; an environment whose episodes span several
     * sessions (days with returns) lets the user's return model decide, as after any other session
     * end, whether the user comes back and after what gap. The default ends the episode through
     * {@link #truncate} for truncating reasons; environments that can end an episode as terminated,
     * or start a next session, override it.
     *
     * @param reason an end reason other than {@link EndReason#NONE}
     * @return how the episode ended ({@code reason}, or the return model's churn or day horizon),
     *         or {@link EndReason#NONE} when the user's next session has started
     * @throws UnsupportedOperationException for a terminating reason when this environment cannot
     *                                       end episodes from outside
     */
    default EndReason endSession(int u, EndReason reason) {
        if (!reason.truncates()) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot end an episode as "
                    + reason.id());
        }
        truncate(u, reason);
        return reason;
    }

    /** The current observations (a live view). */
    ObservationBatch observations();

    /** Number of users N (after the first reset). */
    int numEnvs();

    /** Number of users whose episode goes on. */
    int activeCount();

    /** True when every user's episode has ended. */
    default boolean allDone() {
        return activeCount() == 0;
    }

    /** Per-user facts beyond the step outcomes (Gymnasium's {@code infos}): persona, clock, sessions. */
    UserInfos infos();

    /**
     * Read access to the users' hidden state, for the oracle baselines only (ordinary agents
     * never get it).
     */
    PrivilegedView privilegedView();

    /** Describes this environment and every wrapper around it, with their arguments. */
    EnvSpec spec();

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }

    /** Gymnasium 1.x's autoreset modes for vector environments. */
    enum AutoresetMode {
        /** An ended sub-environment is reset on the step after the one that ended it. */
        NEXT_STEP,
        /** An ended sub-environment is reset within the step that ended it. */
        SAME_STEP,
        /** Sub-environments are reset only when the caller asks, by mask. */
        DISABLED
    }
}
