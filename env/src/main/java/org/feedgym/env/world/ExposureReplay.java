package org.feedgym.env.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.ResponseModel;
import org.feedgym.env.usermodel.Signal;

/**
 * Drives one simulated user through a logged sequence of exposures (items at clock times) with a
 * world's user model, for comparing simulated with real behaviour on the same exposures
 * (calibration, fidelity). The user is drawn from {@code seed} as a user of the given persona
 * (its interest sampled as in a run), watches the warm-up items to the end, then is shown exactly
 * the given items in order: each is answered by the response, signal and negative-signal parts
 * and changes the user through the transition part. No exits, budgets or returns apply: the log
 * says what was shown when. A gap between consecutive exposures longer than the idle gap (default
 * 30 min, measured from the end of the previous watch) starts a new session, which resets boredom
 * and decays satiation by the gap; the clock is then set to the exposure's time.
 *
 * <p>Deterministic for a seed: the draws come from the same per-user generators a run uses
 * ({@code response}, {@code negative-signal}, {@code life}, {@code user} derived from the seed).
 * Cheap to re-create over another user model: {@code new ExposureReplay(world.withUserModel(c))}
 * reads no data. Instances are safe to share between threads.
 */
public final class ExposureReplay {

    /** The default idle gap that splits sessions, 30 minutes. */
    public static final double DEFAULT_IDLE_GAP_SECONDS = 1800;

    /** Points of the midpoint rule over the response draw for the predicted probabilities. */
    private static final int QUADRATURE = 256;

    private final World world;
    private final double idleGapSeconds;
    private final boolean predictions;
    private final Map<String, UserSampler> samplers = new ConcurrentHashMap<>();
    private final Map<String, UserModel> models = new ConcurrentHashMap<>();

    /** A replay over {@code world}'s catalog and user model with the default idle gap. */
    public ExposureReplay(World world) {
        this(world, DEFAULT_IDLE_GAP_SECONDS);
    }

    /**
     * A replay over {@code world}'s catalog and user model.
     *
     * @param idleGapSeconds a gap longer than this starts a new session; &gt; 0
     */
    public ExposureReplay(World world, double idleGapSeconds) {
        this(world, idleGapSeconds, true);
    }

    private ExposureReplay(World world, double idleGapSeconds, boolean predictions) {
        if (!(idleGapSeconds > 0) || !Double.isFinite(idleGapSeconds)) {
            throw new IllegalArgumentException("idleGapSeconds must be > 0, got " + idleGapSeconds);
        }
        this.world = world;
        this.idleGapSeconds = idleGapSeconds;
        this.predictions = predictions;
    }

    /**
     * This replay without the model's predictions: {@link ReplayedExposure#pLike()},
     * {@link ReplayedExposure#pHate()} and {@link ReplayedExposure#expectedWatch()} are NaN, the
     * sampled behaviour is the same. Predictions average the response over 256 points per row,
     * most of a replay's cost; a calibration's objective needs only the sampled behaviour.
     */
    public ExposureReplay withoutPredictions() {
        return new ExposureReplay(world, idleGapSeconds, false);
    }

