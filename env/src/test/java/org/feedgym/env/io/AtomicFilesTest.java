package org.feedgym.env.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteReplacesTheWholeFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("summary.json");
        AtomicFiles.writeString(file, "first, and longer");
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(List.of(file), entries());
    }

    @Test
    void aWriteThatFailsKeepsTheOldContentAndRemovesItsTemporaryFile() throws IOException {
        Path file = dir.resolve("cache.emb");
        AtomicFiles.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), entries());
    }

    @Test
    void theFileGetsTheModeANewFileGetsNotTheTemporaryFilesOwnerOnlyMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path reference = Files.createFile(dir.resolve("reference"));
        Path file = dir.resolve("written");
        AtomicFiles.writeString(file, "x");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
