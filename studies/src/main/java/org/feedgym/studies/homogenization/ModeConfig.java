package org.feedgym.studies.homogenization;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One training schedule of the study (Chaney et al. 2018, section 4): {@code startupSteps} steps
 * in which every user is shown only the newly released items in random order, then
 * {@code steps} steps of recommendation.
 *
 * @param name         names the mode in outputs; default the value of {@code training}
 * @param training     {@code "repeated"}: the recommender is trained at the end of the startup
 *                     period and again after every step; {@code "single"}: trained once, at the
 *                     end of the startup period, and it ranks only the items it was trained on
 *                     (newer items reach users only by interleaving). Default {@code "repeated"}.
 * @param startupSteps random startup steps, in [0, 10000]; default 10
 * @param steps        recommendation steps after the startup, in [1, 10000]; default 90
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModeConfig(String name, String training, Integer startupSteps, Integer steps) {

    /** {@code training} value of repeated training. */
    public static final String REPEATED = "repeated";
    /** {@code training} value of single training. */
    public static final String SINGLE = "single";

    public ModeConfig {
        training = training == null ? REPEATED : training;
        if (!training.equals(REPEATED) && !training.equals(SINGLE)) {
            throw new IllegalArgumentException("training must be \"repeated\" or \"single\", got \"" + training + "\"");
        }
        name = name == null ? training : name;
        if (!name.matches("[A-Za-z0-9._-]{1,50}")) {
            throw new IllegalArgumentException("name must be 1-50 characters of letters, digits, '.', '_' or '-', got '"
                    + name + "'");
        }
        startupSteps = startupSteps == null ? 10 : startupSteps;
        if (startupSteps < 0 || startupSteps > 10_000) {
            throw new IllegalArgumentException("startupSteps must be in [0, 10000], got " + startupSteps);
        }
        steps = steps == null ? 90 : steps;
        if (steps < 1 || steps > 10_000) {
            throw new IllegalArgumentException("steps must be in [1, 10000], got " + steps);
        }
    }

    /** Startup plus recommendation steps. */
    public int totalSteps() {
        return startupSteps + steps;
    }

    /** True for repeated training. */
    public boolean repeated() {
        return training.equals(REPEATED);
    }
}
