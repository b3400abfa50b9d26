package org.feedgym.env;

import java.util.List;
import java.util.Objects;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * A user-side intervention of a config, validated: it wraps the environment an agent is evaluated
 * in (not the agent), because it changes what users do. Written in an agent entry's
 * {@code "environment"} list as {@code {"type": "break-prompt", "afterMinutes": 20}}.
 *
 * @param type       {@value #BREAK_PROMPT} or {@value #AUTOPLAY_OFF}
 * @param parameters the type's parameter record
 */
public record UserSideIntervention(String type, Object parameters) {

    /** Registry type of {@link VectorBreakPrompt}. */
    public static final String BREAK_PROMPT = "break-prompt";
    /** Registry type of {@link VectorAutoplayOff}. */
    public static final String AUTOPLAY_OFF = "autoplay-off";
    /** The known types. */
    public static final List<String> TYPES = List.of(BREAK_PROMPT, AUTOPLAY_OFF);

    public UserSideIntervention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        if (!parameterClass(type).isInstance(parameters)) {
            throw new IllegalArgumentException(type + " takes " + parameterClass(type).getSimpleName());
        }
    }

    /** The parameter record class of {@code type}. */
    public static Class<?> parameterClass(String type) {
        return switch (type) {
            case BREAK_PROMPT -> BreakPrompt.class;
            case AUTOPLAY_OFF -> AutoplayOff.class;
            default -> throw new IllegalArgumentException("unknown user-side intervention '" + type
                    + "'; known types: " + TYPES);
        };
    }

    /** {@code env} wrapped in this intervention. */
    public VectorEnvironment wrap(VectorEnvironment env) {
        if (parameters instanceof BreakPrompt p) {
            return new VectorBreakPrompt(env, p.afterMinutes(), p.acceptProbability());
        }
        AutoplayOff p = (AutoplayOff) parameters;
        return new VectorAutoplayOff(env, p.stopProbability(), p.boredStopProbability());
    }

    /**
     * Parameters of {@code break-prompt} ({@link VectorBreakPrompt}).
     *
     * @param afterMinutes      minutes of watching in a session between prompts, in (0, 1440]; default 20
     * @param acceptProbability when given, the probability every user accepts a prompt, in [0, 1],
     *                          overriding the user model; absent (the default): each user's own,
     *                          from the user model ({@link UserInfos#breakAcceptProbability})
     */
    public record BreakPrompt(Double afterMinutes, Double acceptProbability) {
        public BreakPrompt {
            try {
                afterMinutes = ParameterChecks.doubleAboveAtMost("afterMinutes", afterMinutes, 20, 0, 1440);
                if (acceptProbability != null) {
                    acceptProbability = ParameterChecks.doubleIn("acceptProbability", acceptProbability, 0, 0, 1);
                }
            } catch (IllegalArgumentException e) {
                throw FieldException.named(e);
            }
        }
    }

    /**
     * Parameters of {@code autoplay-off} ({@link VectorAutoplayOff}).
     *
     * @param stopProbability      chance of not starting the next video after one watched through,
     *                             in [0, 1]; default 0.02
     * @param boredStopProbability extra chance after a video skipped at once, scaled by the share
     *                             not watched, in [0, 1] with stopProbability + boredStopProbability
     *                             &lt;= 1; default 0.1
     */
    public record AutoplayOff(Double stopProbability, Double boredStopProbability) {
        public AutoplayOff {
            try {
                double stop = ParameterChecks.doubleIn("stopProbability", stopProbability, 0.02, 0, 1);
                double bored = ParameterChecks.doubleIn("boredStopProbability", boredStopProbability, 0.1, 0, 1);
                if (bored > 1 - stop) {
                    // Blame a key the user wrote: the bored one when given, else the stop one.
                    String field = boredStopProbability != null ? "boredStopProbability" : "stopProbability";
                    String defaulted = boredStopProbability == null ? " (boredStopProbability defaults to 0.1)"
                            : stopProbability == null ? " (stopProbability defaults to 0.02)" : "";
                    throw new FieldException(field, "stopProbability + boredStopProbability must be <= 1, got "
                            + stop + " + " + bored + defaulted);
                }
                stopProbability = stop;
                boredStopProbability = bored;
            } catch (IllegalArgumentException e) {
                throw FieldException.named(e);
            }
        }
    }
}
