package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.EndReason;
import org.feedgym.env.UserInfos;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.parallel.UserChunks;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.metrics.Entropy;

/**
 * Accumulates per-user episode statistics from each step's outcomes, in arrays over users, and
 * turns them into {@link EpisodeRecord}s, one at a time, when the population is done. A user's
 * statistics read and write only that user's entries, so with a pool a step's users are recorded
 * in {@link UserChunks} in parallel, with the same results as on one thread.
 */
public final class EpisodeRecorder implements StepListener {

    private static final double ENGAGED_WATCH = 0.8;

    private final ForkJoinPool pool;
    private final Catalog catalog;
    private final int n;
    private final int topics;
    private final double[] checkpointSeconds;
    private final double windowSeconds;
    private final double similarThreshold;
    private final boolean harmfulTriggersOnly;
    private final int listLength;
    private final int[] itemCheckpoints;
    /** Per topic: index of its harm class among the configured ones, or −1. */
    private final int[] harmClassOfTopic;
    private final int harmClasses;

    private final double[] totalReturn;
    private final double[] watchSeconds;
    private final int[] likes;
    private final int[] shares;
    private final int[] comments;
    private final int[] downloads;
    private final int[] hates;
    private final int[] harmfulItems;
    private final double[] harmfulWatchSeconds;
    private final double[] secondsToFirstHarmful;
    private final int[] itemsToFirstHarmful;
    private final int[] shown;
    private final int[] topicCounts;
    private final EndReason[] endReason;
    private final int[] checkpointItems;
    private final int[] checkpointHarmful;
    private final int[] triggerItem;
    private final double[] triggerClock;
    private final int[] similarCount;
    private final int[] list;
    private final int[] listFill;
    private final double[] diversitySum;
    private final int[] diversityLists;
    private final int[] itemCheckpointHarmful;
    private final int[] harmClassItems;
    private final double[] harmClassFirst;
    private final int[] markPosition;
    private final double[] markClock;
    private final int[] returnItems;
    private final double[] returnSeconds;

    /** A recorder for {@code users} users of a world with this catalog, recording on the calling thread. */
    public EpisodeRecorder(Catalog catalog, int users, MetricsConfig metrics) {
        this(catalog, users, metrics, null);
    }

    /**
     * A recorder for {@code users} users of a world with this catalog.
     *
     * @param pool the pool a step's users are recorded on, in chunks, or null for the calling thread
     */
    public EpisodeRecorder(Catalog catalog, int users, MetricsConfig metrics, ForkJoinPool pool) {
        this.pool = pool;
        this.catalog = catalog;
        this.n = users;
        this.topics = catalog.topicCount();
        this.checkpointSeconds = metrics.checkpointsMinutes().stream().mapToDouble(m -> m * 60).toArray();
        this.windowSeconds = metrics.similarRuns().windowMinutes() * 60;
        this.similarThreshold = metrics.similarRuns().threshold();
        this.harmfulTriggersOnly = metrics.similarRuns().harmfulOnly();
        this.listLength = metrics.diversityWindow();
        this.itemCheckpoints = metrics.itemCheckpoints().stream().mapToInt(Integer::intValue).toArray();
        List<String> classes = metrics.harmClassIds();
        this.harmClasses = classes.size();
        this.harmClassOfTopic = new int[topics];
        for (int t = 0; t < topics; t++) {
            harmClassOfTopic[t] = classes.indexOf(catalog.topics().get(t).harmClass().id());
        }
        itemCheckpointHarmful = new int[n * itemCheckpoints.length];
        harmClassItems = new int[n * harmClasses];
        harmClassFirst = new double[n * harmClasses];
        Arrays.fill(harmClassFirst, Double.NaN);
        int c = checkpointSeconds.length;
        totalReturn = new double[n];
        watchSeconds = new double[n];
        likes = new int[n];
        shares = new int[n];
        comments = new int[n];
        downloads = new int[n];
        hates = new int[n];
        harmfulItems = new int[n];
        harmfulWatchSeconds = new double[n];
        secondsToFirstHarmful = new double[n];
        Arrays.fill(secondsToFirstHarmful, Double.NaN);
        itemsToFirstHarmful = new int[n];
        shown = new int[n];
        topicCounts = new int[n * topics];
        endReason = new EndReason[n];
        Arrays.fill(endReason, EndReason.NONE);
        checkpointItems = new int[n * c];
        checkpointHarmful = new int[n * c];
        triggerItem = new int[n];
        Arrays.fill(triggerItem, -1);
        triggerClock = new double[n];
        similarCount = new int[n];
        list = new int[n * listLength];
        listFill = new int[n];
        diversitySum = new double[n];
        diversityLists = new int[n];
        markPosition = new int[n * topics];
        Arrays.fill(markPosition, -1);
        markClock = new double[n * topics];
        returnItems = new int[n * topics];
        Arrays.fill(returnItems, -1);
        returnSeconds = new double[n * topics];
    }

