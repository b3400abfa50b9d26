package org.feedgym.env.world;

import org.feedgym.env.EndReason;
import org.feedgym.env.StepOutcomes;
import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.StreamCursor;
import org.feedgym.env.usermodel.BudgetModel;
import org.feedgym.env.usermodel.ExitModel;
import org.feedgym.env.usermodel.NegativeSignalModel;
import org.feedgym.env.usermodel.Part;
import org.feedgym.env.usermodel.ResponseModel;
import org.feedgym.env.usermodel.ReturnModel;
import org.feedgym.env.usermodel.Signal;
import org.feedgym.env.usermodel.SignalModel;
import org.feedgym.env.usermodel.SockPuppet;
import org.feedgym.env.usermodel.TransitionModel;
import org.feedgym.env.usermodel.UserModelConfig;

/**
 * How a user responds to a shown item and how that changes them (RecSim's user model), composed
 * of the parts named in {@code world.userModel} ({@link UserModelConfig}; every rule and number
 * below is a parameter there, shown with its default).
 *
 * <p><b>Response</b> ({@code response}, default {@code logistic-watch}). The watch logit is
 * {@code z = −0.3 + 3·cos(interest, item) + 1.5·(quality − 0.5) − 0.8·satiation[topic]
 * + 2.5·(harmAttraction − 0.2)·harm}; the watch ratio is {@code sigmoid(z)} plus uniform noise of
 * ±0.15, clipped to [0.01, watchCap = 1] ({@code lognormal-watch}: a log-normal ratio with replays
 * up to watchCap = 5). <b>Signals</b> ({@code signals}): with {@code m = watch²} and
 * {@code q = 0.5 + quality}, a like has probability {@code min(1, 0.25·m·q)}, a share
 * {@code 0.06·m·q}, a comment {@code 0.05·m} and a download {@code 0.03·m·q}. <b>Negative
 * signal</b> ({@code negative}): a hate with probability
 * {@code sigmoid(−2.5 − 2·watch − 1·cos + 0·(0.2 − harmAttraction)·harm)}, recorded and
 * remembered per topic (step and clock of the last mark) but changing neither reward nor the
 * user's behaviour. The clock advances by
 * {@code watch · duration} seconds.
 *
 * <p><b>Transition</b> ({@code transition}). Satiation of every topic decays by
 * {@code exp(−seconds/300)} and the shown topic's grows by {@code 0.35·watch}; the interest
 * vector moves toward the item by {@code min(1, driftRate · (1 + (harmDriftMultiplier − 1)·harm)
 * · watch)} and is re-normalised (this drift is what forms a filter bubble, faster toward harm for
 * vulnerable personas); boredom follows {@code 0.75·boredom + 0.25·max(0, 1 − watch)}.
 * <b>Exit</b> ({@code exit}): a user leaves the session early with probability
 * {@code 0.005 + 0.6·max(0, boredom − boredomTolerance)} per step (unless
 * {@code users.boredomExit} is false), after the repetition rule ({@code users.exitWindow}) and
 * the time budget ({@code budget}: the mean times {@code exp(0.4·g − 0.08)}).
 *
 * <p><b>Returns</b> ({@code returns}). In multi-day episodes a finished session is followed by a
 * return with probability {@code sigmoid(1.5 + 4·(meanWatch − 0.5) − 2·max(0, boredom − 0.5)
 * − 2·(1 − harmAttraction)·harmfulShare − [left bored])} after a gap of
 * {@code 2 h + Exp(mean 14 h)}.
 *
 * <p>Each step draws exactly six numbers from the user's response generator, whatever was
 * shown and whatever the response type, so two policies evaluated on the same user seed see the
 * same noise (common random numbers), which makes their paired difference sharper. The hate draw
 * comes from the user's own negative-signal generator.
 *
 * <p>A scripted response ({@link SockPuppet}) replaces the watch logit and the signal part: the
 * watch ratio and the like follow from the item's topic and duration alone (the six draws and
 * the hate draw are still taken and ignored); the transition, exit and return parts apply as
 * for any response.
 */
final class UserModel {

    private final Catalog catalog;
    private final List<Persona> personas;
    private final RewardFunction reward;
    private final UsersConfig users;
    private final ResponseModel response;
    private final SignalModel signals;
    private final NegativeSignalModel negative;
    private final TransitionModel transition;
    private final ExitModel exit;
    private final ReturnModel returns;
    private final BudgetModel budget;
    /** The script of a {@link SockPuppet} response, or null. */
    private final SockPuppet script;
    /** Per topic index, whether the script targets it (null without a script). */
    private final boolean[] scriptTargets;

