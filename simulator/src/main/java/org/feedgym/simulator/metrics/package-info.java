/**
 * Episode metrics and their summaries: means with Student-t 95% confidence intervals, Shannon
 * entropy of topic exposure, and the per-persona harm figures.
 *
 * <p>{@link org.feedgym.simulator.metrics.MetricRegistry} lists every metric once (key, label, unit,
 * format, better direction, computation, and the tables it appears in);
 * {@link org.feedgym.simulator.metrics.SummaryBuilder} computes a run's
 * {@link org.feedgym.simulator.metrics.Summary}, the record {@code summary.json} is written from and
 * read back into.
 */
package org.feedgym.simulator.metrics;
