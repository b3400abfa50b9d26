package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheThreeMovieLensFilesAndSaysWhatItWrote() {
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("demo-data", dir.resolve("demo").toString(), "--users", "20",
                "--items", "60", "--categories", "3");
        assertEquals(0, o.code(), o.err());
        for (String file : new String[] {"movies.csv", "ratings.csv", "tags.csv"}) {
            assertTrue(Files.isRegularFile(dir.resolve("demo").resolve(file)), file);
        }
        assertTrue(o.out().startsWith("wrote 60 items in 3 categories and "), o.out());
    }

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        FeedGymCliTest.cli("demo-data", dir.resolve("a").toString(), "--users", "20", "--items", "60", "--seed", "5");
        FeedGymCliTest.cli("demo-data", dir.resolve("b").toString(), "--users", "20", "--items", "60", "--seed", "5");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/ratings.csv")), Files.readAllBytes(dir.resolve("b/ratings.csv")));
    }

    @Test
    void rejectsAnOutOfRangeSettingNamingTheOption() {
        FeedGymCliTest.Outcome o = FeedGymCliTest.cli("demo-data", dir.toString(), "--categories", "0");
        assertEquals(FeedGymCli.EXIT_BAD_INPUT, o.code());
        assertEquals("error: --categories must be in [1, 64], got 0", o.err().strip());
    }
}
