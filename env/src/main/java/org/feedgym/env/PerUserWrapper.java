package org.feedgym.env;

/**
 * Base of vector wrappers that keep state per user (a step counter, a running return): the
 * state of every user starts afresh on a full reset and that of the masked users on a masked
 * reset, after the wrapped environment has reset.
 */
public abstract class PerUserWrapper extends VectorWrapper {

    protected PerUserWrapper(VectorEnvironment inner) {
        super(inner);
    }

    /** Starts the state of {@code users} users afresh (a full reset with that many seeds). */
    protected abstract void startUsers(int users);

    /** Starts user {@code u}'s state afresh (a masked reset). */
    protected abstract void restartUser(int u);

    /** True when user {@code u} was shown an item this step and its episode goes on. */
    protected static boolean shownAndGoesOn(StepOutcomes out, int u) {
        return out.shownItem(u) >= 0 && !out.terminated(u) && !out.truncated(u);
    }

    /**
     * Ends user {@code u}'s session here for {@code reason}, in the wrapped environment and in
     * {@code out}: the episode ends, or (episodes of several sessions) the user's next session
     * starts as the return model decides ({@link VectorEnvironment#endSession}).
     *
     * @return whether the episode goes on with a next session
     */
    protected final boolean endSessionHere(StepOutcomes out, int u, EndReason reason) {
        EndReason end = inner.endSession(u, reason);
        out.recordEnd(u, end, end == EndReason.NONE);
        return end == EndReason.NONE;
    }

    @Override
    public final ObservationBatch reset(long[] seeds) {
        ObservationBatch batch = inner.reset(seeds);
        startUsers(seeds.length);
        return batch;
    }

    @Override
    public final ObservationBatch reset(long[] seeds, boolean[] mask) {
        ObservationBatch batch = inner.reset(seeds, mask);
        for (int u = 0; u < mask.length; u++) {
            if (mask[u]) {
                restartUser(u);
            }
        }
        return batch;
    }
}
