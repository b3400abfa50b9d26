/**
 * Sweeps: a config's {@code sweep} section expanded into trials, each recorded in its own
 * directory so that a killed sweep resumes where it stopped. {@link org.feedgym.simulator.sweep.SweepRunner}
 * decides what runs and writes the sweep; a {@link org.feedgym.simulator.sweep.TrialExecutor} runs
 * the trials: {@link org.feedgym.simulator.sweep.LocalTrialExecutor} on a thread pool here, or an
 * engine found through {@link org.feedgym.simulator.sweep.TrialEngine} (the optional Spark module).
 * {@link org.feedgym.simulator.sweep.TrialSpec} and {@link org.feedgym.simulator.sweep.TrialRecord}
 * carry a trial to another JVM and its files back. {@link org.feedgym.simulator.sweep.SweepSummary} is
 * the record a sweep's {@code summary.json} is written from and read back into.
 */
package org.feedgym.simulator.sweep;
