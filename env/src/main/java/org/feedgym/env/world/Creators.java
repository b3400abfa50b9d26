package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.feedgym.env.SupplyDay;
import org.feedgym.env.random.Seeds;

/**
 * The creators of one population ({@link CreatorsConfig}): their topic mixes, their daily
 * uploads and how they adapt. Creator incentives after Hron et al. 2022 ("Modeling content
 * creator incentives on algorithm-curated platforms") and Yao et al. 2023 (creators competing for
 * exposure); T-RECS and RecSim NG simulate creators too.
 *
 * <ul>
 *   <li><b>Mixes.</b> Given in config, or drawn: creator {@code c}'s main topic is drawn from
 *       {@code derive(seed, "creator-mix", c)} as a synthetic item's topic is (harmful with the
 *       catalog's {@code harmfulShare}, then uniform within harmful or benign topics); its mix is
 *       {@code focus} on the main topic plus {@code (1 − focus) / topics} on every topic.</li>
 *   <li><b>Uploads.</b> At the start of day {@code d} ≥ 1 every creator in turn uploads
 *       {@code uploadsPerDay} items, each of a topic drawn from its current mix with
 *       {@code derive(seed, "uploads", d)}; the item is the topic's next free slot of the day
 *       ({@link UploadSlots}), embedded like a synthetic item of the topic, and the neighbour
 *       table takes it in ({@link LiveNeighbours}).</li>
 *   <li><b>Adaptation.</b> Before uploading on day {@code d}, a creator whose uploads were
 *       watched on day {@code d − 1} moves its mix toward the topic shares of that watch time:
 *       {@code mix ← (1 − adaptationRate)·mix + adaptationRate·share}. With rate 0 nothing is
 *       computed and the mix stays exactly the initial one.</li>
 * </ul>
 *
 * <p>Determinism: the population credits watch time in user order after each step and uploads
 * only at a day barrier, when no user is still in the current day ({@link FeedPopulation}), so
 * everything here is computed on one thread from sums taken in a fixed order.
 */
final class Creators {

    private final CreatorsConfig config;
    private final Catalog catalog;
    private final UploadSlots slots;
    private final long seed;
    private final double[][] mix;
    private final double[][] initialMix;
    private final double[][] watched;
    private final int[] creatorOf;
    private final int[] topicCounts;
    private final LiveNeighbours live;
    private final List<SupplyDay> days = new ArrayList<>();
    private int day;
    private int uploadsToday;
    private int harmfulToday;
    private double entropyToday;
    private long shownToday;
    private long newShownToday;
    private double newSecondsToday;
    private double secondsToday;

    /**
     * @param config  the creators section
     * @param catalog the catalog, upload slots included
     * @param slots   where the slots are
     * @param base    the exact neighbour table of the catalog's first {@code slots.baseItems()} items
     * @param harmfulShare the catalog's share of items in harmful topics (drawn mixes follow it)
     * @param seed    the creators' seed
     */
    Creators(CreatorsConfig config, Catalog catalog, UploadSlots slots, NeighbourTable base, double harmfulShare,
             long seed) {
        this.config = config;
        this.catalog = catalog;
        this.slots = slots;
        this.seed = seed;
        int topics = catalog.topicCount();
        this.mix = new double[config.count()][];
        for (int c = 0; c < mix.length; c++) {
            mix[c] = config.mixes() != null ? given(config.mixes().get(c)) : drawn(c, harmfulShare);
        }
        this.initialMix = new double[mix.length][];
        for (int c = 0; c < mix.length; c++) {
            initialMix[c] = mix[c].clone();
        }
        this.watched = new double[config.count()][topics];
        this.creatorOf = new int[catalog.size()];
        java.util.Arrays.fill(creatorOf, -1);
        this.live = new LiveNeighbours(catalog, base, slots.baseItems());
        this.topicCounts = new int[topics];
        for (int i = 0; i < slots.baseItems(); i++) {
            topicCounts[catalog.topic(i)]++;
        }
        this.entropyToday = entropyBits(topicCounts);
    }

    private double[] given(Map<String, Double> weights) {
        double[] m = new double[catalog.topicCount()];
        double total = 0;
        for (int t = 0; t < m.length; t++) {
            m[t] = weights.getOrDefault(catalog.topics().get(t).name(), 0.0);
            total += m[t];
        }
        for (int t = 0; t < m.length; t++) {
            m[t] /= total;
        }
        return m;
    }

