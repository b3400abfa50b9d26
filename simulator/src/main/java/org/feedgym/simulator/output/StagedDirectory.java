package org.feedgym.simulator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * An output directory that appears all at once. Files are written into a hidden staging
 * directory beside the target; {@link #commit()} renames it to the target, {@link #close()}
 * without a commit deletes it.
 */
public final class StagedDirectory implements AutoCloseable {

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
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new StagedDirectory(absolute, staging);
        } catch (IOException e) {
            throw new IOException("cannot create output directory " + target + ": " + reason(e), e);
        }
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
