package org.feedgym.env;

/**
 * What a vector environment tells about each of its users beyond the step outcomes, as
 * Gymnasium's {@code infos}: read by recorders and metrics, never needed to act.
 */
public interface UserInfos {

    /** The seed user {@code u} was reset with. */
    long seed(int u);

    /** Index of user {@code u}'s persona in the world's persona list. */
    int personaIndex(int u);

    /** Name of user {@code u}'s persona. */
    String personaName(int u);

    /** Number of personas in the world (the range of {@link #personaIndex}). */
    int personaCount();

    /**
     * The probability that user {@code u} accepts a break prompt, in [0, 1]: the user model's exit
     * part applied to the persona's {@code breakAcceptance}.
     */
    double breakAcceptProbability(int u);

    /**
     * In a world with creators, each simulated day of this population's supply side so far: its
     * uploads, catalog diversity and exposure of new items; empty without creators.
     */
    default java.util.List<SupplyDay> supplyDays() {
        return java.util.List.of();
    }

    /** User {@code u}'s clock: seconds since the episode began (gaps between sessions included). */
    double clockSeconds(int u);

    /** Items shown so far to user {@code u}. */
    int steps(int u);

    /** Sessions begun so far by user {@code u} (1 after reset). */
    int sessions(int u);

    /**
     * Euclidean distance of user {@code u}'s interest vector from where it started: the user's
     * interest drift, in [0, 2].
     */
    double interestDrift(int u);

    /**
     * The 0-based step at which user {@code u} last marked an item of {@code topic} "not
     * interested" (a hate), or −1 if never in this episode: the per-topic memory a
     * "respect not interested" intervention reads.
     *
     * @param topic a topic index in [0, topics)
     */
    int lastNotInterestedStep(int u, int topic);

    /**
     * User {@code u}'s clock (seconds since the episode began) when it last marked an item of
     * {@code topic} "not interested", or NaN if never in this episode.
     */
    double lastNotInterestedSeconds(int u, int topic);

    /**
     * The topic a Bubble Escape Potential twin answers with opposite feedback
     * ({@link OppositeFeedback}: its dominant topic when its window started), or −1 for an
     * ordinary user and for a twin whose window has not started.
     */
    int avoidedTopic(int u);
}
