package org.feedgym.simulator.config;

/**
 * Paired comparisons and persona ratios.
 *
 * @param baseline         name of the agent every other agent is compared with; default
 *                         {@code random} when such an agent exists, else the first agent
 * @param vulnerable       persona whose harm figures form the numerator of the
 *                         vulnerable-to-control ratios; default {@code teen-vulnerable}
 * @param control          persona of the denominator; default {@code teen}
 * @param bootstrapSamples bootstrap resamples for ratio intervals, in [100, 100000]; default 2000
 */
public record ComparisonConfig(String baseline, String vulnerable, String control, Integer bootstrapSamples) {

    public ComparisonConfig {
        vulnerable = vulnerable == null ? "teen-vulnerable" : vulnerable;
        control = control == null ? "teen" : control;
        bootstrapSamples = bootstrapSamples == null ? 2000 : bootstrapSamples;
        if (bootstrapSamples < 100 || bootstrapSamples > 100_000) {
            throw new IllegalArgumentException("bootstrapSamples must be in [100, 100000], got " + bootstrapSamples);
        }
    }
}
