package org.feedgym.env;

/**
 * The scripted behaviour of a Bubble Escape Potential twin (arXiv 2512.03067): from the first
 * item at or after both {@code startStep} items and {@code startSeconds} of the user's clock, for
 * {@code steps} items, the user answers every item of its dominant topic with the opposite of
 * watching, a skip (the response model's smallest watch ratio) and a "not interested" mark;
 * items of other topics get the user's ordinary response. The dominant topic is the one most
 * frequent in the user's remembered history at the start (ties: the lower topic index), fixed for
 * the whole window.
 *
 * <p>Every random draw of a step is still made (the six response draws and the negative-signal
 * draw), so a twin consumes its random streams exactly as the original user does: the two differ
 * only through the feedback. The same rule ({@link #starts}, {@link #covers}) tells the twins'
 * environment when to act and the measurement which items to compare.
 *
 * @param startStep    items shown before the window may start (0 = from the first item), in
 *                     [0, 1,000,000]
 * @param startSeconds clock seconds (since the episode began) before which the window does not
 *                     start, in [0, 10⁹]; 0 = no clock condition
 * @param steps        items the window lasts, in [1, 1,000,000]
 */
public record OppositeFeedback(int startStep, double startSeconds, int steps) {

    public OppositeFeedback {
        if (startStep < 0 || startStep > 1_000_000) {
            throw new IllegalArgumentException("startStep must be in [0, 1000000], got " + startStep);
        }
        if (!(startSeconds >= 0 && startSeconds <= 1e9)) {
            throw new IllegalArgumentException("startSeconds must be in [0, 1e9], got " + startSeconds);
        }
        if (steps < 1 || steps > 1_000_000) {
            throw new IllegalArgumentException("steps must be in [1, 1000000], got " + steps);
        }
    }

    /** A window that starts at item {@code startStep} whatever the clock. */
    public OppositeFeedback(int startStep, int steps) {
        this(startStep, 0, steps);
    }

    /**
     * True when a window not yet started starts with the item at 0-based position {@code step},
     * shown at {@code clockSeconds} of the user's clock.
     */
    public boolean starts(int step, double clockSeconds) {
        return step >= startStep && clockSeconds >= startSeconds;
    }

    /** True when the item at position {@code step} lies in a window that started at {@code startedAt}. */
    public boolean covers(int startedAt, int step) {
        return startedAt >= 0 && step >= startedAt && step - startedAt < steps;
    }
}
