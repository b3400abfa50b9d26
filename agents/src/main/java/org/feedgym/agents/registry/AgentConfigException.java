package org.feedgym.agents.registry;

/** A bad agent configuration, with the JSON path of the offending value. */
public final class AgentConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String rule;

    /**
     * @param path JSON path such as {@code $.agents[2].gamma}
     * @param rule what is wrong, e.g. {@code gamma must be in [0, 1], got 1.5}
     */
    public AgentConfigException(String path, String rule) {
        super(path + ": " + rule);
        this.path = path;
        this.rule = rule;
    }

    /** The JSON path of the offending value. */
    public String path() {
        return path;
    }

    /** The rule broken. */
    public String rule() {
        return rule;
    }
}
