package org.feedgym.env.world;

import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;

/**
 * Steps N users of a {@link World} together. User state lives in arrays over users; each user's
 * randomness comes from generators derived from that user's own seed, so user {@code u}'s
 * trajectory is the same whether it steps alone, among 10,000 others, or on any number of
 * threads. {@link FeedEnvironment} is this class with N = 1.
 *
 * <p>Usage:
 * <pre>{@code
 * FeedPopulation population = world.population(pool);
 * population.reset(userSeeds);
 * int[] actions = new int[userSeeds.length];
 * while (!population.allDone()) {
 *     policy.act(population.observations(), actions);
 *     StepOutcomes outcomes = population.step(actions);
 * }
 * }</pre>
 */
public final class FeedPopulation implements PrivilegedView {

    private static final int CHUNK = 256;

    private final World world;
    private final ForkJoinPool pool;
    private final int maxSteps;
    private final int days;
    private UserStates states;
    private StepOutcomes outcomes;
    private ObservationBatch batch;
    private float[] features;
    private int active;

    FeedPopulation(World world, ForkJoinPool pool) {
        this.world = world;
        this.pool = pool;
        this.maxSteps = world.config().episode().maxSteps();
        this.days = world.config().episode().days();
    }

    /** The world these users live in. */
    public World world() {
        return world;
    }

    /**
     * Starts one episode per seed: user {@code u} is drawn and simulated from
     * {@code userSeeds[u]} alone.
     *
     * @param userSeeds one seed per user; at least one
     */
    public void reset(long[] userSeeds) {
        if (userSeeds.length == 0) {
            throw new IllegalArgumentException("userSeeds must not be empty");
        }
        int n = userSeeds.length;
        Catalog catalog = world.catalog();
        WorldConfig cfg = world.config();
        states = new UserStates(n, catalog.dimensions(), catalog.topicCount(), cfg.users().historyLength(),
                cfg.candidates().k());
        outcomes = new StepOutcomes(n);
        features = new float[n * world.encoder().dimension()];
        batch = new ObservationBatch(n, cfg.candidates().k(), world.encoder().userFeatures(), features,
                states.candidates, states.done);
        forEachUser(u -> resetUser(u, userSeeds[u]));
        active = n;
    }

    private void resetUser(int u, long seed) {
        UserStates s = states;
        s.seeds[u] = seed;
        s.responseRandom[u] = Seeds.generator(seed, "response", 0);
        s.candidateRandom[u] = Seeds.generator(seed, "candidates", 0);
        RandomGenerator life = Seeds.generator(seed, "life", 0);
        s.lifeRandom[u] = life;
        world.sampler().sample(s, u, Seeds.generator(seed, "user", 0));
        if (world.config().users().interestsFromLog()) {
            world.sampler().seedFromLog(s, u, world.interactionLog(), Seeds.generator(seed, "logged-user", 0));
        }
        s.budgetSeconds[u] = world.model().sampleBudgetSeconds(world.personas().get(s.persona[u]), life);
        s.sessions[u] = 1;
        int[] warm = world.warmStartItems();
        if (warm.length > 0) {
            RandomGenerator pick = Seeds.generator(seed, "warm-start", 0);
            for (int w = 0; w < world.config().users().warmStartItems(); w++) {
                world.model().warmStart(s, u, warm[pick.nextInt(warm.length)]);
            }
        }
        world.candidates().fill(s, u);
        world.encoder().encode(s, u, features);
    }

    /**
     * Applies one action per user. Actions of users whose episode has ended are ignored.
     *
     * @param actions one candidate index in [0, K) per user
     * @return this step's outcomes (a live view, overwritten by the next step)
     * @throws IllegalArgumentException naming the user when an active user's action is out of range;
     *                                  no user has moved then
     */
    public StepOutcomes step(int[] actions) {
        requireReset();
        if (actions.length != states.n) {
            throw new IllegalArgumentException("actions must have one entry per user (" + states.n
                    + "), got " + actions.length);
        }
        int k = states.k;
        for (int u = 0; u < states.n; u++) {
            if (!states.done[u] && (actions[u] < 0 || actions[u] >= k)) {
                throw new IllegalArgumentException("action of user " + u + " must be in [0, " + (k - 1)
                        + "], got " + actions[u]);
            }
        }
        forEachUser(u -> {
            if (states.done[u]) {
                outcomes.clear(u);
            } else {
                stepUser(u, actions[u]);
            }
        });
        int stillActive = 0;
        for (int u = 0; u < states.n; u++) {
            if (!states.done[u]) {
                stillActive++;
            }
        }
        active = stillActive;
        return outcomes;
    }

