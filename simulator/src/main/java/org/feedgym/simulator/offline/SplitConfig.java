package org.feedgym.simulator.offline;

import java.util.List;

/**
 * How a log is split into training, validation and test rows. The split is <em>per user</em>:
 * each user's rows are divided in the given shares, so every user with enough rows is ranked
 * against held-out items of its own with training history behind it (a global split would leave
 * light users with no history or nothing to predict, by chance). See {@link LogSplit} for the
 * exact counts.
 *
 * @param method     {@code temporal} (default): each user's oldest rows train, the newest are
 *                   tested (predict what comes next from what came before; the seed plays no
 *                   part); {@code random}: each user's rows are shuffled with a generator
 *                   derived from the seed and the user before they are divided
 * @param train      share of each user's rows for training, in [0.5, 1); default 0.8
 * @param validation share for validation, in [0, 0.5]; default 0.1
 * @param test       share for test, in (0, 0.5]; default 0.1. The three add up to 1
 */
public record SplitConfig(String method, Double train, Double validation, Double test) {

    /** The split methods. */
    public static final List<String> METHODS = List.of("temporal", "random");

    public SplitConfig {
        method = method == null ? METHODS.get(0) : method;
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", got '" + method + "'");
        }
        train = train == null ? 0.8 : train;
        validation = validation == null ? 0.1 : validation;
        test = test == null ? 0.1 : test;
        if (!(train >= 0.5 && train < 1)) {
            throw new IllegalArgumentException("train must be in [0.5, 1), got " + train);
        }
        if (!(validation >= 0 && validation <= 0.5)) {
            throw new IllegalArgumentException("validation must be in [0, 0.5], got " + validation);
        }
        if (!(test > 0 && test <= 0.5)) {
            throw new IllegalArgumentException("test must be in (0, 0.5], got " + test);
        }
        if (Math.abs(train + validation + test - 1) > 1e-9) {
            throw new IllegalArgumentException("train + validation + test must be 1, got " + train + " + " + validation
                    + " + " + test);
        }
    }

    /** 80/10/10, temporal. */
    public static SplitConfig defaults() {
        return new SplitConfig(null, null, null, null);
    }
}
