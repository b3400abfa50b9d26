package org.feedgym.env.world;

import java.util.concurrent.ForkJoinPool;
import java.util.random.RandomGenerator;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.EndReason;
import org.feedgym.env.EnvSpec;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.FeedObservationSpace;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.PrivilegedView;
import org.feedgym.env.Space;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.UserInfos;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.Seeds;

/**
 * The feed world's base vector environment: steps N users of a {@link World} together. User
 * state lives in arrays over users; each user's randomness comes from generators derived from
 * that user's own seed, so user {@code u}'s trajectory is the same whether it steps alone, among
 * 10,000 others, or on any number of threads. {@link FeedEnvironment} is this class with N = 1.
 *
 * <p>Only the world's own horizon (the last simulated day) ends episodes here; the step limit is
 * the {@link org.feedgym.env.VectorTimeLimit} wrapper that {@link World#vectorEnvironment} puts
 * around it. Nothing outside this package names this class: everything runs on
 * {@link VectorEnvironment}.
 *
 * <p>With creators ({@code world.creators}) the population has its own supply side
 * ({@link Creators}) and days are kept in step across users: a user whose next session starts on
 * a later day than the population's current one waits (inactive, as if ended) until no user is
 * left in the current day; then, on the calling thread, the creators adapt and upload for each
 * day up to the earliest waiting user's, and the users of that day come back with candidates from
 * the grown catalog. Watch time is credited to creators in user order after every step, so the
 * uploads do not depend on the thread count.
 *
 * <p>Each user's candidate features are left for their first read until the policy shows that it
 * reads them ({@link #observe}, {@link #decideWhenToWrite}); every read gets the bits the step
 * would have written.
 */
final class FeedPopulation implements VectorEnvironment, UserInfos, PrivilegedView {

    private final World world;
    private final ForkJoinPool pool;
    private final int days;
    private final FeedObservationSpace observationSpace;
    private final DiscreteSpace actionSpace;
    private final org.feedgym.env.OppositeFeedback script;
    private UserStates states;
    private StepOutcomes outcomes;
    private ObservationBatch batch;
    private float[] features;
    /** Per user: 1 while its candidate features are left for their first read ({@link #observe}). */
    private byte[] candidatesPending;
    /**
     * Whether candidate features are written with each step (the policy reads them) rather than
     * left for their first read; decided on the first steps after a reset ({@link #decideWhenToWrite}).
     */
    private boolean candidatesWithStep;
    /** Users whose candidate features the last step or reset left unwritten. */
    private int leftPending;
    private int active;
    private Creators creators;
    private boolean[] waiting = new boolean[0];

    FeedPopulation(World world, ForkJoinPool pool) {
        this(world, pool, null);
    }

    /**
     * A population whose users follow {@code script} (Bubble Escape Potential twins), or behave
     * normally when it is null.
     */
    FeedPopulation(World world, ForkJoinPool pool, org.feedgym.env.OppositeFeedback script) {
        this.script = script;
        this.world = world;
        this.pool = pool;
        this.days = world.config().episode().days();
        this.observationSpace = new FeedObservationSpace(world.observationDimension(), world.candidateCount(),
                world.catalog().size());
        this.actionSpace = new DiscreteSpace(world.candidateCount());
    }

    @Override
    public Space<FeedObservation> singleObservationSpace() {
        return observationSpace;
    }

    @Override
    public DiscreteSpace singleActionSpace() {
        return actionSpace;
    }

    /**
     * Starts one episode per seed: user {@code u} is drawn and simulated from
     * {@code userSeeds[u]} alone.
     *
     * @param userSeeds one seed per user; at least one
     */
    @Override
    public ObservationBatch reset(long[] userSeeds) {
        if (userSeeds.length == 0) {
            throw new IllegalArgumentException("userSeeds must not be empty");
        }
        int n = userSeeds.length;
        Catalog catalog = world.catalog();
        WorldConfig cfg = world.config();
        world.requireHeapFor(n);
        states = new UserStates(n, catalog.dimensions(), catalog.topicCount(), cfg.users().historyLength(),
                cfg.candidates().k());
        features = new float[n * world.encoder().dimension()];
        candidatesPending = new byte[n];
        candidatesWithStep = false;
        batch = new ObservationBatch(n, cfg.candidates().k(), world.encoder().userFeatures(), features,
                states.candidates, states.done, candidatesPending, new PendingCandidates(states, features));
        outcomes = new StepOutcomes(n, batch);
        creators = world.newCreators();
        waiting = new boolean[n];
        forEachUser(u -> resetUser(u, userSeeds[u]));
        active = n;
        leftPending = countPending();
        return batch;
    }

