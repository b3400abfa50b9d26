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
