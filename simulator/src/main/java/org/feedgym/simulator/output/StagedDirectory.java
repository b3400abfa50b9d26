package org.feedgym.simulator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output directory that appears all at once. Files are written into a hidden staging
 * directory beside the target; {@link #commit()} renames it to the target, {@link #close()}
 * without a commit deletes it.
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
     * Prepares a staged directory for {@code target}.
     *
     * @throws IOException when the target exists and is not an empty directory, or cannot be
     *                     created
     */
    public static StagedDirectory create(Path target) throws IOException {
        if (target.toString().isBlank()) {
            throw new IOException(EMPTY_TARGET);
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new IOException("output path " + target + " exists and is not a directory");
            }
            try (Stream<Path> s = Files.list(absolute)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("output directory " + target + " exists and is not empty;"
                            + " choose another --out or remove it");
                }
            }
        }
        Path parent = absolute.getParent();
        String prefix = stagingPrefix(absolute);
        try {
            Files.createDirectories(parent);
            removeAbandoned(parent, prefix);
            Path staging = Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "@" + HOST + "@");
            return new StagedDirectory(absolute, staging);
        } catch (IOException e) {
            throw new IOException("cannot create output directory " + target + ": " + reason(e), e);
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

    /** Moves the staged files into place. */
    public void commit() throws IOException {
        if (Files.isDirectory(target)) {
            try {
                Files.delete(target);
            } catch (DirectoryNotEmptyException e) {
                throw new IOException("output directory " + target + " was filled while the run went on", e);
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        committed = true;
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
