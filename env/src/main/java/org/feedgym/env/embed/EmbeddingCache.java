package org.feedgym.env.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Embeddings on disk, keyed by the SHA-256 of (format version, method, parameters, the number of
 * texts and every text's UTF-8 bytes with its length). A second request for the same key reads
 * the file instead of embedding again, and says so on the progress sink.
 *
 * <p>File layout ({@code <method>-<first 16 hex of key>.emb}): the 8 ASCII bytes
 * {@code FGEMB001}, the 64-hex key as UTF-8 with its length, rows and dimensions as big-endian
 * ints, then rows × dimensions little-endian floats. A file whose stored key differs (a prefix
 * collision) or that is truncated is recomputed and overwritten. Writes go to a temporary file
 * that is then moved into place, so concurrent runs never read half a file.
 */
public final class EmbeddingCache {

    /** System property naming the cache folder. */
    public static final String PROPERTY = "feedgym.cache";
    /** Environment variable naming the cache folder. */
    public static final String VARIABLE = "FEEDGYM_CACHE";

    private static final byte[] MAGIC = "FGEMB001".getBytes(StandardCharsets.US_ASCII);

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
        EmbeddingMatrix hit = load(file, key);
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
        store(file, key, m);
        progress.accept(String.format("embedded %d texts with %s in %.1f s; cached at %s", texts.size(),
                embedder.method(), (System.nanoTime() - t0) / 1e9, file));
        return new Lookup(m, false, file, key);
    }

    private static EmbeddingMatrix load(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC) || !in.readUTF().equals(key)) {
                return null;
            }
            int rows = in.readInt();
            int d = in.readInt();
            if (rows < 0 || d < 1) {
                return null;
            }
            byte[] bytes = in.readNBytes(Math.multiplyExact(Math.multiplyExact(rows, d), 4));
            if (bytes.length != rows * d * 4 || in.read() != -1) {
                return null;
            }
            float[] data = new float[rows * d];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
            return EmbeddingMatrix.wrap(rows, d, data);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void store(Path file, String key, EmbeddingMatrix m) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
                out.write(MAGIC);
                out.writeUTF(key);
                out.writeInt(m.rows());
                out.writeInt(m.dimensions());
                float[] data = m.view();
                ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                buf.asFloatBuffer().put(data);
                out.write(buf.array());
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
