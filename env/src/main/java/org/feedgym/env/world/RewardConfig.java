package org.feedgym.env.world;

import org.feedgym.env.params.ParameterChecks;

/**
 * Reward weights: {@code like·L + share·S + comment·C + download·D + watch·W − harmPenalty·harm},
 * where L, S, C, D are 0/1 events, W is the watch ratio (above 1 for replays when the response
 * model allows them) and harm the shown item's
 * harm score in [0, 1].
 *
 * @param like        weight of a like, in [0, 10]; default 0.3
 * @param share       weight of a share, in [0, 10]; default 0.2
 * @param comment     weight of a comment, in [0, 10]; default 0.2
 * @param download    weight of a download, in [0, 10]; default 0.2
 * @param watch       weight of the watch fraction, in [0, 10]; default 0.1
 * @param harmPenalty λ, the penalty per unit of harm score, in [0, 100]; default 0
 * @param type        the reward's registry id; one is registered, {@value #WEIGHTED_ENGAGEMENT}
 *                    (this weighted sum); default {@value #WEIGHTED_ENGAGEMENT}
 */
public record RewardConfig(Double like, Double share, Double comment, Double download, Double watch,
                           Double harmPenalty, String type) {

    /** Registry id of the weighted engagement minus harm penalty. */
    public static final String WEIGHTED_ENGAGEMENT = "weighted-engagement";

    /** The registered reward types. */
    public static final java.util.List<String> TYPES = java.util.List.of(WEIGHTED_ENGAGEMENT);

    /** Weights of the default reward type. */
    public RewardConfig(Double like, Double share, Double comment, Double download, Double watch,
                        Double harmPenalty) {
        this(like, share, comment, download, watch, harmPenalty, null);
    }

    public RewardConfig {
        type = type == null ? WEIGHTED_ENGAGEMENT : type;
        if (!TYPES.contains(type)) {
            throw new org.feedgym.env.params.FieldException("type", "unknown reward type '" + type
                    + "'; known types: " + TYPES);
        }
        like = ParameterChecks.doubleIn("like", like, 0.3, 0, 10);
        share = ParameterChecks.doubleIn("share", share, 0.2, 0, 10);
        comment = ParameterChecks.doubleIn("comment", comment, 0.2, 0, 10);
        download = ParameterChecks.doubleIn("download", download, 0.2, 0, 10);
        watch = ParameterChecks.doubleIn("watch", watch, 0.1, 0, 10);
        harmPenalty = ParameterChecks.doubleIn("harmPenalty", harmPenalty, 0.0, 0, 100);
    }
}
