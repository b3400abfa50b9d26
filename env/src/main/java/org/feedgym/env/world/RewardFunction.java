package org.feedgym.env.world;

/**
 * Weighted engagement minus a harm penalty:
 * {@code like·L + share·S + comment·C + download·D + watch·W − λ·harm}.
 *
 * @param weights the weights and λ
 */
public record RewardFunction(RewardConfig weights) {

    public RewardFunction {
        java.util.Objects.requireNonNull(weights, "weights");
    }

    /** Engagement part of the reward (harm ignored). */
    public double engagement(boolean liked, boolean shared, boolean commented, boolean downloaded,
                             double watchFraction) {
        return (liked ? weights.like() : 0) + (shared ? weights.share() : 0)
                + (commented ? weights.comment() : 0) + (downloaded ? weights.download() : 0)
                + weights.watch() * watchFraction;
    }

    /** Engagement from event probabilities and the expected watch fraction. */
    public double expectedEngagement(double pLike, double pShare, double pComment, double pDownload,
                                     double expectedWatch) {
        return weights.like() * pLike + weights.share() * pShare + weights.comment() * pComment
                + weights.download() * pDownload + weights.watch() * expectedWatch;
    }

    /** The penalty λ·harm for showing an item of harm score {@code harm}. */
    public double harmPenalty(double harm) {
        return weights.harmPenalty() * harm;
    }
}
