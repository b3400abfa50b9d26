package org.feedgym.simulator.offline;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;

/**
 * A per-user train / validation / test split of a log ({@link SplitConfig}).
 *
 * <p>A user with n rows gets {@code round(n·test)} test rows and {@code round(n·validation)}
 * validation rows (halves round up) and keeps the rest, at least one, for training (when the
 * shares would leave none, validation and then test give rows back). At 80/10/10 a user needs 5
 * rows to get a test row: 20 rows split 16/2/2, 15 rows 11/2/2, 5 rows 3/1/1, 4 rows 4/0/0.
 *
 * <p>Which rows: with {@code temporal}, the user's rows in log order (time, then item), the
 * oldest for training and the newest for test, validation in between; with {@code random}, the
 * same positions after a shuffle of the user's rows with the generator
 * {@code (seed, "offline-split", user)}, so a user's split does not depend on the other users.
 */
public final class LogSplit {

    /** Part of a training row. */
    public static final byte TRAIN = 0;
    /** Part of a validation row. */
    public static final byte VALIDATION = 1;
    /** Part of a test row. */
    public static final byte TEST = 2;

    private final InteractionLog log;
    private final byte[] part;
    private final InteractionLog train;
    private final int[] counts = new int[3];

    private LogSplit(InteractionLog log, byte[] part) {
        this.log = log;
        this.part = part;
        int[] trainRows = new int[log.size()];
        int n = 0;
        for (int r = 0; r < part.length; r++) {
            counts[part[r]]++;
            if (part[r] == TRAIN) {
                trainRows[n++] = r;
            }
        }
        this.train = log.subset(Arrays.copyOf(trainRows, n));
    }

    /**
     * Splits {@code log}.
     *
     * @param log    the whole log
     * @param config shares and method
     * @param seed   the run's root seed (used by the random method only)
     */
    public static LogSplit of(InteractionLog log, SplitConfig config, long seed) {
        Objects.requireNonNull(log, "log");
        byte[] part = new byte[log.size()];
        int[] order = new int[0];
        for (int u = 0; u < log.userCount(); u++) {
            int start = log.userStart(u);
            int n = log.userEnd(u) - start;
            if (n == 0) {
                continue;
            }
            if (order.length < n) {
                order = new int[Math.max(n, 2 * order.length)];
            }
            for (int i = 0; i < n; i++) {
                order[i] = start + i;
            }
            if (config.method().equals("random")) {
                RandomGenerator g = Seeds.generator(seed, "offline-split", u);
                for (int i = n - 1; i > 0; i--) {
                    int j = g.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }
            int[] c = counts(n, config.validation(), config.test());
            for (int i = 0; i < n; i++) {
                part[order[i]] = i < c[0] ? TRAIN : i < c[0] + c[1] ? VALIDATION : TEST;
            }
        }
        return new LogSplit(log, part);
    }

    /**
     * Rows of a user with {@code n} rows per part: {train, validation, test}.
     *
     * @param n          rows, &ge; 1
     * @param validation validation share
     * @param test       test share
     */
    static int[] counts(int n, double validation, double test) {
        int t = roundHalfUp(n * test);
        int v = roundHalfUp(n * validation);
        int keep = n - t - v;
        while (keep < 1 && v > 0) {
            v--;
            keep++;
        }
        while (keep < 1 && t > 0) {
            t--;
            keep++;
        }
        return new int[] {keep, v, t};
    }

    // 1e-9 absorbs binary noise just below a half (90 × 0.35 = 31.499999999999996 in doubles).
    private static int roundHalfUp(double x) {
        return (int) Math.floor(x + 0.5 + 1e-9);
    }

    /** The whole log. */
    public InteractionLog log() {
        return log;
    }

    /** The training rows as a log over the same users and items. */
    public InteractionLog train() {
        return train;
    }

    /** The part ({@link #TRAIN}, {@link #VALIDATION}, {@link #TEST}) of row {@code r} of {@link #log()}. */
    public byte part(int r) {
        return part[r];
    }

    /** Number of rows in a part. */
    public int count(byte p) {
        return counts[p];
    }
}
