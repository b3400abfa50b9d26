package org.feedgym.simulator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * An output directory that appears all at once. Files are written into a hidden staging
 * directory; {@link #commit()} puts them in place, {@link #close()} without a commit deletes it.
 *
 * <p>When the target does not exist, the staging directory is made beside it and
 * {@link #commit()} renames it to the target. When the target is an existing empty directory (a
 * folder made for the results, perhaps shared and setgid), it is kept: the staging directory is
 * made inside it and {@link #commit()} moves the staged entries up into it, so the directory's
 * inode, owner, group, mode and setgid bit stay as they were, and files staged inside it take its
 * group as they would written there directly. Each entry is renamed within one file system;
 * {@code summary.json}, which readers take as the mark of a finished output, goes last; when a
 * rename fails, the entries already moved are moved back, so the directory is left empty.
 *
 * <p>Directories are created as {@code mkdir} creates them: their mode is what the process umask
 * gives (typically 0755, or 0775 under umask 002), not the 0700 of a temporary directory.
 *
 * <p>The staging directory is named {@code .NAME.partial-PID@HOST@N} after the process that owns
 * it. A process killed by a signal cannot delete it; the next {@link #create} for the same target
 * does, when the owner ran on this host and is no longer alive. Staging directories of a live
 * process, of another host (a shared file system) or of an unknown owner are left alone.
 */
public final class StagedDirectory implements AutoCloseable {

    /** The rule an empty output path breaks. */
    public static final String EMPTY_TARGET = "the output directory is empty; name a directory, e.g. --out runs/my-run";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares a staged directory for {@code target}: beside it when it does not exist, inside it
     * when it is an empty directory.
     *
     * @throws IOException when the target exists and is not an empty directory, or cannot be
     *                     created
     */
    public static StagedDirectory create(Path target) throws IOException {
        if (target.toString().isBlank()) {
            throw new IOException(EMPTY_TARGET);
        }
        Path absolute = target.toAbsolutePath().normalize();
        boolean existing = Files.exists(absolute);
        if (existing && !Files.isDirectory(absolute)) {
            throw new IOException("output path " + target + " exists and is not a directory");
        }
        // An existing (empty) target holds the staging directory, so that it is kept; a new one is
        // made by renaming the staging directory beside it.
        Path home = existing ? absolute : absolute.getParent();
        String prefix = stagingPrefix(absolute);
        try {
            Files.createDirectories(home);
            removeAbandoned(home, prefix);
        } catch (IOException e) {
            throw new IOException("cannot create output directory " + target + ": " + reason(e), e);
        }
        if (existing) {
            try (Stream<Path> s = Files.list(absolute)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("output directory " + target + " exists and is not empty;"
                            + " choose another --out or remove it");
                }
            }
        }
        try {
            return new StagedDirectory(absolute, createStaging(home, prefix + ProcessHandle.current().pid() + "@"
                    + HOST + "@"));
        } catch (IOException e) {
            throw new IOException("cannot create output directory " + target + ": " + reason(e), e);
        }
    }

    /** Numbers the staging directories of this process. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /**
     * Creates {@code home/NAME_PREFIX<n>} with the next free number: a plain {@code mkdir}, so the
     * umask, not a temporary directory's 0700, sets its mode.
     */
    private static Path createStaging(Path home, String namePrefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(home.resolve(namePrefix + SEQUENCE.incrementAndGet()));
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier process with this pid (a live one, or one of the same host
                // whose pid was reused by this process): try the next number.
            }
        }
    }

    /** This machine's name as staging directories carry it ("" when unknown: nothing is then removed). */
    private static final String HOST = hostName();

    private static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".partial-";
    }

    /**
     * Deletes the staging directories for the same target whose owner ran on this host and has
     * exited (killed runs); a warning names any that cannot be deleted.
     */
    private static void removeAbandoned(Path parent, String prefix) throws IOException {
        if (HOST.isEmpty()) {
            return;
        }
        List<Path> abandoned;
        try (Stream<Path> s = Files.list(parent)) {
            abandoned = s.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && abandonedOwner(name.substring(prefix.length()));
            }).toList();
        }
        for (Path p : abandoned) {
            Directories.deleteOrWarn(p, "staging directory of a killed run");
        }
    }

    /** Whether {@code owner} ({@code PID@HOST@N}) names a process of this host that is not alive. */
    static boolean abandonedOwner(String owner) {
        String[] parts = owner.split("@", -1);
        if (parts.length != 3 || !parts[1].equals(HOST) || !parts[0].matches("[0-9]{1,18}")) {
            return false;
        }
        long pid = Long.parseLong(parts[0]);
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** The kernel's host name, in characters safe in a file name and without '@'; "" when unknown. */
    private static String hostName() {
        String name;
        try {
            name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            name = System.getenv("HOSTNAME");
        }
        return name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** This machine's name as it appears in staging directory names. */
    static String host() {
        return HOST;
    }

    /**
     * Why a file operation failed, in words: the reason the file system gave, or for the exceptions
     * that carry none (access denied, no such file, ...) what their type says.
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a path component is not a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Where files are written until the commit. */
    public Path path() {
        return staging;
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /**
     * Moves the staged files into place: renames the staging directory to the target, or, when
     * the target is a directory (made for the output, or made meanwhile), moves the staged entries
     * into it.
     *
     * @throws IOException when the target was filled or replaced by a file while the output was
     *                     staged, or a rename fails (nothing is then left in the target)
     */
    public void commit() throws IOException {
        if (Files.isDirectory(target)) {
            moveEntriesInto(target);
            committed = true;
            Directories.deleteOrWarn(staging, "emptied staging directory");
        } else {
            rename(staging, target);
            committed = true;
        }
    }

    /** The name readers take as the mark of a finished output; moved last. */
    private static final String FINISHED_MARK = "summary.json";

    private void moveEntriesInto(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            if (s.anyMatch(p -> !p.equals(staging))) {
                throw new IOException("output directory " + target + " was filled while the run went on");
            }
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(staging)) {
            entries = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(FINISHED_MARK))
                    .thenComparing(Comparator.naturalOrder())).toList();
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path entry : entries) {
                Path into = dir.resolve(entry.getFileName().toString());
                rename(entry, into);
                moved.add(into);
            }
        } catch (IOException e) {
            for (Path p : moved) {
                try {
                    rename(p, staging.resolve(p.getFileName().toString()));
                } catch (IOException again) {
                    e.addSuppressed(again);
                    System.err.println("warning: could not take back " + p + " after a failed commit: "
                            + reason(again));
                }
            }
            throw new IOException("cannot move the output into " + target + ": " + reason(e), e);
        }
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can. */
    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging directory unless committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        Directories.deleteOrWarn(staging, "staging directory");
    }
}
