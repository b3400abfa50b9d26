package org.feedgym.env.world;

import java.util.List;
import java.util.Objects;

/**
 * A kind of user: how strongly harmful content attracts them, how fast their interests drift,
 * how long they watch and how easily they get bored. The three built-in personas are defaults:
 * a config overrides their fields or adds personas under {@code world.users.defs}
 * ({@link PersonaDef}, {@link UsersConfig#persona(String)}); the values are assumptions, not
 * fitted. The rules these fields enter are parameters of {@code world.userModel}
 * ({@link org.feedgym.env.usermodel.UserModelConfig}).
 *
 * @param name                persona id used in configs and outputs
 * @param harmAttraction      in [0, 1]: 0 = mildly averse to harmful items, 1 = strongly drawn
 *                            to them (the watch logit gains {@code harm·(a − harmCentre)·harmScore},
 *                            by default {@code 2.5·(a − 0.2)·harmScore})
 * @param driftRate           in [0, 1]: the step of the interest vector toward a watched item,
 *                            per unit of watch fraction
 * @param harmDriftMultiplier &ge; 1: how much faster interest drifts toward harmful items
 * @param harmInterestWeight  in [0, 1]: weight of a harmful topic in the initial interest
 * @param sessionMinutes      mean session time budget in minutes, &gt; 0
 * @param boredomTolerance    in [0, 1]: boredom level above which the user may leave early
 * @param breakAcceptance     in [0, 1]: how readily the user takes a break when a break prompt
 *                            ({@code break-prompt}) asks; the exit part of the user model turns it
 *                            into the acceptance probability (the built-in part takes it as is)
 */
public record Persona(String name, double harmAttraction, double driftRate, double harmDriftMultiplier,
                      double harmInterestWeight, double sessionMinutes, double boredomTolerance,
                      double breakAcceptance) {

    /** Adults: mildly averse to harmful content, slow drift. */
    public static final Persona ADULT = new Persona("adult", 0.0, 0.03, 1.0, 0.0, 25, 0.55, 0.3);
    /** Teenagers without a particular vulnerability. */
    public static final Persona TEEN = new Persona("teen", 0.3, 0.06, 1.5, 0.05, 40, 0.6, 0.25);
    /**
     * Vulnerable teenagers (after the CCDH "loseweight" accounts): drawn to harmful topics, and
     * drifting toward them three times as fast; they take a prompted break half as readily as
     * adults (an assumption: compulsive use is what makes them vulnerable).
     */
    public static final Persona TEEN_VULNERABLE = new Persona("teen-vulnerable", 1.0, 0.08, 3.0, 0.3, 45, 0.6,
            0.15);

    /** The built-in personas, in a fixed order. */
    public static final List<Persona> BUILT_IN = List.of(ADULT, TEEN, TEEN_VULNERABLE);

    public Persona {
        Objects.requireNonNull(name, "name");
        requireIn("harmAttraction", harmAttraction, 0, 1);
        requireIn("driftRate", driftRate, 0, 1);
        if (!(harmDriftMultiplier >= 1) || !Double.isFinite(harmDriftMultiplier)) {
            throw new IllegalArgumentException("harmDriftMultiplier must be >= 1, got " + harmDriftMultiplier);
        }
        requireIn("harmInterestWeight", harmInterestWeight, 0, 1);
        if (!(sessionMinutes > 0) || !Double.isFinite(sessionMinutes)) {
            throw new IllegalArgumentException("sessionMinutes must be > 0, got " + sessionMinutes);
        }
        requireIn("boredomTolerance", boredomTolerance, 0, 1);
        requireIn("breakAcceptance", breakAcceptance, 0, 1);
    }

    /**
     * The built-in persona with this name.
     *
     * @throws IllegalArgumentException naming the known personas when there is none
     */
    public static Persona builtIn(String name) {
        for (Persona p : BUILT_IN) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown persona '" + name + "'; known: "
                + BUILT_IN.stream().map(Persona::name).toList());
    }

    private static void requireIn(String field, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
