package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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

    @Test
    void aKilledRunsStagingDirectoryOnThisHostIsRemovedByTheNextRunAndNoOtherIs(@TempDir Path dir) throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        long dead = exited.pid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        String host = StagedDirectory.host();
        Path killed = Files.createDirectory(dir.resolve(".run.partial-" + dead + "@" + host + "@123"));
        Files.writeString(killed.resolve("episodes.csv"), "half");
        Path live = Files.createDirectory(dir.resolve(".run.partial-" + alive + "@" + host + "@456"));
        Path otherHost = Files.createDirectory(dir.resolve(".run.partial-" + dead + "@elsewhere" + host + "@7"));
        Path oldName = Files.createDirectory(dir.resolve(".run.partial-8912345"));
        Path otherTarget = Files.createDirectory(dir.resolve(".other.partial-" + dead + "@" + host + "@9"));
        try (StagedDirectory staged = StagedDirectory.create(dir.resolve("run"))) {
            assertTrue(staged.path().getFileName().toString()
                    .startsWith(".run.partial-" + ProcessHandle.current().pid() + "@" + host + "@"), staged.path().toString());
            assertFalse(Files.exists(killed), "the killed run's staging directory is removed");
            for (Path kept : new Path[] {live, otherHost, oldName, otherTarget}) {
                assertTrue(Files.isDirectory(kept), kept + " is kept");
            }
            staged.commit();
        }
    }

    @Test
    void ownersThatAreNotAKilledProcessOfThisHostAreNotAbandoned() {
        String host = StagedDirectory.host();
        long self = ProcessHandle.current().pid();
        assertFalse(StagedDirectory.abandonedOwner(self + "@" + host + "@1"), "this process");
        assertFalse(StagedDirectory.abandonedOwner("12@" + host), "too few parts");
        assertFalse(StagedDirectory.abandonedOwner("x12@" + host + "@1"), "not a pid");
        assertFalse(StagedDirectory.abandonedOwner("99999999999999999999@" + host + "@1"), "pid out of range");
    }

    @Test
    void anEmptyTargetIsRefusedInWords() {
        IOException e = assertThrows(IOException.class, () -> StagedDirectory.create(Path.of("")));
        assertEquals("the output directory is empty; name a directory, e.g. --out runs/my-run", e.getMessage());
    }

    @Test
    void stagedAndCommittedDirectoriesHaveTheModeTheUmaskGivesAsMkdirWould(@TempDir Path dir) throws Exception {
        assumeTrue(posix(dir), "the file system has no POSIX permissions");
        Set<PosixFilePermission> mkdir = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("reference")));
        Path target = dir.resolve("nested").resolve("run");
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            assertEquals(PosixFilePermissions.toString(mkdir),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.path())), "staging directory");
            Files.createDirectory(staged.path().resolve("agents"));
            staged.commit();
        }
        for (Path p : List.of(target.getParent(), target, target.resolve("agents"))) {
            assertEquals(PosixFilePermissions.toString(mkdir),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    @Test
    void anExistingEmptyTargetIsKeptWithItsIdentityModeAndGroupAndReceivesTheFiles(@TempDir Path dir)
            throws Exception {
        assumeTrue(posix(dir), "the file system has no POSIX permissions");
        Path target = Files.createDirectory(dir.resolve("shared"));
        // rwxrwsr-x: group-writable and setgid, as a folder shared by a team is; not what the umask gives.
        Files.setAttribute(target, "unix:mode", 02775);
        Object inode = Files.getAttribute(target, "unix:ino");
        int mode = (Integer) Files.getAttribute(target, "unix:mode");
        Object group = Files.getAttribute(target, "unix:gid");
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            Files.writeString(staged.path().resolve("summary.json"), "{}");
            Files.createDirectories(staged.path().resolve("trials").resolve("t1"));
            staged.commit();
        }
        assertEquals(inode, Files.getAttribute(target, "unix:ino"), "the same directory, not a new one");
        assertEquals(Integer.toOctalString(mode), Integer.toOctalString((Integer) Files.getAttribute(target, "unix:mode")));
        assertEquals(group, Files.getAttribute(target, "unix:gid"));
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(List.of("summary.json", "trials"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging directory left");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("shared"), s.map(p -> p.getFileName().toString()).toList(), "nothing beside it");
        }
    }

    @Test
    void aFailedRunIntoAnExistingEmptyTargetLeavesItEmptyAndTheNextRunCanUseIt(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("out"));
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            Files.writeString(staged.path().resolve("summary.json"), "{}");
            // no commit: the run failed
        }
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(0, s.count());
        }
        // A killed run's staging directory inside the target does not make it "not empty".
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path killed = Files.createDirectory(target.resolve(".out.partial-" + exited.pid() + "@"
                + StagedDirectory.host() + "@1"));
        Files.writeString(killed.resolve("episodes.csv"), "half");
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            assertFalse(Files.exists(killed));
            Files.writeString(staged.path().resolve("summary.json"), "{}");
            staged.commit();
        }
        assertTrue(Files.isRegularFile(target.resolve("summary.json")));
    }

    @Test
    void aTargetFilledWhileTheRunWentOnIsRefusedAtCommitAndKeepsWhatItHolds(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("out"));
        try (StagedDirectory staged = StagedDirectory.create(target)) {
            Files.writeString(staged.path().resolve("summary.json"), "{}");
            Files.writeString(target.resolve("someone-elses.txt"), "x");
            IOException e = assertThrows(IOException.class, staged::commit);
            assertEquals("output directory " + target + " was filled while the run went on", e.getMessage());
        }
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(List.of("someone-elses.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aNonEmptyTargetIsStillRefused(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("out"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> StagedDirectory.create(target));
        assertEquals("output directory " + target + " exists and is not empty; choose another --out or remove it",
                e.getMessage());
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(1, s.count());
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null
                && dir.getFileSystem().supportedFileAttributeViews().contains("unix");
    }
}
