package org.feedgym.env;

/** Why a user's episode (or, for {@link #NONE}, nothing) ended on a step. */
public enum EndReason {
    /** The episode goes on. */
    NONE("none", false, false),
    /** The only session's time budget was spent (one-session episodes): terminated. */
    BUDGET_SPENT("budget-spent", true, false),
    /** The user got bored and left (one-session episodes): terminated. */
    BORED("bored", true, false),
    /** The repetition exit rule fired: the topic repeated too often (one-session episodes): terminated. */
    REPETITION("repetition", true, false),
    /** The session ended and the user did not come back (multi-day episodes): terminated. */
    CHURNED("churned", true, false),
    /** The user would come back, but after the last simulated day: truncated. */
    DAY_HORIZON("day-horizon", false, true),
    /** The step limit was reached: truncated. */
    STEP_LIMIT("step-limit", false, true),
    /** The user accepted a break prompt ({@link VectorBreakPrompt}) and left: terminated. */
    BREAK_TAKEN("break-taken", true, false),
    /** With autoplay off, the user did not start the next video ({@link VectorAutoplayOff}): terminated. */
    NO_NEXT_VIDEO("no-next-video", true, false);

    private final String id;
    private final boolean terminates;
    private final boolean truncates;

    EndReason(String id, boolean terminates, boolean truncates) {
        this.id = id;
        this.terminates = terminates;
        this.truncates = truncates;
    }

    /** The id used in outputs. */
    public String id() {
        return id;
    }

    /** True when this reason ends the episode with {@code terminated}. */
    public boolean terminates() {
        return terminates;
    }

    /** True when this reason ends the episode with {@code truncated}. */
    public boolean truncates() {
        return truncates;
    }
}
