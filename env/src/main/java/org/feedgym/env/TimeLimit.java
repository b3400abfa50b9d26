package org.feedgym.env;

import java.util.HashMap;
import java.util.Map;

/**
 * Truncates episodes after a fixed number of steps, as Gymnasium's {@code TimeLimit}: the step
 * that reaches the limit returns {@code truncated = true} unless the episode terminated on it,
 * with {@code TimeLimit.truncated} in its info (and {@code endReason} {@code step-limit} where the
 * info has one). A config's {@code world.episode.maxSteps} builds this wrapper.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public final class TimeLimit<O, A> extends Wrapper<O, A> {

    private final int maxSteps;
    private int elapsed;
    private boolean truncatedHere;

    /**
     * @param inner    the environment to limit
     * @param maxSteps the number of steps after which an episode is truncated; at least 1
     */
    public TimeLimit(Environment<O, A> inner, int maxSteps) {
        super(inner);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    @Override
    public ResetResult<O> reset(long seed) {
        elapsed = 0;
        truncatedHere = false;
        return inner.reset(seed);
    }

    @Override
    public ResetResult<O> reset() {
        elapsed = 0;
        truncatedHere = false;
        return inner.reset();
    }

    @Override
    public StepResult<O> step(A action) {
        if (truncatedHere) {
            // The inner episode is not over, but this wrapper ended it: the same contract applies.
            throw new IllegalStateException("the episode was truncated by the time limit: call reset() before step()");
        }
        StepResult<O> result = inner.step(action);
        elapsed++;
        if (elapsed >= maxSteps && !result.done()) {
            Map<String, Object> info = new HashMap<>(result.info());
            info.put("TimeLimit.truncated", true);
            if (info.containsKey("endReason")) {
                info.put("endReason", EndReason.STEP_LIMIT.id());
            }
            truncatedHere = true;
            return new StepResult<>(result.observation(), result.reward(), false, true, info);
        }
        return result;
    }

    @Override
    public EnvSpec spec() {
        return new EnvSpec("time-limit", Map.of("maxSteps", maxSteps), inner.spec());
    }
}