    @Override
    public void onStep(StepOutcomes o) {
        UserChunks.forEach(pool, n, (from, to) -> record(o, from, to));
    }

    /** Records the step of users {@code from..to−1}. */
    private void record(StepOutcomes o, int from, int to) {
        int c = checkpointSeconds.length;
        for (int u = from; u < to; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            boolean harmful = catalog.harmful(item);
            double watchedBefore = watchSeconds[u];
            shown[u]++;
            for (int k = 0; k < c; k++) {
                if (watchedBefore < checkpointSeconds[k]) {
                    checkpointItems[u * c + k]++;
                    if (harmful) {
                        checkpointHarmful[u * c + k]++;
                    }
                }
            }
            for (int k = 0; k < itemCheckpoints.length; k++) {
                if (harmful && shown[u] <= itemCheckpoints[k]) {
                    itemCheckpointHarmful[u * itemCheckpoints.length + k]++;
                }
            }
            int harmClass = harmClassOfTopic[catalog.topic(item)];
            if (harmClass >= 0) {
                int h = u * harmClasses + harmClass;
                if (harmClassItems[h]++ == 0) {
                    harmClassFirst[h] = watchedBefore;
                }
            }
            if (harmful) {
                if (harmfulItems[u] == 0) {
                    itemsToFirstHarmful[u] = shown[u];
                    secondsToFirstHarmful[u] = watchedBefore;
                }
                harmfulItems[u]++;
                harmfulWatchSeconds[u] += o.watchSeconds(u);
            }
            totalReturn[u] += o.reward(u);
            watchSeconds[u] += o.watchSeconds(u);
            likes[u] += o.liked(u) ? 1 : 0;
            shares[u] += o.shared(u) ? 1 : 0;
            comments[u] += o.commented(u) ? 1 : 0;
            downloads[u] += o.downloaded(u) ? 1 : 0;
            hates[u] += o.hated(u) ? 1 : 0;
            topicCounts[u * topics + catalog.topic(item)]++;
            trackSimilarRun(u, item, harmful, o);
            trackDiversity(u, item);
            trackUnwantedReturn(u, catalog.topic(item), o.hated(u), o.shownAtSeconds(u));
            if (o.endReason(u) != EndReason.NONE) {
                endReason[u] = o.endReason(u);
            }
        }
    }

    private void trackSimilarRun(int u, int item, boolean harmful, StepOutcomes o) {
        double clock = o.shownAtSeconds(u);
        int trigger = triggerItem[u];
        if (trigger >= 0) {
            if (clock - triggerClock[u] <= windowSeconds && catalog.cosine(trigger, item) >= similarThreshold) {
                similarCount[u]++;
            }
        } else if ((o.liked(u) || o.watchFraction(u) >= ENGAGED_WATCH) && (harmful || !harmfulTriggersOnly)) {
            triggerItem[u] = item;
            triggerClock[u] = clock;
        }
    }

    /**
     * The return of a topic marked "not interested": the first showing of the topic after its
     * last mark. A new mark restarts the wait, so what is kept is the return after the last one.
     */
    private void trackUnwantedReturn(int u, int topic, boolean hated, double clock) {
        int ut = u * topics + topic;
        if (markPosition[ut] >= 0 && returnItems[ut] < 0) {
            returnItems[ut] = shown[u] - markPosition[ut];
            returnSeconds[ut] = clock - markClock[ut];
        }
        if (hated) {
            markPosition[ut] = shown[u];
            markClock[ut] = clock;
            returnItems[ut] = -1;
        }
    }

