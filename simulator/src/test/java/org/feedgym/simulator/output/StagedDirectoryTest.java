package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    @Test
    void anOutputThatCannotBeCreatedIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        // Under a plain file: no directory can be made there.
        IOException e = assertThrows(IOException.class, () -> StagedDirectory.create(file.resolve("out")));
        assertEquals("cannot create output directory " + file.resolve("out") + ": "
                + StagedDirectory.reason((IOException) e.getCause()), e.getMessage());
        assertFalse(e.getMessage().endsWith(": "), e.getMessage());
        assertFalse(e.getMessage().contains(".partial-"), "the staging name is not the user's: " + e.getMessage());
    }

    @Test
    void exceptionsWithoutAReasonAreDescribedByTheirKind() {
        assertEquals("permission denied", StagedDirectory.reason(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("no such file or directory", StagedDirectory.reason(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("Read-only file system",
                StagedDirectory.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
    }
}
