package org.feedgym.env.usermodel;

/**
 * The per-step probability that a bored user leaves the session early. (The repetition rule of
 * the CIRS/KuaiEnv study and the time budget are applied before it; their switches are
 * {@code users.exitWindow}, {@code users.exitThreshold} and {@code users.boredomExit}.)
 */
public interface ExitModel {

    /** P(leave now | boredom, the persona's boredom tolerance), in [0, 1]. */
    double exitProbability(double boredom, double boredomTolerance);

    /**
     * P(accept | a break prompt, the persona's {@code breakAcceptance}), in [0, 1]: what the
     * {@code break-prompt} intervention asks of the user model. By default the persona's value as is.
     */
    default double breakAcceptProbability(double breakAcceptance) {
        return breakAcceptance;
    }
}
