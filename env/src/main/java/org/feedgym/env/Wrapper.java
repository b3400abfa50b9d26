package org.feedgym.env;

/**
 * Base of environment wrappers: delegates everything to the wrapped environment. Subclasses
 * override what they change and report their own arguments through {@link #spec()}.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public abstract class Wrapper<O, A> implements Environment<O, A> {

    /** The wrapped environment. */
    protected final Environment<O, A> inner;

    protected Wrapper(Environment<O, A> inner) {
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
    }

    @Override
    public Space<O> observationSpace() {
        return inner.observationSpace();
    }

    @Override
    public Space<A> actionSpace() {
        return inner.actionSpace();
    }

    @Override
    public ResetResult<O> reset(long seed) {
        return inner.reset(seed);
    }

    @Override
    public ResetResult<O> reset() {
        return inner.reset();
    }

    @Override
    public StepResult<O> step(A action) {
        return inner.step(action);
    }

    @Override
    public void close() {
        inner.close();
    }
}
