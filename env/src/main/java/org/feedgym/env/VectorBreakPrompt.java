package org.feedgym.env;

import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.random.MixStreams;
import org.feedgym.env.random.Seeds;

/**
 * A user-side intervention: after every {@code afterMinutes} of watching in a session the user
 * is shown a break prompt and accepts it with the user's probability from the user model
 * ({@link UserInfos#breakAcceptProbability}: the exit part on the persona's
 * {@code breakAcceptance}), or with {@code acceptProbability} for every user when the wrapper is
 * given one (the override takes precedence); an accepted
 * prompt ends the session with {@link EndReason#BREAK_TAKEN} ({@link VectorEnvironment#endSession}):
 * an episode of one session ends there (terminated: the user left); in a multi-day episode the
 * user's return model decides, as after any session end, whether and when the user comes back. The
 * EC's preliminary DSA finding against TikTok (February 2026) floats real screen-time breaks.
 *
 * <p>Session minutes are the seconds watched since the session began, counted here; a new session
 * (multi-day episodes) starts the count and the prompts afresh. Each user's draws come from
 * {@code derive(userSeed, "break-prompt", 0)}, one per prompt, so results do not depend on the
 * other users or on threads.
 */
public final class VectorBreakPrompt extends PerUserWrapper {

    private final double afterMinutes;
    private final Double acceptProbability;
    /** User {@code u}'s draws: stream {@code u}. */
    private MixStreams random = new MixStreams(0);
    private double[] sessionMinutes = new double[0];
    private int[] prompts = new int[0];

    /**
     * @param inner             the environment whose users see the prompts
     * @param afterMinutes      minutes of watching between prompts, in (0, 1440]
     * @param acceptProbability probability that every user accepts a prompt, in [0, 1], overriding
     *                          the user model; {@code null}: each user's from the user model
     */
    public VectorBreakPrompt(VectorEnvironment inner, double afterMinutes, Double acceptProbability) {
        super(inner);
        if (!(afterMinutes > 0 && afterMinutes <= 1440)) {
            throw new IllegalArgumentException("afterMinutes must be in (0, 1440], got " + afterMinutes);
        }
        if (acceptProbability != null && !(acceptProbability >= 0 && acceptProbability <= 1)) {
            throw new IllegalArgumentException("acceptProbability must be in [0, 1], got " + acceptProbability);
        }
        this.afterMinutes = afterMinutes;
        this.acceptProbability = acceptProbability;
    }

    @Override
    protected void startUsers(int users) {
        random = new MixStreams(users);
        sessionMinutes = new double[users];
        prompts = new int[users];
        for (int u = 0; u < users; u++) {
            restartUser(u);
        }
    }

    @Override
    protected void restartUser(int u) {
        random.seed(u, Seeds.derive(inner.infos().seed(u), "break-prompt", 0));
        sessionMinutes[u] = 0;
        prompts[u] = 0;
    }

    @Override
    public StepOutcomes step(int[] actions) {
        StepOutcomes out = inner.step(actions);
        for (int u = 0; u < sessionMinutes.length; u++) {
            if (!shownAndGoesOn(out, u)) {
                continue;
            }
            if (out.sessionStarted(u)) {
                sessionMinutes[u] = 0;
                prompts[u] = 0;
                continue;
            }
            sessionMinutes[u] += out.watchSeconds(u) / 60.0;
            if (sessionMinutes[u] >= afterMinutes * (prompts[u] + 1)) {
                prompts[u]++;
                double accept = acceptProbability != null ? acceptProbability : inner.infos().breakAcceptProbability(u);
                if (random.at(u).nextDouble() < accept && endSessionHere(out, u, EndReason.BREAK_TAKEN)) {
                    sessionMinutes[u] = 0;
                    prompts[u] = 0;
                }
            }
        }
        return out;
    }

    @Override
    public EnvSpec spec() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("afterMinutes", afterMinutes);
        args.put("acceptProbability", acceptProbability != null ? acceptProbability : "user-model");
        return new EnvSpec("break-prompt", args, inner.spec());
    }
}
