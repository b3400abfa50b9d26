package org.feedgym.env.world;

import org.feedgym.env.EndReason;
import org.feedgym.env.StepOutcomes;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How a user responds to a shown item and how that changes them (RecSim's user model).
 *
 * <p><b>Response.</b> The expected watch fraction is
 * {@code sigmoid(−0.3 + 3·cos(interest, item) + 1.5·(quality − 0.5) − 0.8·satiation[topic]
 * + 2.5·(harmAttraction − 0.2)·harm)}; the watch fraction is that plus uniform noise of
 * ±0.15, clipped to [0.01, 1]. With {@code m = watch²} and {@code q = 0.5 + quality}, a like has
 * probability {@code 0.25·m·q}, a share {@code 0.06·m·q}, a comment {@code 0.05·m} and a
 * download {@code 0.03·m·q}. The clock advances by {@code watch · duration} seconds.
 *
 * <p><b>Transition.</b> Satiation of every topic decays by {@code exp(−seconds/300)} and the
 * shown topic's grows by {@code 0.35·watch}; the interest vector moves toward the item by
 * {@code driftRate · (1 + (harmDriftMultiplier − 1)·harm) · watch} and is re-normalised (this
 * drift is what forms a filter bubble, faster toward harm for vulnerable personas); boredom
 * follows {@code 0.75·boredom + 0.25·(1 − watch)}. A user leaves the session early with
 * probability {@code 0.005 + 0.6·max(0, boredom − boredomTolerance)} per step (unless the
 * config switches boredom exits off).
 *
 * <p><b>Returns.</b> In multi-day episodes a finished session is followed by a return with
 * probability {@code sigmoid(1.5 + 4·(meanWatch − 0.5) − 2·max(0, boredom − 0.5)
 * − 2·(1 − harmAttraction)·harmfulShare − [left bored])} after a gap of
 * {@code 2 h + Exp(mean 14 h)}.
 *
 * <p>Each step draws exactly six numbers from the user's response generator, whatever was
 * shown, so two policies evaluated on the same user seed see the same noise (common random
 * numbers), which makes their paired difference sharper.
 */
final class UserModel {

    static final double WATCH_NOISE = 0.15;
    /** Variance of the uniform watch noise, (2·0.15)²/12, used for expected engagement. */
    static final double WATCH_NOISE_VARIANCE = 0.0075;
    static final double SATIATION_SECONDS = 300;

    private final Catalog catalog;
    private final List<Persona> personas;
    private final RewardFunction reward;
    private final UsersConfig users;

    UserModel(Catalog catalog, List<Persona> personas, RewardFunction reward, UsersConfig users) {
        this.catalog = catalog;
        this.personas = List.copyOf(personas);
        this.reward = reward;
        this.users = users;
    }

    Persona persona(UserStates s, int u) {
        return personas.get(s.persona[u]);
    }

    double expectedWatch(UserStates s, int u, int item) {
        Persona p = personas.get(s.persona[u]);
        double affinity = catalog.dot(item, s.interest, u * s.d);
        double sat = s.satiation[u * s.topics + catalog.topic(item)];
        double z = -0.3 + 3.0 * affinity + 1.5 * (catalog.quality(item) - 0.5) - 0.8 * sat
                + 2.5 * (p.harmAttraction() - 0.2) * catalog.harm(item);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    double expectedEngagement(UserStates s, int u, int item) {
        double ew = expectedWatch(s, u, item);
        double m = ew * ew + WATCH_NOISE_VARIANCE;
        double q = 0.5 + catalog.quality(item);
        return reward.expectedEngagement(Math.min(1, 0.25 * m * q), 0.06 * m * q, 0.05 * m, 0.03 * m * q, ew);
    }

    double expectedReward(UserStates s, int u, int item) {
        return expectedEngagement(s, u, item) - reward.harmPenalty(catalog.harm(item));
    }

    /**
     * Samples the response to {@code item}, writes it to {@code out} and returns the sixth draw
     * (the early-exit draw) so that the caller can decide the session's fate.
     */
    double respond(UserStates s, int u, int item, StepOutcomes out) {
        RandomGenerator r = s.responseRandom[u];
        double noise = r.nextDouble();
        double uLike = r.nextDouble();
        double uShare = r.nextDouble();
        double uComment = r.nextDouble();
        double uDownload = r.nextDouble();
        double uExit = r.nextDouble();

        double ew = expectedWatch(s, u, item);
        double watch = Math.min(1.0, Math.max(0.01, ew + WATCH_NOISE * (2 * noise - 1)));
        double m = watch * watch;
        double q = 0.5 + catalog.quality(item);
        boolean liked = uLike < 0.25 * m * q;
        boolean shared = uShare < 0.06 * m * q;
        boolean commented = uComment < 0.05 * m;
        boolean downloaded = uDownload < 0.03 * m * q;
        double seconds = watch * catalog.durationSeconds(item);

        out.recordResponse(u, item, s.clockSeconds[u], watch, seconds, liked, shared, commented, downloaded,
                reward.engagement(liked, shared, commented, downloaded, watch) - reward.harmPenalty(catalog.harm(item)));
        return uExit;
    }

    /** Applies the state change caused by watching {@code watch} of {@code item}. */
    void transition(UserStates s, int u, int item, double watch, double seconds) {
        int d = s.d;
        int topic = catalog.topic(item);
        Persona p = personas.get(s.persona[u]);

        double decay = Math.exp(-seconds / SATIATION_SECONDS);
        int sb = u * s.topics;
        for (int t = 0; t < s.topics; t++) {
            s.satiation[sb + t] *= (float) decay;
        }
        s.satiation[sb + topic] += (float) (0.35 * watch);

        double eta = p.driftRate() * (1 + (p.harmDriftMultiplier() - 1) * catalog.harm(item)) * watch;
        int base = u * d;
        double norm = 0;
        for (int j = 0; j < d; j++) {
            float e = catalog.embedding(item, j);
            float v = (float) (s.interest[base + j] + eta * (e - s.interest[base + j]));
            s.interest[base + j] = v;
            norm += (double) v * v;
            s.historyEmbedding[base + j] = (float) (0.7 * s.historyEmbedding[base + j] + 0.3 * watch * e);
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int j = 0; j < d; j++) {
            s.interest[base + j] *= inv;
        }

        int evicted = s.oldestItem(u);
        s.pushHistory(u, item, topic, evicted < 0 ? 0 : catalog.topic(evicted));

        s.boredom[u] = 0.75 * s.boredom[u] + 0.25 * (1 - watch);
        s.sessionWatchSum[u] += watch;
        if (catalog.harmful(item)) {
            s.sessionHarmful[u]++;
        }
        s.steps[u]++;
        s.sessionSteps[u]++;
        s.clockSeconds[u] += seconds;
        s.sessionSeconds[u] += seconds;
    }

    /**
     * Whether the session ends now, given the item just shown and the early-exit draw
     * {@code uExit}: the repetition rule first (when configured), then the time budget, then
     * boredom.
     */
    EndReason sessionEnd(UserStates s, int u, int item, double uExit) {
        if (users.exitWindow() != null && repeats(s, u, catalog.topic(item)) > users.exitThreshold()) {
            return EndReason.REPETITION;
        }
        if (s.sessionSeconds[u] >= s.budgetSeconds[u]) {
            return EndReason.BUDGET_SPENT;
        }
        if (!users.boredomExit()) {
            return EndReason.NONE;
        }
        Persona p = personas.get(s.persona[u]);
        double pExit = 0.005 + 0.6 * Math.max(0, s.boredom[u] - p.boredomTolerance());
        return uExit < pExit ? EndReason.BORED : EndReason.NONE;
    }

    /** How often {@code topic} occurs among the exitWindow items shown before the current one. */
    private int repeats(UserStates s, int u, int topic) {
        int available = Math.min(users.exitWindow(), s.historyCount[u] - 1);
        int count = 0;
        for (int age = 1; age <= available; age++) {
            if (catalog.topic(s.recentItem(u, age)) == topic) {
                count++;
            }
        }
        return count;
    }

    /** Probability that a user whose session just ended for {@code why} comes back. */
    double returnProbability(UserStates s, int u, EndReason why) {
        Persona p = personas.get(s.persona[u]);
        int steps = Math.max(1, s.sessionSteps[u]);
        double meanWatch = s.sessionWatchSum[u] / steps;
        double harmfulShare = (double) s.sessionHarmful[u] / steps;
        double z = 1.5 + 4 * (meanWatch - 0.5) - 2 * Math.max(0, s.boredom[u] - 0.5)
                - 2 * (1 - p.harmAttraction()) * harmfulShare
                - (why == EndReason.BORED || why == EndReason.REPETITION ? 1 : 0);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * A session time budget in seconds: the mean (the persona's, or the config's override) times
     * a log-normal factor of mean 1.
     */
    double sampleBudgetSeconds(Persona p, RandomGenerator r) {
        double minutes = users.sessionMinutes() != null ? users.sessionMinutes() : p.sessionMinutes();
        return 60 * minutes * Math.exp(0.4 * r.nextGaussian() - 0.08);
    }

    /**
     * The warm start of the audits: the user watches {@code item} to the end before the feed
     * starts. It shapes history, interest and satiation; the clock and the session counters
     * start from zero afterwards.
     */
    void warmStart(UserStates s, int u, int item) {
        transition(s, u, item, 1.0, catalog.durationSeconds(item));
        s.clockSeconds[u] = 0;
        s.sessionSeconds[u] = 0;
        s.steps[u] = 0;
        s.sessionSteps[u] = 0;
        s.sessionWatchSum[u] = 0;
        s.sessionHarmful[u] = 0;
        s.boredom[u] = 0;
    }

    /** Starts a new session after a gap of {@code gapSeconds}. */
    void startSession(UserStates s, int u, double gapSeconds, RandomGenerator life) {
        s.clockSeconds[u] += gapSeconds;
        s.sessionSeconds[u] = 0;
        s.sessionSteps[u] = 0;
        s.sessionWatchSum[u] = 0;
        s.sessionHarmful[u] = 0;
        s.boredom[u] = 0;
        s.sessions[u]++;
        float decay = (float) Math.exp(-gapSeconds / SATIATION_SECONDS);
        int sb = u * s.topics;
        for (int t = 0; t < s.topics; t++) {
            s.satiation[sb + t] *= decay;
        }
        s.budgetSeconds[u] = sampleBudgetSeconds(personas.get(s.persona[u]), life);
    }
}
