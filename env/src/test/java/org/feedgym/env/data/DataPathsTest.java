package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPathsTest {

    @Test
    void aConfiguredFolderThatDoesNotExistIsWhereTheDatasetIsLookedFor(@TempDir Path dir) {
        String before = System.getProperty(DataPaths.PROPERTY);
        Path missing = dir.resolve("no-such-data");
        try {
            System.setProperty(DataPaths.PROPERTY, missing.toString());
            assertTrue(DataPaths.root().isEmpty(), "no data folder to read from");
            // The reader's "file does not exist" then names the folder the user set.
            assertEquals(missing.resolve("movielens-latest-small"), DataPaths.resolve("movielens-latest-small"));
            assertEquals(" (a relative data path is read from the working directory, " + Path.of("").toAbsolutePath()
                    + ", then from the data folder set by -Dfeedgym.data or FEEDGYM_DATA, " + missing
                    + ", which does not exist)", DataPaths.whereLooked("movielens-latest-small"));
            assertEquals("", DataPaths.whereLooked(dir.resolve("absolute").toString()), "an absolute path is as given");
            System.setProperty(DataPaths.PROPERTY, dir.toString());
            assertEquals(" (a relative data path is read from the working directory, " + Path.of("").toAbsolutePath()
                    + ", then from the data folder set by -Dfeedgym.data or FEEDGYM_DATA, " + dir + ")",
                    DataPaths.whereLooked("movielens-latest-small"));
        } finally {
            if (before == null) {
                System.clearProperty(DataPaths.PROPERTY);
            } else {
                System.setProperty(DataPaths.PROPERTY, before);
            }
        }
    }
}
