package org.feedgym.simulator.fidelity;

/**
 * Settings of the standard targets.
 *
 * @param idleGapSeconds   a gap between two rows of a user longer than this starts a new session
 *                         (seconds, &gt; 0; default 1800 = 30 min)
 * @param dayOffsetSeconds added to row times before cutting them into calendar days (seconds, in
 *                         [-14 h, +14 h]; 28 800 puts days at Beijing midnight, 0 at UTC midnight)
 * @param minTopicRows     a user-day counts for topic concentration only with at least this many
 *                         rows of known topic (&ge; 1; default 2, since one row is always 100% one topic)
 */
public record TargetOptions(long idleGapSeconds, long dayOffsetSeconds, int minTopicRows) {

    /** Validates. */
    public TargetOptions {
        if (idleGapSeconds <= 0) {
            throw new IllegalArgumentException("idleGapSeconds must be > 0, got " + idleGapSeconds);
        }
        if (Math.abs(dayOffsetSeconds) > 14 * 3600) {
            throw new IllegalArgumentException("dayOffsetSeconds must be in [-50400, 50400], got " + dayOffsetSeconds);
        }
        if (minTopicRows < 1) {
            throw new IllegalArgumentException("minTopicRows must be >= 1, got " + minTopicRows);
        }
    }

    /** 30-minute idle gap, days at UTC midnight, two topic rows per user-day. */
    public static TargetOptions defaults() {
        return new TargetOptions(1800, 0, 2);
    }

    /** The calendar day of a time in seconds. */
    long day(long timeSeconds) {
        return Math.floorDiv(timeSeconds + dayOffsetSeconds, 86_400L);
    }
}
