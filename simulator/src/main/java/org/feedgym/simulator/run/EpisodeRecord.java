package org.feedgym.simulator.run;

/**
 * One user's episode under one agent: a row of {@code episodes.csv}.
 *
 * @param agent                      agent name
 * @param replicate                  replicate number (0-based)
 * @param user                       user number within the replicate (0-based)
 * @param seed                       the user's seed
 * @param persona                    persona name
 * @param totalReturn                sum of rewards
 * @param steps                      items shown
 * @param sessions                   sessions begun
 * @param watchSeconds               seconds watched
 * @param likes                      likes
 * @param shares                     shares
 * @param comments                   comments
 * @param downloads                  downloads
 * @param hates                      items marked "not interested" (the negative signal)
 * @param harmfulItems               harmful items shown
 * @param harmfulWatchSeconds        seconds spent watching harmful items
 * @param watchSecondsToFirstHarmful seconds watched before the first harmful item was shown;
 *                                   NaN if none was shown
 * @param itemsToFirstHarmful        1-based position of the first harmful item; 0 if none
 * @param topicEntropyBits           Shannon entropy of the topics shown, in bits
 * @param majorityTopicShare         share of the most frequent topic among the items shown
 * @param intraListDiversity         mean pairwise cosine distance (1 − cos) within consecutive
 *                                   lists of shown items; NaN when no full list was shown
 * @param interestDrift              distance of the final interest vector from the initial one
 * @param harmfulShareByCheckpoint   per watch-time checkpoint: harmful share of the items shown
 *                                   within the first T minutes of watching; NaN when the user
 *                                   watched less than T minutes
 * @param similarAfterTrigger        items similar to the first trigger item shown within the
 *                                   window after it; NaN when there was no trigger
 * @param endReason                  why the episode ended
 * @param harmfulShareByItemCheckpoint per item-count checkpoint N: harmful share of the first N
 *                                   items shown; NaN when fewer were shown
 * @param harmClassShare             per configured harm class: its share of the items shown
 * @param harmClassSecondsToFirst    per configured harm class: seconds watched before its first
 *                                   item was shown; NaN if none was shown
 * @param unwantedReturnItems        how soon an unwanted topic came back: over the topics the
 *                                   user marked "not interested" at least once and that were
 *                                   shown again after the last mark, the mean number of items
 *                                   from that last mark to the topic's next showing (1 = the very
 *                                   next item); NaN when no marked topic came back
 * @param unwantedReturnMinutes      the same in minutes of the user's clock (gaps between
 *                                   sessions included); NaN as above
 * @param unwantedReturnedShare      share of the topics marked at least once that were shown
 *                                   again after their last mark; NaN when nothing was marked
 * @param bepDistance                Bubble Escape Potential: total-variation distance between the
 *                                   topic distributions of the twin's and the original's items in
 *                                   the window; NaN when not measured
 * @param bepEntropyGain             the twin's topic entropy minus the original's over the window,
 *                                   in bits; NaN when not measured
 * @param bepShareDrop               the avoided topic's share of the original's window minus its
 *                                   share of the twin's (positive: the feed moved away from it);
 *                                   NaN when not measured
 */
