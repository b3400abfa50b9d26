package org.feedgym.env.usermodel;

/** Whether and when a user comes back after a session (multi-day episodes). */
public interface ReturnModel {

    /**
     * P(return) after a session.
     *
     * @param meanWatch      the session's mean watch ratio (above 1 with replays)
     * @param boredom        boredom at the end of the session
     * @param harmAttraction the persona's harm attraction
     * @param harmfulShare   share of the session's items that were harmful
     * @param leftUnhappy    whether the session ended by boredom or repetition
     */
    double returnProbability(double meanWatch, double boredom, double harmAttraction, double harmfulShare,
                             boolean leftUnhappy);

    /** The gap before the next session, in seconds, from a uniform draw {@code u} in [0, 1). */
    double gapSeconds(double u);
}
