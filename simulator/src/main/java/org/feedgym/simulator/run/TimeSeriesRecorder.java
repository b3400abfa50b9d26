package org.feedgym.simulator.run;

import java.util.Arrays;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.UserInfos;
import org.feedgym.env.StepOutcomes;

/**
 * Aggregates exposure per bucket of time, for all users and per persona: users, items, harmful
 * items, reward and topic counts, and the per-user sums the harmful share's interval over users
 * needs ({@link TimeSeries}). A bucket is either a span of watch time (each user's own
 * minutes watched before the item was shown, {@link #TimeSeriesRecorder}) or a simulated day
 * ({@link #byDay}): the day the item's session began on the user's clock (return gaps included),
 * so that a session running past midnight stays on its day, as the world's day horizon and the
 * creators' days count sessions by the day they begin; days are 1 .. {@code episode.days}.
 * Buckets grow as needed.
 */
public final class TimeSeriesRecorder implements StepListener {

    private final Catalog catalog;
    private final UserInfos infos;
    private final int n;
    private final int groups;
    private final int topics;
    private final double bucketSeconds;
    /** Buckets by the user's clock (simulated days) rather than by watch time. */
    private final boolean byClock;
    private final double[] watched;
    private final int[] lastBucket;
    /** By day: the day each user's current session began, or -1 before its first item. */
    private final int[] sessionDay;
    private int capacity = 16;
    private long[] users;
    private long[] items;
    private long[] harmful;
    private double[] reward;
    private long[] topicCounts;
    /** Per cell, over the users that have left it: Σ items², Σ harmful², Σ items·harmful. */
    private long[] itemsSquared;
    private long[] harmfulSquared;
    private long[] itemsTimesHarmful;
    /** Per user: items and harmful items in its current bucket ({@code lastBucket}). */
    private final int[] bucketItems;
    private final int[] bucketHarmful;

    /**
     * @param bucketMinutes width of a bucket in minutes of watching
     */
    public TimeSeriesRecorder(Catalog catalog, UserInfos infos, int n, double bucketMinutes) {
        this(catalog, infos, n, bucketMinutes * 60, false);
    }

    /** A recorder whose bucket {@code d} is simulated day {@code d} of each user's episode. */
    public static TimeSeriesRecorder byDay(Catalog catalog, UserInfos infos, int n) {
        return new TimeSeriesRecorder(catalog, infos, n, SECONDS_PER_DAY, true);
    }

    /** Seconds in a simulated day. */
    public static final double SECONDS_PER_DAY = 86_400;

    private TimeSeriesRecorder(Catalog catalog, UserInfos infos, int n, double bucketSeconds, boolean byClock) {
        this.catalog = catalog;
        this.infos = infos;
        this.n = n;
        this.groups = infos.personaCount() + 1;
        this.topics = catalog.topicCount();
        this.bucketSeconds = bucketSeconds;
        this.byClock = byClock;
        this.watched = new double[n];
        this.lastBucket = new int[n];
        Arrays.fill(lastBucket, -1);
        this.sessionDay = new int[n];
        Arrays.fill(sessionDay, -1);
        this.bucketItems = new int[n];
        this.bucketHarmful = new int[n];
        allocate(capacity);
    }

    private void allocate(int buckets) {
        users = users == null ? new long[buckets * groups] : Arrays.copyOf(users, buckets * groups);
        items = items == null ? new long[buckets * groups] : Arrays.copyOf(items, buckets * groups);
        harmful = harmful == null ? new long[buckets * groups] : Arrays.copyOf(harmful, buckets * groups);
        reward = reward == null ? new double[buckets * groups] : Arrays.copyOf(reward, buckets * groups);
        topicCounts = topicCounts == null ? new long[buckets * groups * topics]
                : Arrays.copyOf(topicCounts, buckets * groups * topics);
        itemsSquared = itemsSquared == null ? new long[buckets * groups]
                : Arrays.copyOf(itemsSquared, buckets * groups);
        harmfulSquared = harmfulSquared == null ? new long[buckets * groups]
                : Arrays.copyOf(harmfulSquared, buckets * groups);
        itemsTimesHarmful = itemsTimesHarmful == null ? new long[buckets * groups]
                : Arrays.copyOf(itemsTimesHarmful, buckets * groups);
        capacity = buckets;
    }

