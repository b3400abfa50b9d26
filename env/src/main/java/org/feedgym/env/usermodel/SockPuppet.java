package org.feedgym.env.usermodel;

import java.util.List;

/**
 * Registry type {@value #TYPE}: a scripted audit account (a sock puppet) instead of a model of a
 * person. On a video of a target topic it watches to the end ({@code rewatch} times, 2 for
 * Amnesty's manual accounts that re-watched) and likes it; on any other video it scrolls on
 * after {@code skipSeconds}. This is the behaviour of CCDH's (2022) and Amnesty's (2023, 2025)
 * accounts, which were scripted, not people: the response depends on the video's topic only,
 * not on the hidden interest, harm attraction or satiation of the persona, so two personas with
 * the same script differ only in what the protocol varies (for the audit: the declared interest
 * at sign-up, {@code world.users.warmStartPersonas}).
 *
 * <p>The user model applies the script per topic ({@link #watchRatio}, {@link #likes}); the
 * logit-based methods of {@link ResponseModel} have no meaning for a script and throw, so a
 * caller that needs a logit (the calibration's exposure replay) fails loudly rather than
 * silently. The step still draws its six response numbers (common random numbers); shares,
 * comments, downloads and hates are never recorded.
 */
public final class SockPuppet implements ResponseModel {

    /** Registry id. */
    public static final String TYPE = "sock-puppet";

    private final SockPuppetParameters p;

    public SockPuppet(SockPuppetParameters p) {
        this.p = p;
    }

    /** The topic names the script engages with. */
    public List<String> targetTopics() {
        return p.targetTopics();
    }

    /**
     * The watch ratio on a video of {@code durationSeconds}: {@code rewatch} on a target topic,
     * {@code min(1, skipSeconds / duration)} otherwise.
     */
    public double watchRatio(boolean target, double durationSeconds) {
        return target ? p.rewatch() : Math.min(1.0, p.skipSeconds() / durationSeconds);
    }

    /** Whether the script likes a video: every target video when {@code likeTargets}, none other. */
    public boolean likes(boolean target) {
        return target && p.likeTargets();
    }

    @Override
    public double logit(double affinity, double quality, double satiation, double harmAttraction, double harm) {
        throw unsupported();
    }

    @Override
    public double expectedWatch(double z) {
        throw unsupported();
    }

    @Override
    public double expectedWatchPower(double z, double power) {
        throw unsupported();
    }

    @Override
    public double watch(double z, double u) {
        throw unsupported();
    }

    /**
     * A hundredth of the video: what a Bubble Escape Potential twin watches when it skips (the
     * script's own skips depend on each video's duration, {@link #watchRatio}).
     */
    @Override
    public double minWatch() {
        return 0.01;
    }

    @Override
    public double watchCap() {
        return p.rewatch();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("a " + TYPE + " response is scripted per topic, it has no watch logit");
    }
}