    private void stepUser(int u, int action) {
        UserStates s = states;
        UserModel model = world.model();
        int item = s.candidates[u * s.k + action];
        double uExit = model.respond(s, u, item, outcomes);
        model.transition(s, u, item, outcomes.watchFraction[u], outcomes.watchSeconds[u]);
        EndReason why = model.sessionEnd(s, u, item, uExit);
        EndReason end = EndReason.NONE;
        boolean sessionStarted = false;
        if (why != EndReason.NONE) {
            if (days == 0) {
                end = why;
            } else {
                RandomGenerator life = s.lifeRandom[u];
                double pReturn = model.returnProbability(s, u, why);
                double draw = life.nextDouble();
                double gap = 7200 + -Math.log(1 - life.nextDouble()) * 14 * 3600;
                if (draw >= pReturn) {
                    end = EndReason.CHURNED;
                } else if (s.clockSeconds[u] + gap >= days * 86400.0) {
                    end = EndReason.DAY_HORIZON;
                } else {
                    model.startSession(s, u, gap, life);
                    sessionStarted = true;
                }
            }
        }
        if (end == EndReason.NONE && s.steps[u] >= maxSteps) {
            end = EndReason.STEP_LIMIT;
        }
        outcomes.endReason[u] = end;
        outcomes.terminated[u] = end.terminates();
        outcomes.truncated[u] = end.truncates();
        outcomes.sessionStarted[u] = sessionStarted;
        if (end != EndReason.NONE) {
            s.done[u] = true;
        }
        // The next observation is encoded even for an ended episode: a truncated episode's learner
        // bootstraps from it.
        world.candidates().fill(s, u);
        world.encoder().encode(s, u, features);
    }

    private void forEachUser(java.util.function.IntConsumer body) {
        int n = states.n;
        if (pool == null || n <= CHUNK) {
            for (int u = 0; u < n; u++) {
                body.accept(u);
            }
            return;
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int u = c * CHUNK; u < end; u++) {
                body.accept(u);
            }
        })).join();
    }

    private void requireReset() {
        if (states == null) {
            throw new IllegalStateException("call reset(userSeeds) before step");
        }
    }

    /** The current observations (a live view). */
    public ObservationBatch observations() {
        requireReset();
        return batch;
    }

    /** Number of users N. */
    public int size() {
        requireReset();
        return states.n;
    }

    /** Number of users whose episode goes on. */
    public int activeCount() {
        return active;
    }

    /** True when every user's episode has ended. */
    public boolean allDone() {
        return active == 0;
    }

    /** The seed user {@code u} was reset with. */
    public long seed(int u) {
        return states.seeds[u];
    }

    /** The persona of user {@code u}. */
    public Persona persona(int u) {
        return world.personas().get(states.persona[u]);
    }

    /** Index of user {@code u}'s persona in {@link World#personas()}. */
    public int personaIndex(int u) {
        return states.persona[u];
    }

    /** User {@code u}'s clock: seconds since the episode began (gaps between sessions included). */
    public double clockSeconds(int u) {
        return states.clockSeconds[u];
    }

    /** Items shown so far to user {@code u}. */
    public int steps(int u) {
        return states.steps[u];
    }

    /** Sessions begun so far by user {@code u} (1 after reset). */
    public int sessions(int u) {
        return states.sessions[u];
    }

    /**
     * Euclidean distance of user {@code u}'s interest vector from where it started: the user's
     * interest drift, in [0, 2].
     */
    public double interestDrift(int u) {
        int d = states.d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double diff = states.interest[u * d + j] - states.initialInterest[u * d + j];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    @Override
    public double expectedEngagement(int user, int item) {
        return world.model().expectedEngagement(states, user, item);
    }

    @Override
    public double expectedReward(int user, int item) {
        return world.model().expectedReward(states, user, item);
    }
}
