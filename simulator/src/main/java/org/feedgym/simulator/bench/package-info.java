/**
 * Benchmarks printed as JSON by {@code feedgym bench}: speed is measured here, never in tests.
 */
package org.feedgym.simulator.bench;
