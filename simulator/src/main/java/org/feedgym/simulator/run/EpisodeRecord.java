package org.feedgym.simulator.run;

/**
 * One user's episode under one agent: a row of {@code episodes.csv}.
 *
 * @param agent                 agent name
 * @param replicate             replicate number (0-based)
 * @param user                  user number within the replicate (0-based)
 * @param seed                  the user's seed
 * @param persona               persona name
 * @param totalReturn           sum of rewards
 * @param steps                 items shown
 * @param sessions              sessions begun
 * @param watchSeconds          seconds watched
 * @param likes                 likes
 * @param shares                shares
 * @param comments              comments
 * @param downloads             downloads
 * @param harmfulItems          harmful items shown
 * @param harmfulWatchSeconds   seconds spent watching harmful items
 * @param watchSecondsToFirstHarmful seconds watched before the first harmful item was shown;
 *                              NaN if none was shown
 * @param itemsToFirstHarmful   1-based position of the first harmful item; 0 if none
 * @param topicEntropyBits      Shannon entropy of the topics shown, in bits
 * @param interestDrift         distance of the final interest vector from the initial one
 * @param endReason             why the episode ended
 */
public record EpisodeRecord(String agent, int replicate, int user, long seed, String persona, double totalReturn,
                            int steps, int sessions, double watchSeconds, int likes, int shares, int comments,
                            int downloads, int harmfulItems, double harmfulWatchSeconds,
                            double watchSecondsToFirstHarmful, int itemsToFirstHarmful, double topicEntropyBits,
                            double interestDrift, String endReason) {

    /** True when at least one harmful item was shown. */
    public boolean reachedHarmful() {
        return itemsToFirstHarmful > 0;
    }
}
