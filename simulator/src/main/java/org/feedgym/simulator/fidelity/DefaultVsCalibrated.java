package org.feedgym.simulator.fidelity;

/**
 * One figure for the default user model and for the calibrated one, side by side; NaN where a
 * figure is undefined (an empty sample), written as {@code null} in {@code fidelity.json}.
 *
 * @param defaultModel the figure under the configured defaults
 * @param calibrated   the figure under the calibrated parameters
 */
public record DefaultVsCalibrated(double defaultModel, double calibrated) {
}
