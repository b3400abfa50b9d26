package org.feedgym.simulator.config;

/**
 * A config that cannot be used: names the file, the JSON path (or line and column for a syntax
 * error) and the rule broken. The CLI prints {@link #getMessage()} and exits with code 2.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param file  the config file as the user named it
     * @param where a JSON path such as {@code $.world.candidates.k}, or {@code line 3, column 7}
     * @param rule  what is wrong
     */
    public ConfigException(String file, String where, String rule) {
        super(file + ": " + where + ": " + rule);
        this.where = where;
        this.rule = rule;
    }

    private final String where;
    private final String rule;

    /** The JSON path (or line and column) of the broken rule. */
    public String where() {
        return where;
    }

    /** What is wrong. */
    public String rule() {
        return rule;
    }
}