    UserModel(Catalog catalog, List<Persona> personas, RewardFunction reward, UsersConfig users,
              UserModelConfig parts) {
        this.catalog = catalog;
        this.personas = List.copyOf(personas);
        this.reward = reward;
        this.users = users;
        this.response = parts.create(Part.RESPONSE, ResponseModel.class);
        this.signals = parts.create(Part.SIGNALS, SignalModel.class);
        this.negative = parts.create(Part.NEGATIVE, NegativeSignalModel.class);
        this.transition = parts.create(Part.TRANSITION, TransitionModel.class);
        this.exit = parts.create(Part.EXIT, ExitModel.class);
        this.returns = parts.create(Part.RETURNS, ReturnModel.class);
        this.budget = parts.create(Part.BUDGET, BudgetModel.class);
        this.script = response instanceof SockPuppet sp ? sp : null;
        this.scriptTargets = script == null ? null : scriptTargets(script, catalog);
    }

    private static boolean[] scriptTargets(SockPuppet script, Catalog catalog) {
        boolean[] targets = new boolean[catalog.topicCount()];
        List<String> names = catalog.topics().stream().map(Topic::name).toList();
        for (String t : script.targetTopics()) {
            int index = names.indexOf(t);
            if (index < 0) {
                throw new org.feedgym.env.params.FieldException("userModel.response.targetTopics",
                        "unknown topic '" + t + "'; topics of this catalog: " + names);
            }
            targets[index] = true;
        }
        return targets;
    }

    private boolean scriptTargets(int item) {
        return scriptTargets[catalog.topic(item)];
    }

    Persona persona(UserStates s, int u) {
        return personas.get(s.persona[u]);
    }

    /** The response part. */
    ResponseModel response() {
        return response;
    }

    /** The signal part. */
    SignalModel signals() {
        return signals;
    }

    /** The negative-signal part. */
    NegativeSignalModel negative() {
        return negative;
    }

    /** The interest–item cosine of user {@code u} and {@code item}. */
    double affinity(UserStates s, int u, int item) {
        return catalog.dot(item, s.interest, u * s.d);
    }

    /** The watch logit of user {@code u} for {@code item}. */
    double logit(UserStates s, int u, int item) {
        return logit(s, u, item, affinity(s, u, item));
    }

    private double logit(UserStates s, int u, int item, double affinity) {
        Persona p = personas.get(s.persona[u]);
        double sat = s.satiation[u * s.topics + catalog.topic(item)];
        return response.logit(affinity, catalog.quality(item), sat, p.harmAttraction(), catalog.harm(item));
    }

    double expectedWatch(UserStates s, int u, int item) {
        if (script != null) {
            return script.watchRatio(scriptTargets(item), catalog.durationSeconds(item));
        }
        return response.expectedWatch(logit(s, u, item));
    }

    double expectedEngagement(UserStates s, int u, int item) {
        if (script != null) {
            boolean target = scriptTargets(item);
            return reward.expectedEngagement(script.likes(target) ? 1 : 0, 0, 0, 0,
                    script.watchRatio(target, catalog.durationSeconds(item)));
        }
        double z = logit(s, u, item);
        double q = catalog.quality(item);
        // E[watch] once: the signals' moments derive from it.
        double ew = response.expectedWatch(z);
        return reward.expectedEngagement(signals.expectedProbability(Signal.LIKE, response, z, ew, q),
                signals.expectedProbability(Signal.SHARE, response, z, ew, q),
                signals.expectedProbability(Signal.COMMENT, response, z, ew, q),
                signals.expectedProbability(Signal.DOWNLOAD, response, z, ew, q), ew);
    }

    double expectedReward(UserStates s, int u, int item) {
        return expectedEngagement(s, u, item) - reward.harmPenalty(catalog.harm(item));
    }

    /**
     * Samples the response to {@code item}, writes it to {@code out} and returns the sixth draw
     * (the early-exit draw) so that the caller can decide the session's fate.
     */
    double respond(UserStates s, int u, int item, StepOutcomes out) {
        return respond(s, u, item, out, false);
    }

    /**
     * As {@link #respond(UserStates, int, int, StepOutcomes)}; with {@code skip} the user skips
     * the item (the smallest watch ratio) and marks it "not interested" whatever the draws say,
     * every draw still being made (a Bubble Escape Potential twin's scripted feedback).
     */
    double respond(UserStates s, int u, int item, StepOutcomes out, boolean skip) {
        StreamCursor r = s.responseRandom.cursor(u);
        double noise = r.nextDouble();
        double uLike = r.nextDouble();
        double uShare = r.nextDouble();
        double uComment = r.nextDouble();
        double uDownload = r.nextDouble();
        double uExit = r.nextDouble();
        r.close();

        double affinity = affinity(s, u, item);
        boolean scripted = script != null;
        boolean target = scripted && scriptTargets(item);
        double modelWatch = scripted ? script.watchRatio(target, catalog.durationSeconds(item))
                : response.watch(logit(s, u, item, affinity), noise);
        double watch = skip ? response.minWatch() : modelWatch;
        double q = catalog.quality(item);
        boolean liked = scripted ? script.likes(target) : uLike < signals.probability(Signal.LIKE, watch, q);
        boolean shared = !scripted && uShare < signals.probability(Signal.SHARE, watch, q);
        boolean commented = !scripted && uComment < signals.probability(Signal.COMMENT, watch, q);
        boolean downloaded = !scripted && uDownload < signals.probability(Signal.DOWNLOAD, watch, q);
        // The negative-signal draw is made on every step, scripted or not, so the streams stay aligned.
        double uHate = s.negativeRandom.at(u).nextDouble();
        boolean hated = skip || !scripted && uHate < negative.probability(watch, affinity,
                personas.get(s.persona[u]).harmAttraction(), catalog.harm(item));
        double seconds = watch * catalog.durationSeconds(item);

        out.recordResponse(u, item, s.clockSeconds[u], watch, seconds, liked, shared, commented, downloaded,
                reward.engagement(liked, shared, commented, downloaded, watch) - reward.harmPenalty(catalog.harm(item)));
        out.recordHate(u, hated);
        if (hated) {
            s.markNotInterested(u, catalog.topic(item));
        }
        return uExit;
    }

