package org.feedgym.studies.homogenization;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;

/**
 * One recommender in one training mode on one {@link StudyWorld}: the step loop of Chaney et al.
 * (2018) as the T-RECS replication runs it.
 *
 * <p>At each step the creator releases {@code itemsPerStep} items (numbered in release order).
 * Each user's list is the recommender's ranking of the items it ranks (none during the startup;
 * under repeated training every item released before this step; under single training the items
 * released during the startup, which it was trained on), with this step's new items interleaved
 * at uniformly random positions in random order. The user consumes one item by
 * {@link AttentionChoice}, never one consumed before. As in T-RECS (recommender lists with
 * repeats allowed, users refusing repeats), consumed items keep their positions in the list and
 * are passed over, pushing the unconsumed items down; with {@code consumedStay} false they leave
 * the list instead. Training happens once at the end of the startup and, under repeated
 * training, after every later step.
 *
 * <p>The list's random parts come from a stream seeded by (user, step), so a user's choice does
 * not depend on other users, on threads or on how far the list was read. Users are processed in
 * fixed chunks of {@value #CHUNK} with their own scratch memory, on the pool when one is given:
 * results do not depend on the number of threads. A step allocates nothing per user.
 */
public final class Simulation implements Recommender.Data {

    private static final int CHUNK = 256;
    private static final int INITIAL_FETCH = 16;

    private final StudyWorld world;
    private final Recommender recommender;
    private final int users;
    private final int words;
    private final int startup;
    private final int totalSteps;
    private final int perStep;
    private final boolean repeated;
    private final long[] consumed;
    private final int[] history;
    private final double[] utility;
    private final double[] bound;
    private final double[] discount;
    private final long listSeed;
    private final Scratch[] scratch;
    private final ForkJoinPool pool;
    private final PairStream utilityStream = new PairStream(0);
    private final boolean exhaustive;
    private final boolean consumedStay;
    private int step;
    private int released;

    /**
     * @param world             the users, items and utilities (at least {@code itemsPerStep ×
     *                          mode.totalSteps()} items)
     * @param kind              the recommender
     * @param mode              startup and recommendation steps, repeated or single training
     * @param itemsPerStep      items released per step
     * @param attentionExponent the rank discount exponent (−0.8)
     * @param consumedStay      whether consumed items keep their positions in later lists
     * @param mf                matrix factorisation parameters (used by {@code mf} only)
     * @param seed              this run's seed; every generator of the run derives from it
     * @param pool              threads for stepping users, or null to step them on the caller
     */
    public Simulation(StudyWorld world, RecommenderKind kind, ModeConfig mode, int itemsPerStep,
                      double attentionExponent, boolean consumedStay, MfConfig mf, long seed, ForkJoinPool pool) {
        this(world, kind, mode, itemsPerStep, attentionExponent, consumedStay, mf, seed, pool, false);
    }

    /** As above; {@code exhaustive} reads every list to the end (for tests of the early stop). */
    Simulation(StudyWorld world, RecommenderKind kind, ModeConfig mode, int itemsPerStep, double attentionExponent,
               boolean consumedStay, MfConfig mf, long seed, ForkJoinPool pool, boolean exhaustive) {
        if ((long) itemsPerStep * mode.totalSteps() > world.items()) {
            throw new IllegalArgumentException("the world has " + world.items() + " items; the mode releases "
                    + (long) itemsPerStep * mode.totalSteps());
        }
        this.world = world;
        this.users = world.users();
        this.words = Bits.words(world.items());
        this.startup = mode.startupSteps();
        this.totalSteps = mode.totalSteps();
        this.perStep = itemsPerStep;
        this.repeated = mode.repeated();
        this.consumed = new long[users * words];
        this.history = new int[users * totalSteps];
        this.utility = new double[totalSteps];
        this.bound = new double[users];
        this.discount = AttentionChoice.discounts(itemsPerStep * totalSteps, attentionExponent);
        this.listSeed = Seeds.derive(seed, "lists", 0);
        this.pool = pool;
        this.exhaustive = exhaustive;
        this.consumedStay = consumedStay;
        int chunks = (users + CHUNK - 1) / CHUNK;
        this.scratch = new Scratch[chunks];
        for (int c = 0; c < chunks; c++) {
            scratch[c] = new Scratch(world.items(), itemsPerStep);
        }
        this.recommender = create(kind, world, totalSteps, mf, seed);
    }

    private static Recommender create(RecommenderKind kind, StudyWorld world, int steps, MfConfig mf, long seed) {
        long ties = Seeds.derive(seed, "ties", 0);
        return switch (kind) {
            case IDEAL -> new IdealRecommender(world, ties);
            case CONTENT -> new ContentRecommender(world, ties);
            case MF -> new MfRecommender(world, steps, mf, Seeds.generator(seed, "mf", 0), ties);
            case SOCIAL -> new SocialRecommender(world, ties);
            case POPULARITY -> new PopularityRecommender(world, Seeds.generator(seed, "popularity-ties", 0));
            case RANDOM -> new RandomRecommender(world, Seeds.generator(seed, "random", 0), ties);
        };
    }

