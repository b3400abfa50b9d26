package org.feedgym.env.usermodel;

/**
 * How watching changes a user: satiation with topics, the drift of the interest vector toward
 * what was watched (what forms a filter bubble), and boredom.
 */
public interface TransitionModel {

    /** The factor every topic's satiation is multiplied by after {@code seconds} pass. */
    double satiationDecay(double seconds);

    /** What the shown topic's satiation gains from watching ratio {@code watch}. */
    double satiationGain(double watch);

    /**
     * The step of the interest vector toward the item, in [0, 1] (the vector is then
     * re-normalised).
     *
     * @param driftRate           the persona's drift rate
     * @param harmDriftMultiplier the persona's multiplier for harmful items (&ge; 1)
     * @param harm                the item's harm score in [0, 1]
     * @param watch               the watch ratio
     */
    double driftStep(double driftRate, double harmDriftMultiplier, double harm, double watch);

    /** Boredom after watching ratio {@code watch}, from the boredom before. */
    double boredom(double previous, double watch);
}
