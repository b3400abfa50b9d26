package org.feedgym.simulator.run;

import org.feedgym.simulator.output.Directories;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a run's episodes go as they are produced: one segment per training run (agent ×
 * replicate), written record by record, so that no run holds its episodes as objects. A log on
 * disk ({@link #in}) writes each segment to a file of its own folder, and deletes the folder when
 * closed, whether the run succeeded or failed; a log in memory ({@link #inMemory}) keeps each
 * segment as a byte array, for tests, small runs and a training run computed for another machine.
 * Segments are written concurrently by parallel training runs; each is read back through the
 * {@link Episodes} it ends as.
 */
public final class EpisodeLog implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path directory;
    private final AtomicInteger next = new AtomicInteger();

    private EpisodeLog(Path directory) {
        this.directory = directory;
    }

    /** A log that keeps its segments in memory. */
    public static EpisodeLog inMemory() {
        return new EpisodeLog(null);
    }

    /**
     * A log whose segments are files of {@code directory}, created now (it must not exist) and
     * deleted with everything in it by {@link #close}.
     */
    public static EpisodeLog in(Path directory) throws IOException {
        Files.createDirectory(directory);
        return new EpisodeLog(directory);
    }

    /** The folder of the segments, or {@code null} for a log in memory. */
    public Path directory() {
        return directory;
    }

    /** A new segment, to write one training run's episodes into in order. */
    public Writer writer() {
        try {
            return new Writer(directory == null ? null : nextFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an episode file in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Episodes already encoded ({@code count} of them in {@code bytes}), as a segment of this log. */
    Episodes store(byte[] bytes, int count) {
        if (directory == null) {
            return Episodes.inMemory(bytes, count);
        }
        try {
            Path file = nextFile();
            Files.write(file, bytes);
            return Episodes.inFile(file, count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write episodes to " + directory + ": " + e.getMessage(), e);
        }
    }

    private Path nextFile() {
        return directory.resolve("episodes-" + next.getAndIncrement() + ".bin");
    }

    /** Deletes the folder and every segment in it; episodes in its files can no longer be read. */
    @Override
    public void close() {
        Directories.deleteOrWarn(directory, "episode log");
    }

    /** Writes one segment; {@link #finish} gives its episodes. */
    public final class Writer {
        private final Path file;
        private final ByteArrayOutputStream memory;
        private final DataOutputStream out;
        private final EpisodeCodec.Writer codec;
        private int count;

        private Writer(Path file) throws IOException {
            this.file = file;
            this.memory = file == null ? new ByteArrayOutputStream() : null;
            OutputStream raw = file == null ? memory : new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
            this.out = new DataOutputStream(raw);
            this.codec = new EpisodeCodec.Writer(out);
        }

        /** Appends one episode. */
        public void write(EpisodeRecord e) {
            try {
                codec.write(e);
                count++;
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write episodes to " + file + ": " + x.getMessage(), x);
            }
        }

        /** Closes the segment: its episodes, in the order written. */
        public Episodes finish() {
            try {
                out.close();
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write episodes to " + file + ": " + x.getMessage(), x);
            }
            if (count == 0) {
                return Episodes.NONE;
            }
            return file == null ? Episodes.inMemory(memory.toByteArray(), count) : Episodes.inFile(file, count);
        }
    }
}
