package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A known gap between a published figure and FeedGym's, asserted as a gap: the check fails when
 * FeedGym's figure moves more than {@code drift} from the recorded one, so the gap can neither
 * close nor widen silently (the drift is smaller than the gap, so a closed gap always fails).
 *
 * @param what      what is measured, for the message
 * @param published the published figure
 * @param feedgym   FeedGym's figure at the check's size when the gap was recorded
 * @param drift     the accepted movement of FeedGym's figure, &gt; 0 and below |feedgym − published|
 * @param why       the gap's reason, as the studies README states it
 */
public record KnownGap(String what, double published, double feedgym, double drift, String why) {

    public KnownGap {
        if (!(drift > 0 && drift < Math.abs(feedgym - published))) {
            throw new IllegalArgumentException("drift must be in (0, |feedgym - published|) = (0, "
                    + Math.abs(feedgym - published) + "), got " + drift);
        }
    }

    /** Fails unless {@code measured} lies within {@code feedgym ± drift}. */
    public void check(double measured) {
        assertTrue(Math.abs(measured - feedgym) <= drift, () -> String.format(
                "known gap moved: %s: published %.4f, FeedGym recorded %.4f ± %.4f, now %.4f (%s); if this is"
                        + " intended, update the gap here and in experiments/studies/README.md",
                what, published, feedgym, drift, measured, why));
    }
}
