package org.feedgym.simulator.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A small synthetic interaction log (CSV) and a config calibrating to it: 100 users, 50 rows
 * each, in sessions of 5 to 14 rows a minute apart with 2 to 30 hours between sessions, over 150
 * items of 5 categories; every row carries a like or a hate (placeholders: tests replace the
 * behaviour by simulated behaviour).
 */
public final class CalibrationFixture {

    private CalibrationFixture() {
    }

    /** Writes the log into {@code dir} and returns its path. */
    public static Path log(Path dir) throws IOException {
        Random random = new Random(11);
        StringBuilder b = new StringBuilder("user,item,time,play,duration,like,hate,category\n");
        for (int u = 0; u < 100; u++) {
            long t = 1_650_000_000L + u * 977L;
            int left = 0;
            for (int r = 0; r < 50; r++) {
                if (left == 0) {
                    left = 5 + random.nextInt(10);
                    t += 3600L * (2 + random.nextInt(29));
                }
                left--;
                t += 30 + random.nextInt(60);
                int item = random.nextInt(150);
                int duration = 10 + item % 50;
                double play = duration * (0.2 + 1.6 * random.nextDouble());
                boolean like = random.nextDouble() < 0.7;
                b.append(u).append(',').append(item).append(',').append(t).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.1f", play)).append(',').append(duration)
                        .append(',').append(like ? 1 : 0).append(',').append(like ? 0 : 1).append(",c")
                        .append(item % 5).append('\n');
            }
        }
        Path file = dir.resolve("log.csv");
        Files.writeString(file, b.toString());
        return file;
    }

    /** The catalog config of the log at {@code log}, as JSON. */
    public static String catalog(Path log) {
        return """
                {"type": "log", "path": "%s", "dimensions": 8,
                 "columns": {"user": "user", "item": "item", "timestamp": "time", "timestampFormat": "epoch-s",
                             "playTime": "play", "duration": "duration", "timeUnit": "s",
                             "signals": {"like": "like", "hate": "hate"}, "category": "category"},
                 "harmRule": "none"}""".formatted(log.toString().replace("\\", "/"));
    }

    /**
     * A config calibrating to the log.
     *
     * @param log         the log file
     * @param calibration the calibration section's entries after the log (JSON object members,
     *                    without braces)
     */
    public static String config(Path log, String calibration) {
        return """
                {"name": "calibrate-fixture", "seed": 5,
                 "world": {"catalog": %s, "candidates": {"k": 4}, "users": {"historyLength": 2},
                           "calibration": {%s}},
                 "evaluation": {"users": 4}, "agents": [{"type": "random"}]}
                """.formatted(catalog(log), calibration);
    }
}
