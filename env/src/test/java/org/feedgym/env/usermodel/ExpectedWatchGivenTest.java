package org.feedgym.env.usermodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The moments computed from an expected watch the caller already has are the moments computed
 * from the logit alone, bit for bit, so ranking by expected engagement does not move.
 */
class ExpectedWatchGivenTest {

    private static final double[] LOGITS = {-6, -1.3, -0.2, 0, 0.4, 1.7, 5};
    private static final double[] POWERS = {0.5, 1, 1.5, 2, 3};

    private static void assertSameMoments(ResponseModel model) {
        for (double z : LOGITS) {
            double ew = model.expectedWatch(z);
            for (double power : POWERS) {
                assertEquals(Double.doubleToLongBits(model.expectedWatchPower(z, power)),
                        Double.doubleToLongBits(model.expectedWatchPower(z, power, ew)),
                        "z " + z + ", power " + power);
            }
        }
    }

    @Test
    void logisticWatchGivesTheSameMomentsFromTheGivenExpectedWatch() {
        assertSameMoments(new LogisticWatch(new LogisticWatchParameters(null, null, null, null, null, null, null,
                null, null, null)));
        // Without noise the moments take another branch (a plain power).
        assertSameMoments(new LogisticWatch(new LogisticWatchParameters(null, null, null, null, null, null, null,
                0.0, null, null)));
    }

    @Test
    void lognormalWatchGivesTheSameMomentsFromTheGivenExpectedWatch() {
        assertSameMoments(new LognormalWatch(new LognormalWatchParameters(null, null, null, null, null, null, null,
                null, null, null, null)));
    }

    @Test
    void signalsGiveTheSameExpectedProbabilityFromTheGivenExpectedWatch() {
        ResponseModel response = new LogisticWatch(new LogisticWatchParameters(null, null, null, null, null, null,
                null, null, null, null));
        SignalModel signals = new PowerWatchSignals(new PowerWatchSignalsParameters(null, 1.5, null, null, null,
                null, null, 3.0, null, null, null, null, null));
        for (double z : LOGITS) {
            double ew = response.expectedWatch(z);
            for (Signal signal : new Signal[] {Signal.LIKE, Signal.SHARE, Signal.COMMENT, Signal.DOWNLOAD}) {
                for (double quality : new double[] {0, 0.37, 1}) {
                    assertEquals(Double.doubleToLongBits(signals.expectedProbability(signal, response, z, quality)),
                            Double.doubleToLongBits(signals.expectedProbability(signal, response, z, ew, quality)),
                            signal + " at z " + z + ", quality " + quality);
                }
            }
        }
    }
}
