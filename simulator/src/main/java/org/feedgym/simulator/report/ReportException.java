package org.feedgym.simulator.report;

/**
 * A directory the report cannot be made from: missing, not a FeedGym run directory, or holding
 * a file that cannot be read. The message names the path and the problem in one line; the CLI
 * prints it and exits with code 2.
 */
public final class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param path    the directory or file at fault, as the user named it
     * @param problem what is wrong with it
     */
    public ReportException(Object path, String problem) {
        super(path + ": " + problem);
    }
}
