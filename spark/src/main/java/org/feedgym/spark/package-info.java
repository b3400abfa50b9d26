/**
 * The optional Spark sweep engine ({@code --engine spark}): each trial of a sweep is one Apache
 * Spark task, run on an executor from the trial's own config and seed, its files sent back to the
 * driver, which commits them exactly as the local engine would; for a config without a sweep,
 * each training run is one task, its result kept by the driver as it arrives
 * ({@link org.feedgym.spark.SparkTrainingRunExecutor}). Built only with the Maven
 * profile {@code spark}; the simulator finds it through
 * {@link org.feedgym.simulator.sweep.TrialEngine} and {@link java.util.ServiceLoader}.
 */
package org.feedgym.spark;
