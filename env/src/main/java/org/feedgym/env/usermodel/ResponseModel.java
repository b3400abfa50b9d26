package org.feedgym.env.usermodel;

/**
 * How much of a shown item a user watches: the watch ratio (watch time / duration, above 1 for
 * replays up to the model's cap), from a logit of the user–item features and one uniform draw.
 *
 * <p>Contract: {@link #watch} uses exactly the one uniform number it is given (the first of the
 * six numbers a step draws from the user's response generator), so two policies shown to the same
 * user seed see the same noise; {@link #expectedWatch} and {@link #expectedWatchPower} are the
 * model's own expectations over that draw (agents such as the oracle rank by them).
 */
public interface ResponseModel {

    /**
     * The logit of the watch model.
     *
     * @param affinity       cosine of the user's interest and the item's embedding
     * @param quality        the item's quality in [0, 1]
     * @param satiation      the user's satiation with the item's topic (&ge; 0)
     * @param harmAttraction the persona's harm attraction in [0, 1]
     * @param harm           the item's harm score in [0, 1]
     */
    double logit(double affinity, double quality, double satiation, double harmAttraction, double harm);

    /** E[watch ratio] for logit {@code z}. */
    double expectedWatch(double z);

    /** E[watch ratio<sup>power</sup>] for logit {@code z} (power &gt; 0). */
    double expectedWatchPower(double z, double power);

    /**
     * As {@link #expectedWatchPower(double, double)}, given {@code expectedWatch}, the value of
     * {@link #expectedWatch}{@code (z)} the caller has already computed, so that a model whose
     * higher moments derive from the first does not compute it again (several signals are
     * expected at one logit). The default ignores it; the result is the same either way.
     */
    default double expectedWatchPower(double z, double power, double expectedWatch) {
        return expectedWatchPower(z, power);
    }

    /** The watch ratio for logit {@code z} and the uniform draw {@code u} in [0, 1). */
    double watch(double z, double u);

    /** The smallest watch ratio this model produces (a skip). */
    double minWatch();

    /** The largest watch ratio this model produces. */
    double watchCap();
}
