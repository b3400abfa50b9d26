package org.feedgym.simulator.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a directory with everything in it: the one home of the recursive delete. */
public final class Directories {

    private Directories() {
    }

    /** Deletes {@code dir} and everything in it; nothing happens when it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Deletes {@code dir} and everything in it, or prints a warning naming it (for clean-up that
     * must not hide the outcome it follows).
     */
    public static void deleteOrWarn(Path dir, String what) {
        try {
            delete(dir);
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: could not remove " + what + " " + dir + ": " + e.getMessage());
        }
    }
}
