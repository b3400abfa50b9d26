package org.feedgym.simulator.fidelity;

import java.util.Objects;

/**
 * The calibration's objective and how the search went.
 *
 * @param description  what is minimised, in a sentence
 * @param atDefault    its value at the default parameters
 * @param atCalibrated its value at the calibrated parameters
 * @param optimiser    the optimiser and its settings (name, evaluations, seed), in a sentence
 */
public record Objective(String description, double atDefault, double atCalibrated, String optimiser) {

    /** Checks that nothing is null. */
    public Objective {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(optimiser, "optimiser");
    }
}
