package org.feedgym.env;

/**
 * The scripted behaviour of a Bubble Escape Potential twin (arXiv 2512.03067): from its
 * {@code startStep}-th item on, for {@code steps} items, the user answers every item of its
 * dominant topic with the opposite of watching, a skip (the response model's smallest watch
 * ratio) and a "not interested" mark; items of other topics get the user's ordinary response.
 * The dominant topic is the one most frequent in the user's remembered history at the start
 * (ties: the lower topic index), fixed for the whole window.
 *
 * <p>Every random draw of a step is still made (the six response draws and the negative-signal
 * draw), so a twin consumes its random streams exactly as the original user does: the two differ
 * only through the feedback.
 *
 * @param startStep items shown before the script starts (0 = from the first item), in [0, 1,000,000]
 * @param steps     items the script lasts, in [1, 1,000,000]
 */
public record OppositeFeedback(int startStep, int steps) {

    public OppositeFeedback {
        if (startStep < 0 || startStep > 1_000_000) {
            throw new IllegalArgumentException("startStep must be in [0, 1000000], got " + startStep);
        }
        if (steps < 1 || steps > 1_000_000) {
            throw new IllegalArgumentException("steps must be in [1, 1000000], got " + steps);
        }
    }

    /** True when the item at 0-based position {@code step} of an episode lies in the window. */
    public boolean covers(int step) {
        return step >= startStep && step - startStep < steps;
    }
}
