package org.feedgym.simulator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where commands write by default, and how they name a directory back to the user. */
final class RunDirectories {

    private RunDirectories() {
    }

    /** {@code runs/<name>-<timestamp>}, with {@code -2}, {@code -3}... when that exists already. */
    static Path defaultDirectory(String name) {
        String stamp = LocalDateTime.now(Clock.systemDefaultZone()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = Path.of("runs", name + "-" + stamp);
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of("runs", name + "-" + stamp + "-" + i);
        }
        return dir;
    }

    /** The directory relative to the working directory when it lies below it, else absolute. */
    static Path shown(Path directory) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = directory.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
