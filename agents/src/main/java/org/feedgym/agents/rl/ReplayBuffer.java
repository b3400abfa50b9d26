package org.feedgym.agents.rl;

import java.util.random.RandomGenerator;

/**
 * Experience replay memory in plain arrays (Lin 1992; Mnih et al. 2015): a ring of the most
 * recent transitions (s, a, r, s', terminated), sampled uniformly with replacement. No ND4J
 * here: a sampled mini-batch becomes one ND4J array per update.
 *
 * <p>{@code terminated} is the only end flag stored: a transition cut by a horizon (truncated)
 * keeps {@code terminated = false} and its true next observation, so its target bootstraps.
 */
final class ReplayBuffer {

    private final int capacity;
    private final int dim;
    private final float[] states;
    private final float[] nextStates;
    private final int[] actions;
    private final float[] rewards;
    private final boolean[] terminated;
    private int size;
    private int next;

    /**
     * @param capacity transitions kept, at least 1
     * @param dim      observation length
     */
    ReplayBuffer(int capacity, int dim) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        if ((long) capacity * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("replay memory of " + capacity + " transitions of " + dim
                    + " floats does not fit in a Java array; lower replaySize");
        }
        this.capacity = capacity;
        this.dim = dim;
        this.states = new float[capacity * dim];
        this.nextStates = new float[capacity * dim];
        this.actions = new int[capacity];
        this.rewards = new float[capacity];
        this.terminated = new boolean[capacity];
    }

    /** Stores a transition, overwriting the oldest when full. The arrays are copied. */
    void add(float[] state, int action, float reward, float[] nextState, boolean isTerminated) {
        System.arraycopy(state, 0, states, next * dim, dim);
        System.arraycopy(nextState, 0, nextStates, next * dim, dim);
        actions[next] = action;
        rewards[next] = reward;
        terminated[next] = isTerminated;
        next = (next + 1) % capacity;
        if (size < capacity) {
            size++;
        }
    }

    /** Transitions stored. */
    int size() {
        return size;
    }

    /**
     * Draws {@code n} transitions uniformly with replacement into the given arrays (row-major
     * for the observations).
     */
    void sample(RandomGenerator random, int n, float[] s, int[] a, float[] r, float[] s2, boolean[] term) {
        if (size == 0) {
            throw new IllegalStateException("the replay memory is empty");
        }
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(size);
            System.arraycopy(states, j * dim, s, i * dim, dim);
            System.arraycopy(nextStates, j * dim, s2, i * dim, dim);
            a[i] = actions[j];
            r[i] = rewards[j];
            term[i] = terminated[j];
        }
    }
}
