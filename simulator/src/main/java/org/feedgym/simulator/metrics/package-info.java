/**
 * Episode metrics and their summaries: means with Student-t 95% confidence intervals, Shannon
 * entropy of topic exposure, and the per-persona harm figures.
 */
package org.feedgym.simulator.metrics;