    /** Runs the next step: release, every user's choice, learning. */
    public void step() {
        if (step >= totalSteps) {
            throw new IllegalStateException("all " + totalSteps + " steps are done");
        }
        if (step == startup) {
            recommender.train(this);
        }
        released += perStep;
        recommender.onRelease(released);
        int limit = step < startup ? 0 : repeated ? released - perStep : startup * perStep;
        int t = step;
        if (pool == null || scratch.length == 1) {
            for (int c = 0; c < scratch.length; c++) {
                runChunk(c, t, limit);
            }
        } else {
            pool.submit(() -> IntStream.range(0, scratch.length).parallel().forEach(c -> runChunk(c, t, limit))).join();
        }
        double sum = 0;
        for (int u = 0; u < users; u++) {
            int item = history[t * users + u];
            Bits.set(consumed, u * words, item);
            sum += world.trueUtility(u, item, utilityStream);
        }
        utility[t] = sum / users;
        recommender.observe(this, t);
        step++;
        if (repeated && step > startup) {
            recommender.train(this);
        }
    }

    private void runChunk(int c, int t, int limit) {
        Scratch s = scratch[c];
        int end = Math.min(users, (c + 1) * CHUNK);
        int newFrom = released - perStep;
        for (int u = c * CHUNK; u < end; u++) {
            // Known utility is true utility times a fraction at most 1, so the largest true
            // utility among released items bounds every item in the list: the walk through the
            // list stops once no later position could win. (True utility alone costs half as
            // much to draw as known utility when utilities are not cached.)
            double max = bound[u];
            for (int i = newFrom; i < released; i++) {
                max = Math.max(max, world.trueUtility(u, i, s.utility));
            }
            bound[u] = max;
            history[t * users + u] = choose(u, t, limit, s);
        }
    }

    /** The item user {@code u} consumes at step {@code t}, ranked items being those below {@code limit}. */
    private int choose(int u, int t, int limit, Scratch s) {
        int base = u * words;
        // Ranked positions: every ranked item, or only the unconsumed ones when consumed items
        // leave the lists.
        int ranked = consumedStay || limit == 0 ? limit : limit - Bits.countBelow(consumed, base, limit);
        int length = ranked + perStep;
        int newFrom = released - perStep;
        for (int j = 0; j < perStep; j++) {
            s.newItems[j] = newFrom + j;
        }
        if (ranked > 0) {
            recommender.prepare(u, limit, t, s);
        }
        PairStream list = s.list;
        list.reset(listSeed, t, u);
        double bound = exhaustive ? Double.POSITIVE_INFINITY : this.bound[u];
        int remainingNew = perStep;
        int fetched = 0;
        int asked = 0;
        int next = 0;
        double best = Double.NEGATIVE_INFINITY;
        int bestItem = -1;
        for (int p = 0; p < length; p++) {
            int item;
            // Selection sampling (Knuth's Algorithm S): slot p holds a new item with probability
            // remainingNew / remainingSlots, which places the new items uniformly at random.
            if (remainingNew > 0 && list.nextDouble() * (length - p) < remainingNew) {
                int taken = perStep - remainingNew;
                int j = taken + list.nextInt(remainingNew);
                item = s.newItems[j];
                s.newItems[j] = s.newItems[taken];
                s.newItems[taken] = item;
                remainingNew--;
            } else {
                do {
                    if (next == fetched) {
                        asked = asked == 0 ? Math.min(INITIAL_FETCH, limit) : Math.min(2 * asked, limit);
                        fetched = recommender.top(u, limit, t, asked, s);
                        if (fetched <= next) {
                            throw new IllegalStateException(recommender.kind().id() + " ranked " + fetched
                                    + " items, expected " + limit);
                        }
                    }
                    item = s.ranked[next++];
                } while (!consumedStay && Bits.test(consumed, base, item));
            }
            if (Bits.test(consumed, base, item)) {
                // Shown again but never consumed again: it only takes up the position.
                continue;
            }
            double v = discount[p] * world.knownUtilityAbove(u, item, best / discount[p], s.utility);
            if (v > best) {
                best = v;
                bestItem = item;
            }
            if (p + 1 < length && discount[p + 1] * bound <= best) {
                break;
            }
        }
        return bestItem;
    }

    /** Users. */
    @Override
    public int users() {
        return users;
    }

    /** Items released so far. */
    @Override
    public int released() {
        return released;
    }

    /** Steps completed. */
    @Override
    public int stepsDone() {
        return step;
    }

    /** {@code history[t · users + u]}: item consumed by {@code u} at step {@code t}; read-only. */
    @Override
    public int[] history() {
        return history;
    }

    /** Steps of the mode. */
    public int totalSteps() {
        return totalSteps;
    }

    /** Mean true utility of the items consumed at step {@code t}. */
    public double meanUtility(int t) {
        return utility[t];
    }

    /** Consumed items as a bitset, {@link #words()} words per user; read-only. */
    long[] consumed() {
        return consumed;
    }

    /** Words per user in {@link #consumed()}. */
    int words() {
        return words;
    }

    /** The recommender. */
    Recommender recommender() {
        return recommender;
    }

    /** The recommender's kind. */
    public RecommenderKind kind() {
        return recommender.kind();
    }
}
