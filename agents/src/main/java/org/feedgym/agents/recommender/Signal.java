package org.feedgym.agents.recommender;

import java.util.List;
import org.feedgym.env.StepOutcomes;

/** Which outcome of a shown item a recommender treats as the user's rating of it. */
public enum Signal {

    /** The watch fraction, in [0, 1]: graded implicit feedback for every shown item. */
    WATCH("watch"),

    /** The step reward (engagement minus the harm penalty). */
    REWARD("reward"),

    /** 1 when the user liked the item, else 0. */
    LIKE("like");

    /** The ids accepted in configs, in declaration order. */
    public static final List<String> IDS = List.of("watch", "reward", "like");

    private final String id;

    Signal(String id) {
        this.id = id;
    }

    /** The config id, e.g. {@code watch}. */
    public String id() {
        return id;
    }

    /** The signal named by a config id. */
    public static Signal of(String id) {
        for (Signal s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("signal must be one of " + IDS + ", got '" + id + "'");
    }

    /** User {@code u}'s value of this signal on the step just taken. */
    public double of(StepOutcomes outcomes, int u) {
        switch (this) {
            case WATCH:
                return outcomes.watchFraction(u);
            case REWARD:
                return outcomes.reward(u);
            default:
                return outcomes.liked(u) ? 1 : 0;
        }
    }
}