    /** Applies the state change caused by watching {@code watch} of {@code item}. */
    void transition(UserStates s, int u, int item, double watch, double seconds) {
        int d = s.d;
        int topic = catalog.topic(item);
        Persona p = personas.get(s.persona[u]);

        double decay = transition.satiationDecay(seconds);
        int sb = u * s.topics;
        for (int t = 0; t < s.topics; t++) {
            s.satiation[sb + t] *= (float) decay;
        }
        s.satiation[sb + topic] += (float) transition.satiationGain(watch);

        double eta = transition.driftStep(p.driftRate(), p.harmDriftMultiplier(), catalog.harm(item), watch);
        int base = u * d;
        double norm = 0;
        // A replay (watch ratio above 1) weighs the item as a full watch: the history embedding is
        // an average of unit embeddings and must stay in the observation space's [-1, 1].
        double weight = Math.min(1.0, watch);
        for (int j = 0; j < d; j++) {
            float e = catalog.embedding(item, j);
            float v = (float) (s.interest[base + j] + eta * (e - s.interest[base + j]));
            s.interest[base + j] = v;
            norm += (double) v * v;
            s.historyEmbedding[base + j] = (float) (0.7 * s.historyEmbedding[base + j] + 0.3 * weight * e);
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int j = 0; j < d; j++) {
            s.interest[base + j] *= inv;
        }

        int evicted = s.oldestItem(u);
        s.pushHistory(u, item, topic, evicted < 0 ? 0 : catalog.topic(evicted));

        s.boredom[u] = transition.boredom(s.boredom[u], watch);
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
        if (users.exitWindow() != null && repeats(s, u, item) > users.exitThreshold()) {
            return EndReason.REPETITION;
        }
        if (s.sessionSeconds[u] >= s.budgetSeconds[u]) {
            return EndReason.BUDGET_SPENT;
        }
        if (!users.boredomExit()) {
            return EndReason.NONE;
        }
        Persona p = personas.get(s.persona[u]);
        double pExit = exit.exitProbability(s.boredom[u], p.boredomTolerance());
        return uExit < pExit ? EndReason.BORED : EndReason.NONE;
    }

    /**
     * How many of the exitWindow items shown before {@code item} repeat it: have its topic, or with
     * {@code users.exitOn = any-category} share any source category with it.
     */
    private int repeats(UserStates s, int u, int item) {
        int available = Math.min(users.exitWindow(), s.historyCount[u] - 1);
        boolean anyCategory = users.exitOnAnyCategory();
        int topic = catalog.topic(item);
        int count = 0;
        for (int age = 1; age <= available; age++) {
            int earlier = s.recentItem(u, age);
            if (anyCategory ? catalog.sharesCategory(earlier, item) : catalog.topic(earlier) == topic) {
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
        return returns.returnProbability(meanWatch, s.boredom[u], p.harmAttraction(), harmfulShare,
                why == EndReason.BORED || why == EndReason.REPETITION);
    }

    /**
     * A session time budget in seconds: the mean (the persona's, or the config's override) times
     * a log-normal factor of mean 1.
     */
    double sampleBudgetSeconds(Persona p, RandomGenerator r) {
        double minutes = users.sessionMinutes() != null ? users.sessionMinutes() : p.sessionMinutes();
        return budget.budgetSeconds(minutes, r);
    }

    /** P(a user of persona {@code p} accepts a break prompt), from the exit part. */
    double breakAcceptProbability(Persona p) {
        return exit.breakAcceptProbability(p.breakAcceptance());
    }

    /** The gap before the next session, in seconds, from the uniform draw {@code u}. */
    double returnGapSeconds(double u) {
        return returns.gapSeconds(u);
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
        float decay = (float) transition.satiationDecay(gapSeconds);
        int sb = u * s.topics;
        for (int t = 0; t < s.topics; t++) {
            s.satiation[sb + t] *= decay;
        }
        s.budgetSeconds[u] = sampleBudgetSeconds(personas.get(s.persona[u]), life);
    }
}
