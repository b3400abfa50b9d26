package org.feedgym.env;

import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.random.MixStreams;
import org.feedgym.env.random.Seeds;

/**
 * A user-side intervention: autoplay off. Every next video costs the user a decision, so after
 * each item the session ends there with probability {@code stopProbability +
 * boredStopProbability × (1 − watch fraction)}: higher after an item the user skipped, i.e. when
 * bored. A stop ends the session with {@link EndReason#NO_NEXT_VIDEO}
 * ({@link VectorEnvironment#endSession}): an episode of one session ends there (terminated); in a
 * multi-day episode the user's return model decides whether and when the user comes back. The
 * EC's preliminary DSA finding
 * against TikTok (February 2026) names autoplay and infinite scroll.
 *
 * <p>Each user draws once per item from {@code derive(userSeed, "autoplay-off", 0)}.
 */
public final class VectorAutoplayOff extends PerUserWrapper {

    private final double stopProbability;
    private final double boredStopProbability;
    /** User {@code u}'s draws: stream {@code u}. */
    private MixStreams random = new MixStreams(0);

    /**
     * @param inner                the environment whose users decide
     * @param stopProbability      chance of not starting the next video after one watched through, in [0, 1]
     * @param boredStopProbability extra chance after one skipped at once, in [0, 1 − stopProbability]
     */
    public VectorAutoplayOff(VectorEnvironment inner, double stopProbability, double boredStopProbability) {
        super(inner);
        if (!(stopProbability >= 0 && stopProbability <= 1)) {
            throw new IllegalArgumentException("stopProbability must be in [0, 1], got " + stopProbability);
        }
        if (!(boredStopProbability >= 0 && boredStopProbability <= 1 - stopProbability)) {
            throw new IllegalArgumentException("boredStopProbability must be in [0, 1 - stopProbability], got "
                    + boredStopProbability);
        }
        this.stopProbability = stopProbability;
        this.boredStopProbability = boredStopProbability;
    }

    @Override
    protected void startUsers(int users) {
        random = new MixStreams(users);
        for (int u = 0; u < users; u++) {
            restartUser(u);
        }
    }

    @Override
    protected void restartUser(int u) {
        random.seed(u, Seeds.derive(inner.infos().seed(u), "autoplay-off", 0));
    }

    @Override
    public StepOutcomes step(int[] actions) {
        StepOutcomes out = inner.step(actions);
        for (int u = 0; u < random.size(); u++) {
            if (!shownAndGoesOn(out, u)) {
                continue;
            }
            double watched = Math.max(0, Math.min(1, out.watchFraction(u)));
            double stop = stopProbability + boredStopProbability * (1 - watched);
            if (random.at(u).nextDouble() < stop) {
                endSessionHere(out, u, EndReason.NO_NEXT_VIDEO);
            }
        }
        return out;
    }

    @Override
    public EnvSpec spec() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("stopProbability", stopProbability);
        args.put("boredStopProbability", boredStopProbability);
        return new EnvSpec("autoplay-off", args, inner.spec());
    }
}
