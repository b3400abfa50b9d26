package org.feedgym.env;

import java.util.random.RandomGenerator;

/**
 * A set of values (observations or actions), as Gymnasium's {@code Space}.
 *
 * @param <T> element type
 */
public interface Space<T> {

    /** True when {@code value} belongs to this space. {@code null} never does. */
    boolean contains(T value);

    /** Draws an element using only {@code random}. */
    T sample(RandomGenerator random);

    /** A short human-readable description, e.g. {@code Discrete(10)}. */
    String describe();
}
