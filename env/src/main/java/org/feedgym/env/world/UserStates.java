package org.feedgym.env.world;

import org.feedgym.env.PrivilegedView;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.MixStreams;

/**
 * The hidden state of N users as parallel arrays (structure of arrays). Row {@code u} of a
 * matrix field lives at {@code [u * width, (u + 1) * width)}. Only the world package touches
 * these arrays; agents see {@link ObservationBatch} and, when privileged, {@link PrivilegedView}.
 */
final class UserStates {

    final int n;
    final int d;
    final int topics;
    final int historyLength;
    final int k;

    final int[] persona;
    final float[] interest;
    final float[] initialInterest;
    final float[] historyEmbedding;
    final float[] satiation;
    final int[] history;
    final int[] historyCount;
    final int[] historyHead;
    final int[] historyTopicCount;
    final double[] clockSeconds;
    final double[] sessionSeconds;
    final double[] budgetSeconds;
    final double[] boredom;
    final double[] sessionWatchSum;
    final int[] sessionHarmful;
    final int[] steps;
    final int[] sessionSteps;
    final int[] sessions;
    final boolean[] done;
    final long[] seeds;
    /** Per user: the streams of its responses, candidates, life (budget, returns) and negative signals. */
    final MixStreams responseRandom;
    final MixStreams candidateRandom;
    final MixStreams lifeRandom;
    final MixStreams negativeRandom;
    final int[] candidates;
    /** Per user and topic: the step of the last "not interested" mark, −1 if none. */
    final int[] notInterestedStep;
    /** Per user and topic: the clock of the last "not interested" mark, NaN if none. */
    final double[] notInterestedSeconds;
    /** A twin's topic under {@link org.feedgym.env.OppositeFeedback}, −1 before the script starts. */
    final int[] avoidedTopic;
    /** The step at which a twin's script started, −1 before. */
    final int[] scriptStart;

    UserStates(int n, int d, int topics, int historyLength, int k) {
        this.n = n;
        this.d = d;
        this.topics = topics;
        this.historyLength = historyLength;
        this.k = k;
        persona = new int[n];
        interest = new float[n * d];
        initialInterest = new float[n * d];
        historyEmbedding = new float[n * d];
        satiation = new float[n * topics];
        history = new int[n * historyLength];
        historyCount = new int[n];
        historyHead = new int[n];
        historyTopicCount = new int[n * topics];
        clockSeconds = new double[n];
        sessionSeconds = new double[n];
        budgetSeconds = new double[n];
        boredom = new double[n];
        sessionWatchSum = new double[n];
        sessionHarmful = new int[n];
        steps = new int[n];
        sessionSteps = new int[n];
        sessions = new int[n];
        done = new boolean[n];
        seeds = new long[n];
        responseRandom = new MixStreams(n);
        candidateRandom = new MixStreams(n);
        lifeRandom = new MixStreams(n);
        negativeRandom = new MixStreams(n);
        candidates = new int[n * k];
        notInterestedStep = new int[n * topics];
        java.util.Arrays.fill(notInterestedStep, -1);
        notInterestedSeconds = new double[n * topics];
        java.util.Arrays.fill(notInterestedSeconds, Double.NaN);
        avoidedTopic = new int[n];
        java.util.Arrays.fill(avoidedTopic, -1);
        scriptStart = new int[n];
        java.util.Arrays.fill(scriptStart, -1);
    }

    /**
     * The bytes of the arrays above for one user (array headers aside): what a population's state
     * takes per user, a lower bound for its heap. {@code UserStatesTest} checks it against the
     * arrays.
     */
    static long bytesPerUser(int d, int topics, int historyLength, int k) {
        long ints = 9 + historyLength + 2L * topics + k;
        long floats = 3L * d + topics;
        long doubles = 5 + topics;
        long longs = 1 + 4L * MixRandom.STATE_WORDS;
        long booleans = 1;
        return 4 * ints + 4 * floats + 8 * doubles + 8 * longs + booleans;
    }

    /** Returns user {@code u}'s row of every array to its state before any reset. */
    void clearUser(int u) {
        persona[u] = 0;
        java.util.Arrays.fill(interest, u * d, (u + 1) * d, 0f);
        java.util.Arrays.fill(initialInterest, u * d, (u + 1) * d, 0f);
        java.util.Arrays.fill(historyEmbedding, u * d, (u + 1) * d, 0f);
        java.util.Arrays.fill(satiation, u * topics, (u + 1) * topics, 0f);
        java.util.Arrays.fill(history, u * historyLength, (u + 1) * historyLength, 0);
        historyCount[u] = 0;
        historyHead[u] = 0;
        java.util.Arrays.fill(historyTopicCount, u * topics, (u + 1) * topics, 0);
        clockSeconds[u] = 0;
        sessionSeconds[u] = 0;
        budgetSeconds[u] = 0;
        boredom[u] = 0;
        sessionWatchSum[u] = 0;
        sessionHarmful[u] = 0;
        steps[u] = 0;
        sessionSteps[u] = 0;
        sessions[u] = 0;
        done[u] = false;
        seeds[u] = 0;
        responseRandom.clear(u);
        candidateRandom.clear(u);
        lifeRandom.clear(u);
        negativeRandom.clear(u);
        java.util.Arrays.fill(candidates, u * k, (u + 1) * k, 0);
        java.util.Arrays.fill(notInterestedStep, u * topics, (u + 1) * topics, -1);
        java.util.Arrays.fill(notInterestedSeconds, u * topics, (u + 1) * topics, Double.NaN);
        avoidedTopic[u] = -1;
        scriptStart[u] = -1;
    }

    /** Remembers that user {@code u} marked an item of {@code topic} "not interested" now. */
    void markNotInterested(int u, int topic) {
        notInterestedStep[u * topics + topic] = steps[u];
        notInterestedSeconds[u * topics + topic] = clockSeconds[u];
    }

    /** The topic most frequent in user {@code u}'s remembered history (ties: the lower index). */
    int dominantTopic(int u) {
        int best = 0;
        for (int t = 1; t < topics; t++) {
            if (historyTopicCount[u * topics + t] > historyTopicCount[u * topics + best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * One of the remembered items, in ring order rather than by age: {@code slot} in
     * [0, historyCount). The ring fills from its first slot and only ever overwrites, so its first
     * {@code historyCount} slots hold exactly the remembered items.
     */
    int rememberedItem(int u, int slot) {
        return history[u * historyLength + slot];
    }

    /** Item watched {@code age} steps ago (0 = the last one); requires age &lt; historyCount. */
    int recentItem(int u, int age) {
        int pos = historyHead[u] - 1 - age;
        if (pos < 0) {
            pos += historyLength;
        }
        return history[u * historyLength + pos];
    }

    /** Appends a watched item to the ring buffer, evicting the oldest when full. */
    void pushHistory(int u, int item, int topic, int evictedTopicOf) {
        int base = u * historyLength;
        if (historyCount[u] == historyLength) {
            historyTopicCount[u * topics + evictedTopicOf]--;
        } else {
            historyCount[u]++;
        }
        history[base + historyHead[u]] = item;
        historyHead[u] = (historyHead[u] + 1) % historyLength;
        historyTopicCount[u * topics + topic]++;
    }

    /** The item a push would evict, or -1 when the buffer is not full. */
    int oldestItem(int u) {
        if (historyCount[u] < historyLength) {
            return -1;
        }
        return history[u * historyLength + historyHead[u]];
    }
}
