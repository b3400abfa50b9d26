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

    /**
     * As {@link #expectedProbability(Signal, ResponseModel, double, double)}, given
     * {@code expectedWatch} = {@code response.expectedWatch(z)} already computed (see
     * {@link ResponseModel#expectedWatchPower(double, double, double)}); the same value.
     */
    default double expectedProbability(Signal signal, ResponseModel response, double z, double expectedWatch,
                                       double quality) {
        return expectedProbability(signal, response, z, quality);
    }
}
