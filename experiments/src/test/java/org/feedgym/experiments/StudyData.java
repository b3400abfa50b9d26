package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.fail;

import org.feedgym.env.data.DataPaths;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test that needs {@code shared/data} does when the folder is absent: under CI
 * ({@code CI=true}) it fails, since a skipped check there would pass silently; elsewhere it aborts
 * (JUnit reports it skipped) with the reason.
 */
public final class StudyData {

    private StudyData() {
    }

    /**
     * Returns when the shared data folder is found; otherwise fails under {@code CI=true} and
     * aborts the test elsewhere.
     *
     * @param what what needs the data, for the message (e.g. "the boredom-exit study check")
     */
    public static void require(String what) {
        require(what, DataPaths.root().isPresent(), System.getenv("CI"));
    }

    /** As {@link #require(String)}, with the two inputs given (for its own test). */
    static void require(String what, boolean present, String ci) {
        if (present) {
            return;
        }
        if ("true".equals(ci)) {
            fail("shared/data not found, but CI=true: " + what + " needs it (set -Dfeedgym.data or FEEDGYM_DATA)");
        }
        Assumptions.abort("shared/data not found (set -Dfeedgym.data or FEEDGYM_DATA): " + what + " skipped");
    }
}
