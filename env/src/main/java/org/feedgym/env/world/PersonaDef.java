package org.feedgym.env.world;

/**
 * A persona defined in a config ({@code world.users.defs.<name>}): every field left out takes the
 * value of the built-in persona of the same name, or for a new name the {@code adult}'s. Ranges
 * are {@link Persona}'s.
 *
 * @param harmAttraction      see {@link Persona#harmAttraction()}
 * @param driftRate           see {@link Persona#driftRate()}
 * @param harmDriftMultiplier see {@link Persona#harmDriftMultiplier()}
 * @param harmInterestWeight  see {@link Persona#harmInterestWeight()}
 * @param sessionMinutes      see {@link Persona#sessionMinutes()}
 * @param boredomTolerance    see {@link Persona#boredomTolerance()}
 * @param breakAcceptance     see {@link Persona#breakAcceptance()}
 */
public record PersonaDef(Double harmAttraction, Double driftRate, Double harmDriftMultiplier,
                         Double harmInterestWeight, Double sessionMinutes, Double boredomTolerance,
                         Double breakAcceptance) {

    /**
     * The persona {@code name} with this definition over {@code base}.
     *
     * @throws IllegalArgumentException naming the field of a value out of its range
     */
    public Persona over(String name, Persona base) {
        return new Persona(name, or(harmAttraction, base.harmAttraction()), or(driftRate, base.driftRate()),
                or(harmDriftMultiplier, base.harmDriftMultiplier()), or(harmInterestWeight, base.harmInterestWeight()),
                or(sessionMinutes, base.sessionMinutes()), or(boredomTolerance, base.boredomTolerance()),
                or(breakAcceptance, base.breakAcceptance()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