    private double[] drawn(int c, double harmfulShare) {
        int topics = catalog.topicCount();
        int harmfulTopics = 0;
        for (Topic t : catalog.topics()) {
            harmfulTopics += t.harmful() ? 1 : 0;
        }
        int benign = topics - harmfulTopics;
        RandomGenerator r = Seeds.generator(seed, "creator-mix", c);
        boolean harmful = harmfulTopics > 0 && r.nextDouble() < harmfulShare;
        int main = harmful ? benign + r.nextInt(harmfulTopics) : r.nextInt(benign);
        double[] m = new double[topics];
        for (int t = 0; t < topics; t++) {
            m[t] = (1 - config.focus()) / topics + (t == main ? config.focus() : 0);
        }
        return m;
    }

    /** The current day: the last day whose uploads were made (0 before any). */
    int day() {
        return day;
    }

    /** The items that can be shown, and their neighbours. */
    LiveNeighbours live() {
        return live;
    }

    /** Creator {@code c}'s current topic mix (a copy). */
    double[] mix(int c) {
        return mix[c].clone();
    }

    /** Creator {@code c}'s initial topic mix (a copy). */
    double[] initialMix(int c) {
        return initialMix[c].clone();
    }

    /** The creator who uploaded {@code item}, or −1 for an item of the catalog. */
    int creatorOf(int item) {
        return creatorOf[item];
    }

    /** Counts one shown item and credits its watch time to its creator; call in user order. */
    void shown(int item, double watchSeconds) {
        shownToday++;
        secondsToday += watchSeconds;
        int c = creatorOf[item];
        if (c >= 0) {
            newShownToday++;
            newSecondsToday += watchSeconds;
            watched[c][catalog.topic(item)] += watchSeconds;
        }
    }

    /** Closes the current day and opens every day up to {@code target}: adapt, then upload. */
    void advanceTo(int target) {
        while (day < target) {
            closeDay();
            day++;
            adapt();
            upload(day);
        }
    }

    /** Every day closed so far, then the current one as it stands. */
    List<SupplyDay> days() {
        List<SupplyDay> all = new ArrayList<>(days);
        if (day > 0) {
            all.add(current());
        }
        return all;
    }

    private SupplyDay current() {
        return new SupplyDay(day, uploadsToday, harmfulToday, entropyToday, shownToday, newShownToday,
                newSecondsToday, secondsToday);
    }

    private void closeDay() {
        if (day > 0) {
            days.add(current());
        }
        shownToday = 0;
        newShownToday = 0;
        newSecondsToday = 0;
        secondsToday = 0;
    }

    private void adapt() {
        double rate = config.adaptationRate();
        if (rate > 0) {
            for (int c = 0; c < mix.length; c++) {
                double total = 0;
                for (double w : watched[c]) {
                    total += w;
                }
                if (total > 0) {
                    for (int t = 0; t < mix[c].length; t++) {
                        mix[c][t] = (1 - rate) * mix[c][t] + rate * watched[c][t] / total;
                    }
                }
            }
        }
        for (double[] row : watched) {
            java.util.Arrays.fill(row, 0);
        }
    }

    private void upload(int d) {
        uploadsToday = 0;
        harmfulToday = 0;
        if (d >= slots.days()) {
            entropyToday = entropyBits(topicCounts);
            return;
        }
        RandomGenerator r = Seeds.generator(seed, "uploads", d);
        int[] next = new int[catalog.topicCount()];
        for (int c = 0; c < mix.length; c++) {
            for (int k = 0; k < config.uploadsPerDay(); k++) {
                int t = draw(mix[c], r.nextDouble());
                int item = slots.item(d, t, next[t]++);
                creatorOf[item] = c;
                live.add(item);
                topicCounts[t]++;
                uploadsToday++;
                harmfulToday += catalog.harmful(item) ? 1 : 0;
            }
        }
        entropyToday = entropyBits(topicCounts);
    }

    /** The topic whose cumulative weight first exceeds {@code u} (the last positive one at the end). */
    private static int draw(double[] weights, double u) {
        double acc = 0;
        int last = 0;
        for (int t = 0; t < weights.length; t++) {
            if (weights[t] > 0) {
                acc += weights[t];
                last = t;
                if (u < acc) {
                    return t;
                }
            }
        }
        return last;
    }

    private static double entropyBits(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }
}