public record EpisodeRecord(String agent, int replicate, int user, long seed, String persona, double totalReturn,
                            int steps, int sessions, double watchSeconds, int likes, int shares, int comments,
                            int downloads, int hates, int harmfulItems, double harmfulWatchSeconds,
                            double watchSecondsToFirstHarmful, int itemsToFirstHarmful, double topicEntropyBits,
                            double majorityTopicShare, double intraListDiversity, double interestDrift,
                            double[] harmfulShareByCheckpoint, double similarAfterTrigger, String endReason,
                            double[] harmfulShareByItemCheckpoint, double[] harmClassShare,
                            double[] harmClassSecondsToFirst, double unwantedReturnItems, double unwantedReturnMinutes,
                            double unwantedReturnedShare, double bepDistance, double bepEntropyGain, double bepShareDrop)
        implements java.io.Serializable {

    private static final double[] NONE = new double[0];

    public EpisodeRecord {
        harmfulShareByCheckpoint = harmfulShareByCheckpoint.clone();
        harmfulShareByItemCheckpoint = harmfulShareByItemCheckpoint.clone();
        harmClassShare = harmClassShare.clone();
        harmClassSecondsToFirst = harmClassSecondsToFirst.clone();
    }

    /** An episode without item checkpoints or harm classes. */
    public EpisodeRecord(String agent, int replicate, int user, long seed, String persona, double totalReturn,
                         int steps, int sessions, double watchSeconds, int likes, int shares, int comments,
                         int downloads, int hates, int harmfulItems, double harmfulWatchSeconds,
                         double watchSecondsToFirstHarmful, int itemsToFirstHarmful, double topicEntropyBits,
                         double majorityTopicShare, double intraListDiversity, double interestDrift,
                         double[] harmfulShareByCheckpoint, double similarAfterTrigger, String endReason) {
        this(agent, replicate, user, seed, persona, totalReturn, steps, sessions, watchSeconds, likes, shares, comments,
                downloads, hates, harmfulItems, harmfulWatchSeconds, watchSecondsToFirstHarmful, itemsToFirstHarmful,
                topicEntropyBits, majorityTopicShare, intraListDiversity, interestDrift, harmfulShareByCheckpoint,
                similarAfterTrigger, endReason, NONE, NONE, NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** An episode without hates (for records made before the negative signal existed). */
    public EpisodeRecord(String agent, int replicate, int user, long seed, String persona, double totalReturn,
                         int steps, int sessions, double watchSeconds, int likes, int shares, int comments,
                         int downloads, int harmfulItems, double harmfulWatchSeconds,
                         double watchSecondsToFirstHarmful, int itemsToFirstHarmful, double topicEntropyBits,
                         double majorityTopicShare, double intraListDiversity, double interestDrift,
                         double[] harmfulShareByCheckpoint, double similarAfterTrigger, String endReason) {
        this(agent, replicate, user, seed, persona, totalReturn, steps, sessions, watchSeconds, likes, shares, comments,
                downloads, 0, harmfulItems, harmfulWatchSeconds, watchSecondsToFirstHarmful, itemsToFirstHarmful,
                topicEntropyBits, majorityTopicShare, intraListDiversity, interestDrift, harmfulShareByCheckpoint,
                similarAfterTrigger, endReason, NONE, NONE, NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** This episode with its Bubble Escape Potential measured (distance, entropy gain, share drop). */
    public EpisodeRecord withBep(double distance, double entropyGain, double shareDrop) {
        return new EpisodeRecord(agent, replicate, user, seed, persona, totalReturn, steps, sessions, watchSeconds,
                likes, shares, comments, downloads, hates, harmfulItems, harmfulWatchSeconds,
                watchSecondsToFirstHarmful, itemsToFirstHarmful, topicEntropyBits, majorityTopicShare,
                intraListDiversity, interestDrift, harmfulShareByCheckpoint, similarAfterTrigger, endReason,
                harmfulShareByItemCheckpoint, harmClassShare, harmClassSecondsToFirst, unwantedReturnItems,
                unwantedReturnMinutes, unwantedReturnedShare, distance, entropyGain, shareDrop);
    }

    /** True when at least one harmful item was shown. */
    public boolean reachedHarmful() {
        return itemsToFirstHarmful > 0;
    }

    /** Harmful share within the first checkpoint {@code c}'s minutes; NaN when not reached. */
    public double harmfulShareByCheckpoint(int c) {
        return harmfulShareByCheckpoint[c];
    }

    @Override
    public double[] harmfulShareByCheckpoint() {
        return harmfulShareByCheckpoint.clone();
    }

    @Override
    public double[] harmfulShareByItemCheckpoint() {
        return harmfulShareByItemCheckpoint.clone();
    }

    @Override
    public double[] harmClassShare() {
        return harmClassShare.clone();
    }

    @Override
    public double[] harmClassSecondsToFirst() {
        return harmClassSecondsToFirst.clone();
    }

    /** Harmful share of the first N items of item checkpoint {@code c}; NaN when not reached. */
    public double harmfulShareByItemCheckpoint(int c) {
        return harmfulShareByItemCheckpoint[c];
    }

    /** Share of the items shown that belong to configured harm class {@code h}. */
    public double harmClassShare(int h) {
        return harmClassShare[h];
    }

    /** Seconds watched before the first item of configured harm class {@code h}; NaN if none. */
    public double harmClassSecondsToFirst(int h) {
        return harmClassSecondsToFirst[h];
    }

    /** Value equality over every component, the checkpoint array by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EpisodeRecord e && agent.equals(e.agent) && replicate == e.replicate && user == e.user
                && seed == e.seed && persona.equals(e.persona) && Double.compare(totalReturn, e.totalReturn) == 0
                && steps == e.steps && sessions == e.sessions && Double.compare(watchSeconds, e.watchSeconds) == 0
                && likes == e.likes && shares == e.shares && comments == e.comments && downloads == e.downloads
                && hates == e.hates
                && harmfulItems == e.harmfulItems
                && Double.compare(harmfulWatchSeconds, e.harmfulWatchSeconds) == 0
                && Double.compare(watchSecondsToFirstHarmful, e.watchSecondsToFirstHarmful) == 0
                && itemsToFirstHarmful == e.itemsToFirstHarmful
                && Double.compare(topicEntropyBits, e.topicEntropyBits) == 0
                && Double.compare(majorityTopicShare, e.majorityTopicShare) == 0
                && Double.compare(intraListDiversity, e.intraListDiversity) == 0
                && Double.compare(interestDrift, e.interestDrift) == 0
                && java.util.Arrays.equals(harmfulShareByCheckpoint, e.harmfulShareByCheckpoint)
                && Double.compare(similarAfterTrigger, e.similarAfterTrigger) == 0 && endReason.equals(e.endReason)
                && java.util.Arrays.equals(harmfulShareByItemCheckpoint, e.harmfulShareByItemCheckpoint)
                && java.util.Arrays.equals(harmClassShare, e.harmClassShare)
                && java.util.Arrays.equals(harmClassSecondsToFirst, e.harmClassSecondsToFirst)
                && Double.compare(unwantedReturnItems, e.unwantedReturnItems) == 0
                && Double.compare(unwantedReturnMinutes, e.unwantedReturnMinutes) == 0
                && Double.compare(unwantedReturnedShare, e.unwantedReturnedShare) == 0
                && Double.compare(bepDistance, e.bepDistance) == 0
                && Double.compare(bepEntropyGain, e.bepEntropyGain) == 0
                && Double.compare(bepShareDrop, e.bepShareDrop) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(agent, replicate, user, seed, persona, totalReturn, steps, endReason)
                + java.util.Arrays.hashCode(harmfulShareByCheckpoint);
    }
}
