package org.feedgym.env.usermodel;

/**
 * How likely a like, share, comment or download is, given how much of the item was watched.
 * The step decides each signal with its own uniform draw of the user's response generator
 * ({@code draw < probability}).
 */
public interface SignalModel {

    /** P(signal | watch ratio {@code watch}, item quality {@code quality}), in [0, 1]. */
    double probability(Signal signal, double watch, double quality);

    /**
     * P(signal) before the watch ratio is drawn, for agents that rank by expected engagement,
     * from the response model's moments at logit {@code z}.
     */
    double expectedProbability(Signal signal, ResponseModel response, double z, double quality);
}
