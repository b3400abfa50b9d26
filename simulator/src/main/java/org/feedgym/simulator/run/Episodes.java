package org.feedgym.simulator.run;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Episodes in a fixed order (for an agent: by replicate, then user), kept in their binary form
 * ({@link EpisodeCodec}) rather than as objects: in files of an {@link EpisodeLog} while a run is
 * written, or in byte arrays (a small run in tests, a training run read back from a checkpoint or
 * sent by another machine). They are read sequentially, one {@link EpisodeRecord} at a time, so
 * nothing proportional to the number of episodes is held in memory by reading them.
 *
 * <p>Serialising episodes writes their bytes (read from their files if need be); they are read
 * back into memory. Episodes in files can be read only while their log is open.
 */
public final class Episodes implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** No episodes. */
    public static final Episodes NONE = new Episodes(List.of());

    private static final int BUFFER = 1 << 16;

    private transient List<Segment> segments;
    private transient int size;

    private Episodes(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.size = Math.toIntExact(this.segments.stream().mapToLong(Segment::count).sum());
    }

    /** Episodes kept in memory in their binary form (tests, small runs). */
    public static Episodes of(List<EpisodeRecord> records) {
        EpisodeLog.Writer writer = EpisodeLog.inMemory().writer();
        records.forEach(writer::write);
        return writer.finish();
    }

    /** One segment of {@code count} episodes encoded in {@code bytes}. */
    static Episodes inMemory(byte[] bytes, int count) {
        return new Episodes(List.of(new Segment(null, bytes, count)));
    }

    /** One segment written to {@code file} by an {@link EpisodeLog}. */
    static Episodes inFile(Path file, int count) {
        return new Episodes(List.of(new Segment(file, null, count)));
    }

    /** These episodes followed by {@code next}'s. */
    public Episodes then(Episodes next) {
        List<Segment> all = new ArrayList<>(segments);
        all.addAll(next.segments);
        return new Episodes(all);
    }

    /** How many episodes. */
    public int size() {
        return size;
    }

    /**
     * Hands every episode to {@code action}, in order, decoding one at a time.
     *
     * @throws UncheckedIOException when a segment cannot be read (its log closed, say)
     */
    public void forEach(Consumer<? super EpisodeRecord> action) {
        for (Segment s : segments) {
            try (InputStream raw = s.open(); DataInputStream in = new DataInputStream(raw)) {
                EpisodeCodec.Reader reader = new EpisodeCodec.Reader(in);
                for (int i = 0; i < s.count; i++) {
                    action.accept(reader.read());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read episodes" + (s.file == null ? "" : " from " + s.file)
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every episode as an object, in order: for tests and small runs only. */
    public List<EpisodeRecord> toList() {
        List<EpisodeRecord> all = new ArrayList<>(size);
        forEach(all::add);
        return all;
    }

    /** These episodes with every in-memory segment moved into a file of {@code log}. */
    Episodes keptIn(EpisodeLog log) {
        List<Segment> moved = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            moved.add(s.file != null ? s : log.store(s.bytes, s.count).segments.get(0));
        }
        return new Episodes(moved);
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(segments.size());
        byte[] buffer = new byte[BUFFER];
        for (Segment s : segments) {
            out.writeInt(s.count);
            out.writeLong(s.length());
            try (InputStream in = s.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt episodes: " + n + " segments");
        }
        List<Segment> read = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int count = in.readInt();
            long length = in.readLong();
            if (count < 0 || length < 0 || length > Integer.MAX_VALUE - 8) {
                throw new IOException("corrupt episodes: segment of " + count + " episodes, " + length + " bytes");
            }
            byte[] bytes = new byte[(int) length];
            in.readFully(bytes);
            read.add(new Segment(null, bytes, count));
        }
        segments = List.copyOf(read);
        size = Math.toIntExact(segments.stream().mapToLong(Segment::count).sum());
    }

    /** {@code count} episodes, in {@code file} or in {@code bytes}. */
    private record Segment(Path file, byte[] bytes, int count) {

        InputStream open() throws IOException {
            return file == null ? new ByteArrayInputStream(bytes)
                    : new BufferedInputStream(Files.newInputStream(file), BUFFER);
        }

        long length() throws IOException {
            return file == null ? bytes.length : Files.size(file);
        }
    }
}
