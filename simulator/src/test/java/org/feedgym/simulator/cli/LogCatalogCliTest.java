package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's log as a catalog through the CLI: bad data and bad mappings exit 2 with one line and write nothing. */
class LogCatalogCliTest {

    @TempDir
    Path dir;

    private Path config(String catalog) throws IOException {
        Path config = dir.resolve("log.json");
        Files.writeString(config, """
                {"name": "log", "world": {"catalog": %s, "candidates": {"k": 4}, "users": {"historyLength": 2}},
                 "evaluation": {"users": 4}, "agents": [{"type": "random"}]}
                """.formatted(catalog));
        return config;
    }

    private Path log(String text) throws IOException {
        Path file = dir.resolve("my.csv");
        Files.writeString(file, text);
        return file;
    }

    private static String json(Path p) {
        return p.toString().replace("\\", "/");
    }

    /** Runs the config and checks exit 2, one error line, and that nothing was written. */
    private String failsWithTwo(Path config) throws IOException {
        long before;
        try (var files = Files.list(dir)) {
            before = files.count();
        }
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("run", config.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code(), o.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(before, files.count(), "no output or staging directory");
        }
        String err = o.err().strip();
        assertFalse(err.contains("\n"), err);
        assertFalse(err.contains("Exception"), err);
        return err;
    }

    private static String rows() {
        StringBuilder b = new StringBuilder("user,item,time,liked\n");
        for (int u = 0; u < 6; u++) {
            for (int j = 0; j < 30; j++) {
                b.append(u).append(',').append("v").append(j).append(',').append(1000 * j + u).append(',')
                        .append((u + j) % 3 == 0 ? 0 : 1).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void aMappedLogValidatesAsACatalog() throws IOException {
        Path file = log(rows());
        Path config = config("""
                {"type": "log", "path": "%s", "topics": 3,
                 "columns": {"user": "user", "item": "item", "timestamp": "time", "signals": {"like": "liked"}}}
                """.formatted(json(file)));
        CliRun.Outcome o = CliRun.cli("validate", config.toString());
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumnAndListsTheHeader() throws IOException {
        Path file = log(rows());
        String err = failsWithTwo(config("""
                {"type": "log", "path": "%s",
                 "columns": {"user": "user_id", "item": "item", "timestamp": "time"}}
                """.formatted(json(file))));
        assertTrue(err.endsWith("$.world.catalog: " + file + ": line 1, column 'user_id': required column is"
                + " missing from"
                + " the header [user, item, time, liked]"), err);
    }

    @Test
    void aBadValueNamesFileLineAndColumn() throws IOException {
        Path file = log(rows().replace("\n2,v5,5002,1\n", "\n2,v5,5002,maybe\n"));
        String err = failsWithTwo(config("""
                {"type": "log", "path": "%s",
                 "columns": {"user": "user", "item": "item", "timestamp": "time", "signals": {"like": "liked"}}}
                """.formatted(json(file))));
        assertTrue(err.endsWith("$.world.catalog: " + file + ": line 67, column 'liked': expected an integer,"
                + " got 'maybe'"),
                err);
    }

    @Test
    void aLogWithNoUsableRowsSaysSoWithTheFile() throws IOException {
        Path file = log("user,item,time\n1,,1000\n");
        String err = failsWithTwo(config("""
                {"type": "log", "path": "%s", "columns": {"user": "user", "item": "item", "timestamp": "time"}}
                """.formatted(json(file))));
        assertTrue(err.contains("$.world.catalog: " + file + ": no usable rows (my.csv: 1 rows, 0 kept"), err);
    }

    @Test
    void aDirectoryWhereTheLogShouldBeNamesThePath() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        String err = failsWithTwo(config("""
                {"type": "log", "path": "%s", "columns": {"user": "user", "item": "item", "timestamp": "time"}}
                """.formatted(json(folder))));
        assertTrue(err.endsWith("$.world.catalog: " + folder + ": is a directory, expected a data file"), err);
    }

    @Test
    void anUnknownDatasetTypeListsTheKnownOnesAtItsPath() throws IOException {
        Path config = config("{\"type\": \"netflix\"}");
        CliRun.Outcome o = CliRun.cli("validate", config.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: " + config + ": $.world.catalog.type: type must be one of [synthetic, tiktok-claims,"
                + " kuairec, kuairand, movielens, log], got 'netflix'", o.err().strip());
    }

    @Test
    void aMappingWithoutTheRequiredUserColumnIsAConfigError() throws IOException {
        Path file = log(rows());
        Path config = config("""
                {"type": "log", "path": "%s", "columns": {"item": "item", "timestamp": "time"}}
                """.formatted(json(file)));
        CliRun.Outcome o = CliRun.cli("validate", config.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().strip().startsWith("error: " + config + ": $.world.catalog.columns"), o.err());
        assertTrue(o.err().contains("columns.user is required"), o.err());
    }

    @Test
    void aLogWrittenTwiceWarnsOnStderrAndStrictModeRefusesIt() throws IOException {
        String once = rows();
        Path file = log(once + once.substring(once.indexOf('\n') + 1));
        String catalog = """
                {"type": "log", "path": "%s", "topics": 3, "strict": %s,
                 "columns": {"user": "user", "item": "item", "timestamp": "time", "signals": {"like": "liked"}}}
                """;
        CliRun.Outcome o = CliRun.cli("validate", config(catalog.formatted(json(file), false)).toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("warning: " + file + ": 180 of 360 kept rows (50.0%) repeat an earlier row"
                + " exactly (more than 1%): this looks like a duplicated export (rows written twice);"
                + " \"strict\": true refuses it\n"), o.err());
        String err = failsWithTwo(config(catalog.formatted(json(file), true)));
        assertTrue(err.endsWith("$.world.catalog: " + file + ": 180 of 360 kept rows (50.0%) repeat an earlier row"
                + " exactly, more than the 1% strict mode allows: this looks like a duplicated export"
                + " (rows written twice)"), err);
    }
}