    @Override
    public ObservationBatch reset(long[] userSeeds, boolean[] mask) {
        requireReset();
        if (userSeeds.length != states.n || mask.length != states.n) {
            throw new IllegalArgumentException("seeds and mask must have one entry per user (" + states.n
                    + "), got " + userSeeds.length + " and " + mask.length);
        }
        forEachUser(u -> {
            if (mask[u]) {
                waiting[u] = false;
                states.clearUser(u);
                outcomes.clear(u);
                resetUser(u, userSeeds[u]);
            }
        });
        active = countActive();
        leftPending = candidatesWithStep ? 0 : countPending();
        return batch;
    }

    private void resetUser(int u, long seed) {
        UserStates s = states;
        s.seeds[u] = seed;
        s.responseRandom.seed(u, Seeds.derive(seed, "response", 0));
        s.candidateRandom.seed(u, Seeds.derive(seed, "candidates", 0));
        s.negativeRandom.seed(u, Seeds.derive(seed, "negative-signal", 0));
        s.lifeRandom.seed(u, Seeds.derive(seed, "life", 0));
        RandomGenerator life = s.lifeRandom.at(u);
        world.sampler().sample(s, u, Seeds.generator(seed, "user", 0));
        if (world.config().users().interestsFromLog()) {
            world.sampler().seedFromLog(s, u, world.interactionLog(), Seeds.generator(seed, "logged-user", 0));
        }
        s.budgetSeconds[u] = world.model().sampleBudgetSeconds(world.personas().get(s.persona[u]), life);
        s.sessions[u] = 1;
        int[] warm = world.warmStartItems();
        if (warm.length > 0 && world.config().users().warmStarts(world.personas().get(s.persona[u]).name())) {
            RandomGenerator pick = Seeds.generator(seed, "warm-start", 0);
            for (int w = 0; w < world.config().users().warmStartItems(); w++) {
                world.model().warmStart(s, u, warm[pick.nextInt(warm.length)]);
            }
        }
        fillCandidates(s, u);
        observe(s, u);
    }

    /** Fills user {@code u}'s candidates from the catalog, or from the live items with creators. */
    private void fillCandidates(UserStates s, int u) {
        if (creators == null) {
            world.candidates().fill(s, u);
        } else {
            world.candidates().fill(s, u, creators.live(), creators.live());
        }
    }

