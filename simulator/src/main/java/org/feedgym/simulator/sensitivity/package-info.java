/**
 * Global sensitivity analysis of an experiment's metrics over ranges of its config values.
 *
 * <p>The math is pure functions on the unit cube: {@link org.feedgym.simulator.sensitivity.Morris}
 * (elementary effects, Morris 1991, with Campolongo et al. 2007's μ*) and
 * {@link org.feedgym.simulator.sensitivity.Saltelli} (Saltelli 2010 sampling on a Sobol sequence,
 * first-order indices by Saltelli 2010's estimator, total indices by Jansen 1999's, with seeded
 * bootstrap intervals). {@link org.feedgym.simulator.sensitivity.SensitivityRunner} turns each design
 * point into a sweep trial, runs the trials on the sweep engine and writes {@code sensitivity.json}
 * and {@code sensitivity.csv}.
 */
package org.feedgym.simulator.sensitivity;