    /** {mean items, mean seconds, returned share} of user {@code u}'s marked topics; NaN where undefined. */
    private double[] unwantedReturn(int u) {
        int marked = 0;
        int returned = 0;
        double items = 0;
        double seconds = 0;
        for (int t = 0; t < topics; t++) {
            int ut = u * topics + t;
            if (markPosition[ut] >= 0) {
                marked++;
                if (returnItems[ut] >= 0) {
                    returned++;
                    items += returnItems[ut];
                    seconds += returnSeconds[ut];
                }
            }
        }
        return new double[] {returned > 0 ? items / returned : Double.NaN,
            returned > 0 ? seconds / returned : Double.NaN, marked > 0 ? (double) returned / marked : Double.NaN};
    }

    private void trackDiversity(int u, int item) {
        int base = u * listLength;
        list[base + listFill[u]++] = item;
        if (listFill[u] == listLength) {
            double sum = catalog.pairDistanceSum(list, base, base + listLength);
            diversitySum[u] += sum / (listLength * (listLength - 1) / 2.0);
            diversityLists[u]++;
            listFill[u] = 0;
        }
    }

    /** Hands the finished episodes to {@code sink}, one at a time in user order. */
    public void episodes(String agent, int replicate, UserInfos users, Consumer<EpisodeRecord> sink) {
        episodes(agent, replicate, users::seed, users::personaName, users::sessions, users::interestDrift, sink);
    }

    /** The episodes of users not backed by an environment (tests): seed = user, persona "test". */
    List<EpisodeRecord> episodesForTest() {
        List<EpisodeRecord> records = new ArrayList<>(n);
        episodes("test", 0, u -> u, u -> "test", u -> 1, u -> 0.0, records::add);
        return records;
    }

    private void episodes(String agent, int replicate, java.util.function.IntToLongFunction seed,
                          java.util.function.IntFunction<String> persona,
                          java.util.function.IntUnaryOperator sessions,
                          java.util.function.IntToDoubleFunction drift, Consumer<EpisodeRecord> sink) {
        int c = checkpointSeconds.length;
        for (int u = 0; u < n; u++) {
            double[] byCheckpoint = new double[c];
            for (int k = 0; k < c; k++) {
                byCheckpoint[k] = watchSeconds[u] >= checkpointSeconds[k] && checkpointItems[u * c + k] > 0
                        ? (double) checkpointHarmful[u * c + k] / checkpointItems[u * c + k] : Double.NaN;
            }
            int max = 0;
            for (int t = 0; t < topics; t++) {
                max = Math.max(max, topicCounts[u * topics + t]);
            }
            double[] unwanted = unwantedReturn(u);
            sink.accept(new EpisodeRecord(agent, replicate, u, seed.applyAsLong(u), persona.apply(u),
                    totalReturn[u], shown[u], sessions.applyAsInt(u), watchSeconds[u], likes[u], shares[u],
                    comments[u], downloads[u], hates[u], harmfulItems[u], harmfulWatchSeconds[u], secondsToFirstHarmful[u],
                    itemsToFirstHarmful[u], Entropy.bits(topicCounts, u * topics, topics),
                    shown[u] > 0 ? (double) max / shown[u] : Double.NaN,
                    diversityLists[u] > 0 ? diversitySum[u] / diversityLists[u] : Double.NaN,
                    drift.applyAsDouble(u), byCheckpoint,
                    triggerItem[u] >= 0 ? similarCount[u] : Double.NaN, endReason[u].id(), byItemCheckpoint(u),
                    harmClassShares(u), Arrays.copyOfRange(harmClassFirst, u * harmClasses, (u + 1) * harmClasses),
                    unwanted[0], unwanted[1] / 60, unwanted[2], Double.NaN, Double.NaN, Double.NaN));
        }
    }

    private double[] byItemCheckpoint(int u) {
        int ci = itemCheckpoints.length;
        double[] shares = new double[ci];
        for (int k = 0; k < ci; k++) {
            shares[k] = shown[u] >= itemCheckpoints[k]
                    ? (double) itemCheckpointHarmful[u * ci + k] / itemCheckpoints[k] : Double.NaN;
        }
        return shares;
    }

    private double[] harmClassShares(int u) {
        double[] shares = new double[harmClasses];
        for (int h = 0; h < harmClasses; h++) {
            shares[h] = shown[u] > 0 ? (double) harmClassItems[u * harmClasses + h] / shown[u] : Double.NaN;
        }
        return shares;
    }
}
