package org.feedgym.agents.rl;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.EnvSpec;
import org.feedgym.env.Environment;
import org.feedgym.env.ResetResult;
import org.feedgym.env.Space;
import org.feedgym.env.StepResult;

/**
 * Deterministic tabular MDPs with known optimal Q-values, observed as one-hot vectors.
 *
 * <p>{@link #chain()}: two states, two actions, start in state 0.
 * <pre>
 *   state 0, action 0: reward 0, go to state 1      state 0, action 1: reward 0.5, terminate
 *   state 1, action 0: reward 1, terminate          state 1, action 1: reward 0, stay in state 1
 * </pre>
 * With γ = 0.9: V(1) = 1, so Q(1,0) = 1, Q(1,1) = 0.9·1 = 0.9, Q(0,0) = 0.9·1 = 0.9, Q(0,1) = 0.5.
 * A learner that bootstrapped on termination would push Q(0,1) and Q(1,0) above these.
 *
 * <p>{@link #endless(double)}: one state, two actions, never terminates: action 0 pays 1, action 1
 * pays 0. Wrapped in a {@code TimeLimit} it is truncated; the true values are
 * Q(s,0) = 1/(1−γ) and Q(s,1) = γ/(1−γ), which a learner only finds if it bootstraps on
 * truncation.
 */
final class TinyEnvironment implements Environment<float[], Integer> {

    private final int states;
    private final boolean endless;
    private final double scale;
    private int state;
    private boolean over = true;

    private TinyEnvironment(int states, boolean endless, double scale) {
        this.states = states;
        this.endless = endless;
        this.scale = scale;
    }

    static TinyEnvironment chain() {
        return new TinyEnvironment(2, false, 1);
    }

    /** The one-state endless MDP; every reward is multiplied by {@code scale}. */
    static TinyEnvironment endless(double scale) {
        return new TinyEnvironment(1, true, scale);
    }

    static float[] oneHot(int state, int states) {
        float[] v = new float[states];
        v[state] = 1f;
        return v;
    }

    @Override
    public Space<float[]> observationSpace() {
        return new Space<>() {
            @Override
            public boolean contains(float[] value) {
                return value != null && value.length == states;
            }

            @Override
            public float[] sample(RandomGenerator random) {
                return oneHot(random.nextInt(states), states);
            }

            @Override
            public String describe() {
                return "OneHot(" + states + ")";
            }
        };
    }

    @Override
    public Space<Integer> actionSpace() {
        return new DiscreteSpace(2);
    }

    @Override
    public ResetResult<float[]> reset(long seed) {
        state = 0;
        over = false;
        return new ResetResult<>(oneHot(0, states), Map.of());
    }

    @Override
    public ResetResult<float[]> reset() {
        return reset(0);
    }

    @Override
    public StepResult<float[]> step(Integer action) {
        if (over) {
            throw new IllegalStateException("the episode has ended (or never began): reset first");
        }
        if (action == null || action < 0 || action > 1) {
            throw new IllegalArgumentException("action must be in Discrete(2), got " + action);
        }
        if (endless) {
            return new StepResult<>(oneHot(0, 1), action == 0 ? scale : 0, false, false, Map.of());
        }
        double reward;
        boolean terminated;
        if (state == 0) {
            reward = action == 0 ? 0 : 0.5;
            terminated = action == 1;
            state = 1;
        } else {
            reward = action == 0 ? 1 : 0;
            terminated = action == 0;
        }
        over = terminated;
        return new StepResult<>(oneHot(state, states), reward, terminated, false, Map.of());
    }

    @Override
    public EnvSpec spec() {
        return new EnvSpec(endless ? "endless" : "chain", Map.of(), null);
    }
}
