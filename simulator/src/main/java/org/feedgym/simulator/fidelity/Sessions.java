package org.feedgym.simulator.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits each user's rows into sessions: a new session starts at a user's first row and at every
 * row that starts more than the idle gap after the previous row of the same user.
 *
 * <p>Watched seconds of a row, used for minutes per session: watch ratio × duration when both are
 * known; otherwise the time to the next row of the same session; 0 for the last row of a session
 * when its watch ratio or duration is unknown (nothing bounds how long it lasted).
 */
public final class Sessions {

    private final InteractionTable table;
    /** First row of each session, then the row count. */
    private final int[] starts;

    /**
     * @param table          the rows
     * @param idleGapSeconds the gap, in seconds, above which the next row starts a new session (&gt; 0)
     */
    public Sessions(InteractionTable table, long idleGapSeconds) {
        if (idleGapSeconds <= 0) {
            throw new IllegalArgumentException("idleGapSeconds must be > 0, got " + idleGapSeconds);
        }
        this.table = table;
        List<Integer> s = new ArrayList<>();
        for (int u = 0; u < table.users(); u++) {
            for (int r = table.userStart(u); r < table.userEnd(u); r++) {
                if (r == table.userStart(u) || table.time(r) - table.time(r - 1) > idleGapSeconds) {
                    s.add(r);
                }
            }
        }
        s.add(table.size());
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of sessions. */
    public int count() {
        return starts.length - 1;
    }

    /** First row of a session. */
    public int start(int session) {
        return starts[session];
    }

    /** One past the last row of a session. */
    public int end(int session) {
        return starts[session + 1];
    }

    /** The user of a session. */
    public int user(int session) {
        return table.user(starts[session]);
    }

    /** Rows in a session. */
    public int items(int session) {
        return end(session) - start(session);
    }

    /** Watched minutes of a session, by the rule in the class comment. */
    public double minutes(int session) {
        double seconds = 0;
        for (int r = start(session); r < end(session); r++) {
            double known = table.watchRatio(r) * table.duration(r);
            if (!Double.isNaN(known)) {
                seconds += known;
            } else if (r + 1 < end(session)) {
                seconds += table.time(r + 1) - table.time(r);
            }
        }
        return seconds / 60;
    }
}