    /**
     * Replays the exposures for one simulated user.
     *
     * @param persona      a persona name the world's users section knows (built-in or defined)
     * @param seed         the user's seed
     * @param warmUp       catalog indices watched to the end before the first exposure (may be empty)
     * @param items        catalog indices shown, in order
     * @param timesSeconds the clock time of each exposure, in seconds, non-decreasing
     * @return one result per exposure, in order
     * @throws IllegalArgumentException for an unknown persona, an item out of range, arrays of
     *                                  different lengths or decreasing times
     */
    public List<ReplayedExposure> replay(String persona, long seed, int[] warmUp, int[] items, double[] timesSeconds) {
        Catalog catalog = world.catalog();
        check(warmUp, items, timesSeconds, catalog.size());
        UserModel model = models.computeIfAbsent(persona, this::model);
        UserSampler sampler = samplers.computeIfAbsent(persona,
                name -> new UserSampler(catalog, List.of(world.config().users().persona(name)), new double[] {1},
                        World.interestSampler(world.config())));
        WorldConfig cfg = world.config();
        UserStates s = new UserStates(1, catalog.dimensions(), catalog.topicCount(), cfg.users().historyLength(),
                cfg.candidates().k());
        s.seeds[0] = seed;
        s.responseRandom.seed(0, Seeds.derive(seed, "response", 0));
        s.negativeRandom.seed(0, Seeds.derive(seed, "negative-signal", 0));
        s.lifeRandom.seed(0, Seeds.derive(seed, "life", 0));
        RandomGenerator life = s.lifeRandom.at(0);
        sampler.sample(s, 0, Seeds.generator(seed, "user", 0));
        for (int item : warmUp) {
            model.warmStart(s, 0, item);
        }
        s.sessions[0] = 1;
        s.budgetSeconds[0] = Double.POSITIVE_INFINITY;
        StepOutcomes out = new StepOutcomes(1, null);
        List<ReplayedExposure> result = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            int item = items[i];
            double t = timesSeconds[i];
            if (i > 0 && t - s.clockSeconds[0] > idleGapSeconds) {
                model.startSession(s, 0, t - s.clockSeconds[0], life);
                s.budgetSeconds[0] = Double.POSITIVE_INFINITY;
            }
            s.clockSeconds[0] = t;
            double z = model.logit(s, 0, item);
            double affinity = model.affinity(s, 0, item);
            double[] predicted = predictions ? predict(model, z, affinity, catalog.quality(item),
                    model.persona(s, 0).harmAttraction(), catalog.harm(item)) : new double[] {Double.NaN, Double.NaN};
            double expectedWatch = predictions ? model.response().expectedWatch(z) : Double.NaN;
            model.respond(s, 0, item, out);
            double watch = out.watchFraction(0);
            model.transition(s, 0, item, watch, out.watchSeconds(0));
            result.add(new ReplayedExposure(item, t, s.sessions[0], watch, out.liked(0), out.hated(0), out.shared(0),
                    out.commented(0), out.downloaded(0), predicted[0], predicted[1], expectedWatch, affinity));
        }
        return result;
    }

    /** P(like) and P(hate) averaged over the response draw by the midpoint rule. */
    private static double[] predict(UserModel model, double z, double affinity, double quality,
                                    double harmAttraction, double harm) {
        ResponseModel response = model.response();
        double like = 0;
        double hate = 0;
        for (int j = 0; j < QUADRATURE; j++) {
            double w = response.watch(z, (j + 0.5) / QUADRATURE);
            like += model.signals().probability(Signal.LIKE, w, quality);
            hate += model.negative().probability(w, affinity, harmAttraction, harm);
        }
        return new double[] {like / QUADRATURE, hate / QUADRATURE};
    }

    private UserModel model(String persona) {
        WorldConfig cfg = world.config();
        return new UserModel(world.catalog(), List.of(cfg.users().persona(persona)), world.reward(), cfg.users(),
                cfg.userModel());
    }

    private static void check(int[] warmUp, int[] items, double[] times, int size) {
        if (items.length != times.length) {
            throw new IllegalArgumentException("items and timesSeconds must have the same length, got "
                    + items.length + " and " + times.length);
        }
        for (int[] list : new int[][] {warmUp, items}) {
            for (int item : list) {
                if (item < 0 || item >= size) {
                    throw new IllegalArgumentException("item index must be in [0, " + (size - 1) + "], got " + item);
                }
            }
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || (i > 0 && times[i] < times[i - 1])) {
                throw new IllegalArgumentException("timesSeconds must be finite and non-decreasing; entry " + i
                        + " is " + times[i]);
            }
        }
    }
}
