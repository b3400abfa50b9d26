package org.feedgym.env.usermodel;

/**
 * How likely a user marks a shown item "not interested" (a hate), given how much they watched.
 * The step decides it with a draw from the user's own negative-signal generator, not from the
 * response generator, so adding it left every other draw of a step unchanged. A hate is recorded
 * in the step's outcome; it changes neither reward nor user state.
 */
public interface NegativeSignalModel {

    /** P(hate | watch ratio {@code watch}, interest–item cosine {@code affinity}), in [0, 1]. */
    double probability(double watch, double affinity);
}
