package org.feedgym.env;

import java.util.Objects;

/**
 * Base of vector-environment wrappers: delegates everything to the wrapped environment.
 * Subclasses override what they change and report their own arguments through {@link #spec()}.
 */
public abstract class VectorWrapper implements VectorEnvironment {

    /** The wrapped environment. */
    protected final VectorEnvironment inner;

    protected VectorWrapper(VectorEnvironment inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public Space<FeedObservation> singleObservationSpace() {
        return inner.singleObservationSpace();
    }

    @Override
    public DiscreteSpace singleActionSpace() {
        return inner.singleActionSpace();
    }

    @Override
    public AutoresetMode autoresetMode() {
        return inner.autoresetMode();
    }

    @Override
    public ObservationBatch reset(long[] seeds) {
        return inner.reset(seeds);
    }

    @Override
    public ObservationBatch reset(long[] seeds, boolean[] mask) {
        return inner.reset(seeds, mask);
    }

    @Override
    public StepOutcomes step(int[] actions) {
        return inner.step(actions);
    }

    @Override
    public void truncate(int u, EndReason reason) {
        inner.truncate(u, reason);
    }

    @Override
    public EndReason endSession(int u, EndReason reason) {
        return inner.endSession(u, reason);
    }

    @Override
    public ObservationBatch observations() {
        return inner.observations();
    }

    @Override
    public int numEnvs() {
        return inner.numEnvs();
    }

    @Override
    public int activeCount() {
        return inner.activeCount();
    }

    @Override
    public UserInfos infos() {
        return inner.infos();
    }

    @Override
    public PrivilegedView privilegedView() {
        return inner.privilegedView();
    }

    @Override
    public void close() {
        inner.close();
    }
}
