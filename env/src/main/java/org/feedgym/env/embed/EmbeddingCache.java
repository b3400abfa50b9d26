package org.feedgym.env.embed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.feedgym.env.io.AtomicFiles;

/**
 * Embeddings on disk, keyed by the SHA-256 of (format version, method, parameters, the number of
 * texts and every text's UTF-8 bytes with its length). A second request for the same key reads
 * the file instead of embedding again, and says so on the progress sink.
 *
 * <p>File layout ({@code <method>-<first 16 hex of key>.emb}): the 8 ASCII bytes
 * {@code FGEMB002}, the 64-hex key as UTF-8 with its length, rows and dimensions as big-endian
 * ints, rows × dimensions little-endian floats, then the CRC32C of all the preceding bytes as a
 * big-endian int. A file whose stored key differs (a prefix collision) is silently recomputed and
 * overwritten; one that is truncated, unreadable, fails its checksum or predates it
 * ({@code FGEMB001}) is recomputed and overwritten after a {@code "warning: embedding cache <file>
 * is corrupt (<why>); recomputing"} line on the progress sink. Writes go to a temporary file that
 * is then moved into place, so concurrent runs never read half a file; a cache folder that cannot
 * be written costs a warning line, not the run.
 */
public final class EmbeddingCache {

    /** System property naming the cache folder. */
    public static final String PROPERTY = "feedgym.cache";
    /** Environment variable naming the cache folder. */
    public static final String VARIABLE = "FEEDGYM_CACHE";

    private static final byte[] MAGIC = "FGEMB002".getBytes(StandardCharsets.US_ASCII);
    /** The magic of files written before the checksum: read as a miss, with a warning. */
    private static final byte[] OLD_MAGIC = "FGEMB001".getBytes(StandardCharsets.US_ASCII);

    private final Path dir;

    /** A cache in {@code dir} (created when first written). */
    public EmbeddingCache(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * The default cache: the folder named by {@value #PROPERTY} or {@value #VARIABLE}, else
     * {@code ~/.cache/feedgym/embeddings}.
     */
    public static EmbeddingCache defaultLocation() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            return new EmbeddingCache(Path.of(configured));
        }
        return new EmbeddingCache(Path.of(System.getProperty("user.home"), ".cache", "feedgym", "embeddings"));
    }

    /** The cache folder. */
    public Path directory() {
        return dir;
    }

    /**
     * The outcome of a lookup.
     *
     * @param matrix the embeddings
     * @param cached true when read from the cache, false when computed (and then stored)
     * @param file   the cache file
     * @param key    the 64-hex key
     */
    public record Lookup(EmbeddingMatrix matrix, boolean cached, Path file, String key) {
    }

