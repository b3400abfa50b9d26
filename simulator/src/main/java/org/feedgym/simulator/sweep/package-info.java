/**
 * Sweeps: a config's {@code sweep} section expanded into trials that run on a local thread pool,
 * each trial recorded in its own directory so that a killed sweep resumes where it stopped.
 */
package org.feedgym.simulator.sweep;