    /**
     * Applies one action per user. Actions of users whose episode has ended are ignored.
     *
     * @param actions one candidate index in [0, K) per user
     * @return this step's outcomes (a live view, overwritten by the next step)
     * @throws IllegalArgumentException naming the user when an active user's action is out of range;
     *                                  no user has moved then
     */
    @Override
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
        decideWhenToWrite();
        forEachUser(u -> {
            if (states.done[u]) {
                outcomes.clear(u);
            } else {
                stepUser(u, actions[u]);
            }
        });
        if (creators != null) {
            creditAndAdvance();
        }
        active = countActive();
        leftPending = candidatesWithStep ? 0 : countPending();
        return outcomes;
    }

    /**
     * Credits the step's watch time to the creators in user order, then lets the next day in when
     * every user still in the episode waits for it ({@link #advanceWhenAllWait}).
     */
    private void creditAndAdvance() {
        int n = states.n;
        for (int u = 0; u < n; u++) {
            int item = outcomes.shownItem(u);
            if (item >= 0) {
                creators.shown(item, outcomes.watchSeconds(u));
            }
        }
        advanceWhenAllWait();
    }

    /**
     * When every user still in the episode waits for a later day, opens the days up to the
     * earliest one and lets that day's users back in.
     *
     * @return whether a day was opened
     */
    private boolean advanceWhenAllWait() {
        int n = states.n;
        int next = Integer.MAX_VALUE;
        for (int u = 0; u < n; u++) {
            if (!states.done[u]) {
                return false;
            }
            if (waiting[u]) {
                next = Math.min(next, day(u));
            }
        }
        if (next == Integer.MAX_VALUE) {
            return false;
        }
        creators.advanceTo(next);
        int day = next;
        forEachUser(u -> {
            if (waiting[u] && day(u) <= day) {
                waiting[u] = false;
                states.done[u] = false;
                fillCandidates(states, u);
                observe(states, u);
            }
        });
        return true;
    }

    /** The simulated day user {@code u}'s clock is in. */
    private int day(int u) {
        return (int) (states.clockSeconds[u] / 86400.0);
    }

    private int countActive() {
        int stillActive = 0;
        for (int u = 0; u < states.n; u++) {
            if (!states.done[u]) {
                stillActive++;
            }
        }
        return stillActive;
    }

    @Override
    public void truncate(int u, EndReason reason) {
        if (!reason.truncates()) {
            throw new IllegalArgumentException("truncate needs a reason that truncates, got " + reason.id());
        }
        requireReset();
        endEpisode(u);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A truncating reason, a user between sessions (waiting for the creators' next day) or an
     * ended episode: the episode ends here with {@code reason}.
     */
    @Override
    public EndReason endSession(int u, EndReason reason) {
        requireReset();
        if (reason == EndReason.NONE) {
            throw new IllegalArgumentException("endSession needs a reason that ends the session, got " + reason.id());
        }
        if (reason.truncates() || waiting[u] || states.done[u]) {
            endEpisode(u);
            return reason;
        }
        EndReason end = nextSessionOrEnd(states, u, reason);
        boolean started = end == EndReason.NONE;
        settle(states, u, end, started);
        if (states.done[u]) {
            active--;
        }
        if (started) {
            // The new session's candidates and observation (its session features start afresh).
            fillCandidates(states, u);
            observe(states, u);
        }
        if (creators != null && advanceWhenAllWait()) {
            active = countActive();
        }
        return end;
    }

    /** Ends user {@code u}'s episode now: inactive from the next step on. */
    private void endEpisode(int u) {
        if (waiting[u]) {
            waiting[u] = false; // it was not counted as active
            return;
        }
        if (!states.done[u]) {
            states.done[u] = true;
            active--;
        }
    }

    private void stepUser(int u, int action) {
        UserStates s = states;
        UserModel model = world.model();
        int item = s.candidates[u * s.k + action];
        double uExit = model.respond(s, u, item, outcomes, scriptedSkip(s, u, item));
        model.transition(s, u, item, outcomes.watchFraction(u), outcomes.watchSeconds(u));
        EndReason why = model.sessionEnd(s, u, item, uExit);
        EndReason end = why == EndReason.NONE ? EndReason.NONE : nextSessionOrEnd(s, u, why);
        boolean sessionStarted = why != EndReason.NONE && end == EndReason.NONE;
        outcomes.recordEnd(u, end, sessionStarted);
        settle(s, u, end, sessionStarted);
        // The next observation is encoded even for an ended episode: a truncated episode's learner
        // bootstraps from it.
        fillCandidates(s, u);
        observe(s, u);
    }

    /**
     * Writes user {@code u}'s observation: its user features now, its candidate features now as
     * well when the policy reads them ({@link #candidatesWithStep}), or else on their first read
     * ({@link ObservationBatch}), from the state as it is now. Nothing changes that state before
     * the next step or a new session, both of which observe again: an ended session or episode,
     * a truncation and the creators' next day (new items in new slots) leave it as it was.
     */
    private void observe(UserStates s, int u) {
        ObservationEncoder encoder = world.encoder();
        encoder.encodeUser(s, u, features);
        if (candidatesWithStep) {
            encoder.encodeCandidates(s, u, features);
            candidatesPending[u] = 0;
        } else {
            candidatesPending[u] = 1;
        }
    }

    /**
     * Until the policy has shown that it reads candidate features, they are left for their first
     * read; once it has read at least half of those the last step or reset left, they are
     * written with every step until the next reset, where the user's state is still in cache.
     * Either way every read gets the same values: this decides only when they are computed.
     */
    private void decideWhenToWrite() {
        if (!candidatesWithStep && leftPending > 0) {
            candidatesWithStep = 2 * countPending() <= leftPending;
        }
    }

    /**
     * Users whose candidate features are still to be written, ended ones included: a user ended
     * between two steps (truncated, say) keeps its flag, so it counts as unread, not as read.
     */
    private int countPending() {
        int pending = 0;
        for (byte flag : candidatesPending) {
            pending += flag;
        }
        return pending;
    }

    /** Whether candidate features are now written with each step (for tests). */
    boolean writesCandidatesWithStep() {
        return candidatesWithStep;
    }

    /** The population's user state (for tests). */
    UserStates states() {
        return states;
    }

    /** Writes the candidate features left for their first read, of one user or of all on the pool. */
    private final class PendingCandidates implements ObservationBatch.CandidateWriter {
        private final UserStates s;
        private final float[] out;

        PendingCandidates(UserStates s, float[] out) {
            this.s = s;
            this.out = out;
        }

        @Override
        public void write(int u) {
            world.encoder().encodeCandidates(s, u, out);
        }

        @Override
        public void forEachUser(java.util.function.IntConsumer body) {
            org.feedgym.env.parallel.UserChunks.forEachUser(pool, s.n, body);
        }

        @Override
        public float itemFeature(int item, int f) {
            return world.encoder().itemFeature(item, f);
        }
    }

    /**
     * After user {@code u}'s session ended for {@code why}: how the episode ends, or
     * {@link EndReason#NONE} when the user comes back, in which case the next session starts here
     * (one-session episodes end with {@code why}; otherwise the return model draws whether the
     * user returns and after what gap, then the day horizon applies).
     */
    private EndReason nextSessionOrEnd(UserStates s, int u, EndReason why) {
        if (days == 0) {
            return why;
        }
        UserModel model = world.model();
        RandomGenerator life = s.lifeRandom.at(u);
        double pReturn = model.returnProbability(s, u, why);
        double draw = life.nextDouble();
        double gap = model.returnGapSeconds(life.nextDouble());
        if (draw >= pReturn) {
            return EndReason.CHURNED;
        }
        if (s.clockSeconds[u] + gap >= days * 86400.0) {
            return EndReason.DAY_HORIZON;
        }
        model.startSession(s, u, gap, life);
        return EndReason.NONE;
    }

    /**
     * Marks user {@code u} done when the episode ended, or waiting when a session began on a day
     * the creators have not reached yet (done until {@link #advanceWhenAllWait} lets the day in).
     */
    private void settle(UserStates s, int u, EndReason end, boolean sessionStarted) {
        if (end != EndReason.NONE) {
            s.done[u] = true;
        } else if (sessionStarted && creators != null && day(u) > creators.day()) {
            waiting[u] = true;
            s.done[u] = true;
        }
    }

    /** Whether a twin's script makes user {@code u} skip {@code item}; fixes the topic at the start. */
    private boolean scriptedSkip(UserStates s, int u, int item) {
        if (script == null) {
            return false;
        }
        if (s.scriptStart[u] < 0 && script.starts(s.steps[u], s.clockSeconds[u])) {
            s.scriptStart[u] = s.steps[u];
            s.avoidedTopic[u] = s.dominantTopic(u);
        }
        return script.covers(s.scriptStart[u], s.steps[u]) && world.catalog().topic(item) == s.avoidedTopic[u];
    }

    private void forEachUser(java.util.function.IntConsumer body) {
        org.feedgym.env.parallel.UserChunks.forEachUser(pool, states.n, body);
    }

    private void requireReset() {
        if (states == null) {
            throw new IllegalStateException("call reset(userSeeds) before step");
        }
    }

    @Override
    public ObservationBatch observations() {
        requireReset();
        return batch;
    }

    @Override
    public int numEnvs() {
        requireReset();
        return states.n;
    }

    @Override
    public int activeCount() {
        return active;
    }

    @Override
    public UserInfos infos() {
        return this;
    }

    @Override
    public PrivilegedView privilegedView() {
        return this;
    }

    @Override
    public EnvSpec spec() {
        return FeedEnvironment.spec(world, script == null ? "feed-vector" : "feed-vector-twin");
    }

    @Override
    public long seed(int u) {
        return states.seeds[u];
    }

    /** The persona of user {@code u}. */
    Persona persona(int u) {
        return world.personas().get(states.persona[u]);
    }

    @Override
    public String personaName(int u) {
        return persona(u).name();
    }

    @Override
    public int personaCount() {
        return world.personas().size();
    }

    @Override
    public java.util.List<org.feedgym.env.SupplyDay> supplyDays() {
        return creators == null ? java.util.List.of() : creators.days();
    }

    /** The population's creators, or {@code null} without creators (for tests). */
    Creators creators() {
        return creators;
    }

    @Override
    public double breakAcceptProbability(int u) {
        return world.model().breakAcceptProbability(persona(u));
    }

    @Override
    public int personaIndex(int u) {
        return states.persona[u];
    }

    @Override
    public double clockSeconds(int u) {
        return states.clockSeconds[u];
    }

    @Override
    public int steps(int u) {
        return states.steps[u];
    }

    @Override
    public int sessions(int u) {
        return states.sessions[u];
    }

    @Override
    public int lastNotInterestedStep(int u, int topic) {
        return states.notInterestedStep[u * states.topics + java.util.Objects.checkIndex(topic, states.topics)];
    }

    @Override
    public double lastNotInterestedSeconds(int u, int topic) {
        return states.notInterestedSeconds[u * states.topics + java.util.Objects.checkIndex(topic, states.topics)];
    }

    @Override
    public int avoidedTopic(int u) {
        return states.avoidedTopic[u];
    }

    @Override
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