    @Override
    public void onStep(StepOutcomes o) {
        for (int u = 0; u < n; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            int bucket;
            if (byClock) {
                if (sessionDay[u] < 0) {
                    // The session's first item: it was shown when the session began.
                    sessionDay[u] = (int) (o.shownAtSeconds(u) / bucketSeconds);
                }
                bucket = sessionDay[u];
                if (o.sessionStarted(u)) {
                    sessionDay[u] = -1; // the next item opens a new session
                }
            } else {
                bucket = (int) (watched[u] / bucketSeconds);
            }
            if (bucket >= capacity) {
                allocate(Math.max(bucket + 1, capacity * 2));
            }
            if (bucket < lastBucket[u]) {
                // The interval over users counts a user once per bucket: its buckets must not go back.
                throw new IllegalStateException("user " + u + "'s item falls in bucket " + bucket
                        + " after one in bucket " + lastBucket[u]);
            }
            boolean firstInBucket = lastBucket[u] != bucket;
            int persona = infos.personaIndex(u);
            if (firstInBucket && lastBucket[u] >= 0) {
                // Its buckets only move forward (checked above): its counts in the one it leaves are final.
                closeUser(itemsSquared, harmfulSquared, itemsTimesHarmful, u, persona);
                bucketItems[u] = 0;
                bucketHarmful[u] = 0;
            }
            lastBucket[u] = bucket;
            boolean harm = catalog.harmful(item);
            bucketItems[u]++;
            bucketHarmful[u] += harm ? 1 : 0;
            add(bucket * groups, item, harm, o.reward(u), firstInBucket);
            add(bucket * groups + 1 + persona, item, harm, o.reward(u), firstInBucket);
            watched[u] += o.watchSeconds(u);
        }
    }

    private void add(int cell, int item, boolean harm, double r, boolean newUser) {
        items[cell]++;
        if (newUser) {
            users[cell]++;
        }
        if (harm) {
            harmful[cell]++;
        }
        reward[cell] += r;
        topicCounts[cell * topics + catalog.topic(item)]++;
    }

    /** Adds user {@code u}'s counts in its current bucket to the user sums of its two cells. */
    private void closeUser(long[] nn, long[] hh, long[] nh, int u, int persona) {
        long n = bucketItems[u];
        long h = bucketHarmful[u];
        int all = lastBucket[u] * groups;
        addSquares(nn, hh, nh, all, n, h);
        addSquares(nn, hh, nh, all + 1 + persona, n, h);
    }

    private static void addSquares(long[] nn, long[] hh, long[] nh, int cell, long n, long h) {
        nn[cell] += n * n;
        hh[cell] += h * h;
        nh[cell] += n * h;
    }

    /**
     * Adds this recorder's counts into {@code into} (to pool replicates). Users still in a bucket
     * count with what they have so far; the recorder itself is not changed.
     */
    public void addTo(TimeSeries into) {
        long[] nn = itemsSquared.clone();
        long[] hh = harmfulSquared.clone();
        long[] nh = itemsTimesHarmful.clone();
        for (int u = 0; u < n; u++) {
            if (lastBucket[u] >= 0) {
                closeUser(nn, hh, nh, u, infos.personaIndex(u));
            }
        }
        int buckets = 0;
        for (int b = 0; b < capacity; b++) {
            if (items[b * groups] > 0) {
                buckets = b + 1;
            }
        }
        for (int b = 0; b < buckets; b++) {
            for (int g = 0; g < groups; g++) {
                int cell = b * groups + g;
                into.add(b, g, users[cell], items[cell], harmful[cell], reward[cell],
                        Arrays.copyOfRange(topicCounts, cell * topics, (cell + 1) * topics), nn[cell], hh[cell],
                        nh[cell]);
            }
        }
    }
}
