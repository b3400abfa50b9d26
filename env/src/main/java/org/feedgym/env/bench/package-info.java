/**
 * What FeedGym's benchmarks share: the machine's load averages printed beside every wall-clock
 * figure ({@link org.feedgym.env.bench.MachineLoad}) and the median their repeated rounds report
 * ({@link org.feedgym.env.bench.Median}).
 */
package org.feedgym.env.bench;
