package org.feedgym.env.usermodel;

/**
 * How likely a user marks a shown item "not interested" (a hate), given how much they watched.
 * The step decides it with a draw from the user's own negative-signal generator, not from the
 * response generator, so adding it left every other draw of a step unchanged. A hate is recorded
 * in the step's outcome; it changes neither reward nor user state.
 */
public interface NegativeSignalModel {

    /**
     * P(hate) of a shown item, in [0, 1].
     *
     * @param watch          the watch ratio just sampled
     * @param affinity       cosine of the user's interest and the item's embedding, in [−1, 1]
     * @param harmAttraction the persona's harm attraction in [0, 1] (1 = drawn to harm)
     * @param harm           the item's harm score in [0, 1]
     */
    double probability(double watch, double affinity, double harmAttraction, double harm);
}
