package org.feedgym.agents.intervention;

import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code diversify}, in one of two modes.
 *
 * <ul>
 *   <li>Similarity re-ranking (MMR-style, Carbonell &amp; Goldstein 1998), the default: each
 *       candidate scores its inner score (normalised to [0, 1] per user) minus
 *       {@code diversityWeight} × its largest embedding cosine to the user's last {@code window}
 *       shown items.</li>
 *   <li>Topic cap, when {@code topicCap} is given: among any {@code window} consecutive items a
 *       user is shown, at most {@code topicCap} are of one topic, as long as a candidate of
 *       another topic is there.</li>
 * </ul>
 *
 * @param diversityWeight weight of the similarity penalty in [0, 100]; default 0.3 in re-ranking
 *                        mode; 0 leaves the ranking unchanged. Not allowed with {@code topicCap}
 * @param topicCap        items of one topic allowed per window, in [1, window − 1] (a cap of the
 *                        whole window never binds); absent (the default) for re-ranking mode
 * @param window          how many consecutive shown items the mode looks at, in [1, 1000] (at least
 *                        2 with {@code topicCap}); default 5
 */
public record DiversifyParameters(Double diversityWeight, Integer topicCap, Integer window) {

    public DiversifyParameters {
        try {
            window = ParameterChecks.intIn("window", window, 5, 1, 1000);
            if (topicCap != null && diversityWeight != null) {
                throw new FieldException("topicCap", "give diversityWeight (similarity re-ranking) or topicCap"
                        + " (a per-window topic cap), not both");
            }
            if (topicCap != null) {
                if (window < 2) {
                    throw new FieldException("window", "must be at least 2 with topicCap, got " + window
                            + ": a window of one item holds one topic, so no cap can bind");
                }
                if (topicCap >= window) {
                    throw new FieldException("topicCap", "must be below window (" + window + "), got " + topicCap
                            + ": " + window + " items hold at most " + window + " of one topic, so the cap would"
                            + " never change a pick");
                }
                topicCap = ParameterChecks.intIn("topicCap", topicCap, 1, 1, window - 1);
            } else {
                diversityWeight = ParameterChecks.doubleIn("diversityWeight", diversityWeight, 0.3, 0, 100);
            }
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
    }

    /** True in topic-cap mode. */
    boolean capsTopics() {
        return topicCap != null;
    }
}
