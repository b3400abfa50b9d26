package org.feedgym.env;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Truncates each user's episode after a fixed number of steps, as Gymnasium's {@code TimeLimit}
 * does for every sub-environment: the step that reaches the limit ends with {@code truncated}
 * and {@link EndReason#STEP_LIMIT} unless the episode terminated or was truncated on it for
 * another reason. A config's {@code world.episode.maxSteps} builds this wrapper.
 */
public final class VectorTimeLimit extends PerUserWrapper {

    private final int maxSteps;
    private int[] elapsed = new int[0];

    /**
     * @param inner    the environment to limit
     * @param maxSteps the number of steps after which a user's episode is truncated; at least 1
     */
    public VectorTimeLimit(VectorEnvironment inner, int maxSteps) {
        super(inner);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /** The step limit. */
    public int maxSteps() {
        return maxSteps;
    }

    @Override
    protected void startUsers(int users) {
        elapsed = new int[users];
    }

    @Override
    protected void restartUser(int u) {
        elapsed[u] = 0;
    }

    @Override
    public StepOutcomes step(int[] actions) {
        StepOutcomes out = inner.step(actions);
        for (int u = 0; u < elapsed.length; u++) {
            if (out.shownItem(u) < 0) {
                continue;
            }
            elapsed[u]++;
            if (elapsed[u] >= maxSteps && !out.terminated(u) && !out.truncated(u)) {
                inner.truncate(u, EndReason.STEP_LIMIT);
                out.recordEnd(u, EndReason.STEP_LIMIT, out.sessionStarted(u));
            }
        }
        return out;
    }

    @Override
    public EnvSpec spec() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("maxSteps", maxSteps);
        return new EnvSpec("time-limit", args, inner.spec());
    }
}
