package org.feedgym.simulator.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the FeedGym CLI in-process and captures what it printed (shipped in the simulator's
 * test-jar for the CLI tests of other modules).
 */
public final class CliRun {

    /** Exit code, stdout and stderr of one CLI call. */
    public record Outcome(int code, String out, String err) {
    }

    private CliRun() {
    }

    /** Runs {@code feedgym ARGS...} and returns its exit code and output. */
    public static Outcome cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = FeedGymCli.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
