/**
 * Reproductions of published studies, each a self-contained simulation with its own JSON config
 * (top-level key {@code "study"} names which), run by {@code feedgym study CONFIG}.
 * {@link org.feedgym.simulator.study.Studies} reads a study config and dispatches it.
 */
package org.feedgym.simulator.study;
