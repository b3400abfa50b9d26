package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published figure with the band a study check accepts around it.
 *
 * @param what      what is measured, for the message
 * @param published the published figure
 * @param tolerance the accepted distance from it, &ge; 0
 * @param why       why the band is as wide as it is
 */
public record Band(String what, double published, double tolerance, String why) {

    public Band {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
    }

    /** Fails unless {@code measured} lies within {@code published ± tolerance}. */
    public void check(double measured) {
        assertTrue(Math.abs(measured - published) <= tolerance, () -> String.format(
                "%s: FeedGym %.4f, published %.4f ± %.4f (%s)", what, measured, published, tolerance, why));
    }
}
