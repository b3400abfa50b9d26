package org.feedgym.simulator.run;

import org.feedgym.simulator.output.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.feedgym.env.io.AtomicFiles;

/**
 * Finished training runs of one run directory, kept in a hidden folder beside it
 * ({@code .NAME.runs/}) so that a killed run resumes without redoing them, as a killed sweep
 * does. The folder is tied to the run's resolved config and FeedGym's commit by a fingerprint;
 * one left by another config or build is refused rather than mixed in. It is deleted once the run
 * directory is committed.
 *
 * <p>Each run is one file, written to a temporary name and renamed, so a kill leaves either a
 * whole file or none. Outputs do not depend on whether a run was resumed: a run's results are
 * computed from its own seeds alone and pooled in replicate order either way.
 */
public final class TrainingRunCheckpoints {

    /** Keeps nothing: every run is computed. */
    static final TrainingRunCheckpoints NONE = new TrainingRunCheckpoints(null, null);

    private static final String FINGERPRINT = "fingerprint.txt";

    private final Path directory;
    private final String fingerprint;

    private TrainingRunCheckpoints(Path directory, String fingerprint) {
        this.directory = directory;
        this.fingerprint = fingerprint;
    }

    /** The checkpoint folder of run directory {@code target}. */
    public static Path directoryFor(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".runs");
    }

    /**
     * The checkpoint folder of {@code target}; nothing is written until the first run is kept.
     *
     * @param fingerprint what the runs depend on (config hash and build)
     * @throws IOException when the folder holds the runs of another config or build
     */
    public static TrainingRunCheckpoints open(Path target, String fingerprint) throws IOException {
        Path dir = directoryFor(target);
        Path file = dir.resolve(FINGERPRINT);
        if (Files.isRegularFile(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!existing.equals(fingerprint)) {
                throw new IOException(dir + " holds the finished training runs of another config or build"
                        + " (fingerprint " + existing + ", this run " + fingerprint + "); remove it to start afresh");
            }
        }
        return new TrainingRunCheckpoints(dir, fingerprint);
    }

    /** The folder, or {@code null} when nothing is kept. */
    public Path directory() {
        return directory;
    }

    /** How many finished runs the folder holds. */
    public int count() {
        if (directory == null || !Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".run")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file is kept for run {@code replicate} of agent {@code agent} (readable or not). */
    boolean has(String agent, int replicate) {
        return directory != null && Files.isRegularFile(file(agent, replicate));
    }

    /** The finished run {@code replicate} of agent {@code agent}, if kept and readable. */
    Optional<TrainingRunResult> load(String agent, int replicate) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(agent, replicate);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            return Optional.of((TrainingRunResult) objects.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // An unreadable file is recomputed: the run's seeds give the same result.
            return Optional.empty();
        }
    }

    /** Keeps a finished run. */
    void save(String agent, int replicate, TrainingRunResult result) {
        if (directory == null) {
            return;
        }
        try {
            createFolder();
            AtomicFiles.write(file(agent, replicate), out -> {
                ObjectOutputStream objects = new ObjectOutputStream(out);
                objects.writeObject(result);
                objects.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep training run " + replicate + " of agent '" + agent + "' in "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the folder and everything in it. */
    public void delete() {
        if (directory == null) {
            return;
        }
        Directories.deleteOrWarn(directory, "kept training runs");
    }

    /** Creates the folder with its fingerprint, once; runs kept concurrently may all ask. */
    private synchronized void createFolder() throws IOException {
        Path file = directory.resolve(FINGERPRINT);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(directory);
            AtomicFiles.writeString(file, fingerprint + "\n");
        }
    }

    private Path file(String agent, int replicate) {
        // Agent names are free text in configs; the file name keeps only safe characters plus a hash.
        String safe = agent.replaceAll("[^A-Za-z0-9._-]", "_");
        return directory.resolve(safe + "-" + Integer.toHexString(agent.hashCode()) + "-replicate-" + replicate + ".run");
    }
}