    /** The 64-hex cache key of embedding {@code texts} with {@code embedder}. */
    public static String key(TextEmbedder embedder, List<String> texts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        update(sha, "feedgym-embeddings-v1");
        update(sha, embedder.method());
        update(sha, embedder.parameters());
        update(sha, Integer.toString(texts.size()));
        for (String t : texts) {
            update(sha, t);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
        sha.update(b);
    }

    /**
     * Returns the cached embeddings of {@code texts}, computing and storing them on a miss.
     *
     * @param progress receives "embedding cache hit/miss" lines and the embedder's progress
     */
    public Lookup embed(TextEmbedder embedder, List<String> texts, Consumer<String> progress) throws IOException {
        String key = key(embedder, texts);
        Path file = dir.resolve(embedder.method() + "-" + key.substring(0, 16) + ".emb");
        Loaded loaded = load(file, key);
        EmbeddingMatrix hit = loaded.matrix();
        if (Loaded.NO_CHECKSUM.equals(loaded.problem())) {
            progress.accept("warning: embedding cache " + file + " has no checksum (written by an older FeedGym);"
                    + " recomputing");
        } else if (loaded.problem() != null) {
            progress.accept("warning: embedding cache " + file + " is corrupt (" + loaded.problem() + "); recomputing");
        } else if (hit != null && (hit.rows() != texts.size() || hit.dimensions() != embedder.dimensions())) {
            progress.accept("warning: embedding cache " + file + " is corrupt (holds " + hit.rows() + " x "
                    + hit.dimensions() + ", expected " + texts.size() + " x " + embedder.dimensions()
                    + "); recomputing");
        }
        if (hit != null && hit.rows() == texts.size() && hit.dimensions() == embedder.dimensions()) {
            progress.accept("embedding cache hit: " + embedder.method() + " " + hit.rows() + " x " + hit.dimensions()
                    + " from " + file);
            return new Lookup(hit, true, file, key);
        }
        progress.accept("embedding cache miss: computing " + embedder.method() + " for " + texts.size() + " texts");
        long t0 = System.nanoTime();
        EmbeddingMatrix m = embedder.embed(texts, progress);
        if (m.rows() != texts.size()) {
            throw new IllegalStateException(embedder.method() + " returned " + m.rows() + " rows for " + texts.size()
                    + " texts");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try {
            store(file, key, m);
        } catch (IOException | RuntimeException e) {
            progress.accept("warning: cannot write the embedding cache " + dir + ": " + reason(e)
                    + "; continuing without it");
            progress.accept(String.format("embedded %d texts with %s in %.1f s; not cached", texts.size(),
                    embedder.method(), seconds));
            return new Lookup(m, false, file, key);
        }
        progress.accept(String.format("embedded %d texts with %s in %.1f s; cached at %s", texts.size(),
                embedder.method(), seconds, file));
        return new Lookup(m, false, file, key);
    }

    /** What a cache file held: embeddings, nothing usable (with the reason to warn about, if any). */
    private record Loaded(EmbeddingMatrix matrix, String problem) {
        static final Loaded ABSENT = new Loaded(null, null);
        static final String NO_CHECKSUM = "no checksum";
    }

    private static Loaded load(Path file, String key) {
        if (!Files.exists(file)) {
            return Loaded.ABSENT;
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "unreadable: " + reason(e));
        }
        if (all.length >= OLD_MAGIC.length
                && Arrays.equals(Arrays.copyOf(all, OLD_MAGIC.length), OLD_MAGIC)) {
            return new Loaded(null, Loaded.NO_CHECKSUM);
        }
        if (all.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            return new Loaded(null, all.length < MAGIC.length ? "truncated" : "not an embedding cache file");
        }
        String storedKey;
        int rows;
        int d;
        int headerLength;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, MAGIC.length,
                all.length - MAGIC.length))) {
            storedKey = in.readUTF();
            rows = in.readInt();
            d = in.readInt();
            headerLength = all.length - in.available();
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "truncated");
        }
        if (rows < 0 || d < 1) {
            return new Loaded(null, "bad shape " + rows + " x " + d);
        }
        long expected = headerLength + (long) rows * d * 4 + 4;
        if (all.length != expected) {
            return new Loaded(null, (all.length < expected ? "truncated: " : "too long: ") + all.length
                    + " bytes, expected " + expected);
        }
        int body = all.length - 4;
        CRC32C crc = new CRC32C();
        crc.update(all, 0, body);
        if ((int) crc.getValue() != ByteBuffer.wrap(all, body, 4).getInt()) {
            return new Loaded(null, "checksum mismatch");
        }
        if (!storedKey.equals(key)) {
            return Loaded.ABSENT; // a prefix collision: another key's file, silently replaced
        }
        float[] data = new float[rows * d];
        ByteBuffer.wrap(all, headerLength, body - headerLength).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
                .get(data);
        return new Loaded(EmbeddingMatrix.wrap(rows, d, data), null);
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void store(Path file, String key, EmbeddingMatrix m) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw));
            CRC32C crc = new CRC32C();
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.write(MAGIC);
            h.writeUTF(key);
            h.writeInt(m.rows());
            h.writeInt(m.dimensions());
            h.flush();
            byte[] head = header.toByteArray();
            crc.update(head);
            out.write(head);
            float[] data = m.view();
            ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asFloatBuffer().put(data);
            crc.update(buf.array());
            out.write(buf.array());
            out.writeInt((int) crc.getValue());
            out.flush();
        });
    }
}
