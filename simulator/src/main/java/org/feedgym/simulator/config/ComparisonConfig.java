package org.feedgym.simulator.config;

import org.feedgym.simulator.metrics.RunLevel;

/**
 * Paired comparisons, persona ratios and intervals across training runs.
 *
 * @param baseline         name of the agent every other agent is compared with; default
 *                         {@code random} when such an agent exists, else the first agent
 * @param vulnerable       persona whose harm figures form the numerator of the
 *                         vulnerable-to-control ratios; default {@code teen-vulnerable}
 * @param control          persona of the denominator; default {@code teen}
 * @param bootstrapSamples bootstrap resamples for ratio, IQM, probability-of-improvement and
 *                         cluster-bootstrap intervals, in [100, 100000]; default 2000. A
 *                         bootstrap over more than 20,000 episodes (IQM, ratio) takes fewer:
 *                         {@link org.feedgym.simulator.metrics.Bootstrap#resamples}
 * @param runInterval      how {@code runLevel} intervals over training runs are formed:
 *                         {@code "t"} (Student t over run means, default) or
 *                         {@code "cluster-bootstrap"} (runs resampled with replacement)
 */
public record ComparisonConfig(String baseline, String vulnerable, String control, Integer bootstrapSamples,
                               String runInterval) {

    public ComparisonConfig {
        vulnerable = vulnerable == null ? "teen-vulnerable" : vulnerable;
        control = control == null ? "teen" : control;
        bootstrapSamples = bootstrapSamples == null ? 2000 : bootstrapSamples;
        if (bootstrapSamples < 100 || bootstrapSamples > 100_000) {
            throw new IllegalArgumentException("bootstrapSamples must be in [100, 100000], got " + bootstrapSamples);
        }
        runInterval = runInterval == null ? RunLevel.Interval.T.id() : runInterval;
        RunLevel.Interval.of(runInterval);
    }

    /** The run-level interval kind. */
    public RunLevel.Interval runIntervalKind() {
        return RunLevel.Interval.of(runInterval);
    }
}
