package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.EndReason;
import org.feedgym.env.world.FeedPopulation;
import org.feedgym.env.world.StepOutcomes;
import org.feedgym.simulator.metrics.Entropy;

/**
 * Accumulates per-user episode statistics from each step's outcomes, in arrays over users, and
 * turns them into {@link EpisodeRecord}s when the population is done.
 */
public final class EpisodeRecorder {

    private final Catalog catalog;
    private final int n;
    private final int topics;
    private final double[] totalReturn;
    private final double[] watchSeconds;
    private final int[] likes;
    private final int[] shares;
    private final int[] comments;
    private final int[] downloads;
    private final int[] harmfulItems;
    private final double[] harmfulWatchSeconds;
    private final double[] secondsToFirstHarmful;
    private final int[] itemsToFirstHarmful;
    private final int[] shown;
    private final int[] topicCounts;
    private final EndReason[] endReason;

    /** A recorder for {@code users} users of a world with this catalog. */
    public EpisodeRecorder(Catalog catalog, int users) {
        this.catalog = catalog;
        this.n = users;
        this.topics = catalog.topicCount();
        totalReturn = new double[n];
        watchSeconds = new double[n];
        likes = new int[n];
        shares = new int[n];
        comments = new int[n];
        downloads = new int[n];
        harmfulItems = new int[n];
        harmfulWatchSeconds = new double[n];
        secondsToFirstHarmful = new double[n];
        java.util.Arrays.fill(secondsToFirstHarmful, Double.NaN);
        itemsToFirstHarmful = new int[n];
        shown = new int[n];
        topicCounts = new int[n * topics];
        endReason = new EndReason[n];
        java.util.Arrays.fill(endReason, EndReason.NONE);
    }

    /** Records one step's outcomes. */
    public void record(StepOutcomes o) {
        for (int u = 0; u < n; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            shown[u]++;
            if (catalog.harmful(item)) {
                if (harmfulItems[u] == 0) {
                    itemsToFirstHarmful[u] = shown[u];
                    secondsToFirstHarmful[u] = watchSeconds[u];
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
            topicCounts[u * topics + catalog.topic(item)]++;
            if (o.endReason(u) != EndReason.NONE) {
                endReason[u] = o.endReason(u);
            }
        }
    }

    /** The finished episodes, in user order. */
    public List<EpisodeRecord> episodes(String agent, int replicate, FeedPopulation population) {
        List<EpisodeRecord> list = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            list.add(new EpisodeRecord(agent, replicate, u, population.seed(u), population.persona(u).name(),
                    totalReturn[u], shown[u], population.sessions(u), watchSeconds[u], likes[u], shares[u],
                    comments[u], downloads[u], harmfulItems[u], harmfulWatchSeconds[u], secondsToFirstHarmful[u],
                    itemsToFirstHarmful[u], Entropy.bits(topicCounts, u * topics, topics),
                    population.interestDrift(u), endReason[u].id()));
        }
        return list;
    }
}
