package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDirectoryTest {

    @Test
    void aRunThatFailsBeforeCommitLeavesNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run");
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            Files.writeString(staged.path().resolve("summary.json"), "{}");
            // no commit: the run failed
        }
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aCommittedDirectoryAppearsWithItsFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("nested").resolve("run");
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            Files.writeString(staged.path().resolve("a.txt"), "x");
            assertFalse(Files.exists(target));
            staged.commit();
        }
        assertTrue(Files.exists(target.resolve("a.txt")));
    }
}
