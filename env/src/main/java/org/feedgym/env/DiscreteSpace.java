package org.feedgym.env;

import java.util.random.RandomGenerator;

/**
 * The integers {@code 0 .. n-1}, Gymnasium's {@code Discrete(n)}.
 *
 * @param n number of elements; at least 1
 */
public record DiscreteSpace(int n) implements Space<Integer> {

    public DiscreteSpace {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
    }

    @Override
    public boolean contains(Integer value) {
        return value != null && value >= 0 && value < n;
    }

    @Override
    public Integer sample(RandomGenerator random) {
        return random.nextInt(n);
    }

    @Override
    public String describe() {
        return "Discrete(" + n + ")";
    }
}
