package org.feedgym.env.world;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.feedgym.env.random.Seeds;

/**
 * An immutable item catalog held as parallel arrays (structure of arrays), so that the hot loops
 * of the simulation read contiguous memory.
 *
 * <p>Item {@code i} has a primary topic, a unit embedding of {@link #dimensions()} floats, a harm
 * score in [0, 1] (the platform's harm-classifier score) and a harmful flag, a quality in [0, 1],
 * a duration in seconds (&gt; 0) and engagement priors (counts of views, likes, shares, comments,
 * downloads). Arrays passed in are copied; accessors return single values or copies, except the
 * package-private views used by the world's own hot loops.
 *
 * <p>A data catalog whose items carry several source categories (KuaiRec's tag lists) also keeps
 * each item's list of category ids ({@link #hasCategoryLists()}, {@link #sharesCategory}); the
 * topic stays the first category (or a harm topic). Catalogs without lists are unchanged.
 */
public final class Catalog {

    private final List<Topic> topics;
    private final int dimensions;
    private final long[] itemIds;
    private final int[] topic;
    private final float[] embeddings;
    private final double[] harm;
    private final boolean[] harmful;
    private final double[] quality;
    private final double[] durationSeconds;
    private final double[] views;
    private final double[] likes;
    private final double[] shares;
    private final double[] comments;
    private final double[] downloads;
    private final double[] popularity;
    private final double[] likeRate;
    private final int[][] categories;
    private final int[] uploadDays;

    private Catalog(Builder b) {
        this.topics = List.copyOf(b.topics);
        this.dimensions = b.dimensions;
        int n = b.topic.length;
        this.itemIds = b.itemIds.clone();
        this.topic = b.topic.clone();
        this.embeddings = b.embeddings.clone();
        this.harm = b.harm.clone();
        this.harmful = b.harmful.clone();
        this.quality = b.quality.clone();
        this.durationSeconds = b.durationSeconds.clone();
        this.views = b.views.clone();
        this.likes = b.likes.clone();
        this.shares = b.shares.clone();
        this.comments = b.comments.clone();
        this.downloads = b.downloads.clone();
        this.categories = b.categories == null ? null : b.categories.clone();
        this.uploadDays = b.uploadDays == null ? null : b.uploadDays.clone();
        this.popularity = new double[n];
        this.likeRate = new double[n];
        double maxLogViews = 0;
        for (int i = 0; i < n; i++) {
            maxLogViews = Math.max(maxLogViews, Math.log1p(views[i]));
        }
        double maxRate = 0;
        for (int i = 0; i < n; i++) {
            popularity[i] = maxLogViews == 0 ? 0 : Math.log1p(views[i]) / maxLogViews;
            likeRate[i] = likes[i] / Math.max(1.0, views[i]);
            maxRate = Math.max(maxRate, likeRate[i]);
        }
        if (maxRate > 0) {
            for (int i = 0; i < n; i++) {
                likeRate[i] /= maxRate;
            }
        }
    }

    /** A builder for a catalog of {@code size} items with {@code dimensions}-dim embeddings. */
    public static Builder builder(List<Topic> topics, int size, int dimensions) {
        return new Builder(topics, size, dimensions);
    }

    /**
     * A 64-bit fingerprint of which items the catalog holds: its size, embedding dimension,
     * item ids, topic names, each item's topic and harmful flag (not the embeddings, whose last
     * bits may differ between machines). Two catalogs with the same fingerprint index the same
     * items; a saved agent records it to refuse a world whose item indices mean other items.
     */
    public long fingerprint() {
        long h = Seeds.mix(itemIds.length * 31L + dimensions);
        for (Topic t : topics) {
            h = Seeds.mix(h ^ t.name().hashCode());
        }
        for (int i = 0; i < itemIds.length; i++) {
            h = Seeds.mix(h ^ itemIds[i] ^ ((long) topic[i] << 1) ^ (harmful[i] ? 1L : 0L));
        }
        return h;
    }

    /** Number of items. */
    public int size() {
        return topic.length;
    }

    /** Embedding dimension. */
    public int dimensions() {
        return dimensions;
    }

    /** The topics, indexed by topic number. */
    public List<Topic> topics() {
        return topics;
    }

    /** Number of topics. */
    public int topicCount() {
        return topics.size();
    }

    /** The item's id in its source (the row index for synthetic catalogs). */
    public long itemId(int item) {
        return itemIds[item];
    }

    /**
     * The simulated day the item was uploaded, &ge; 0: 0 for every item of a catalog without
     * upload times (the synthetic catalog, the data catalogs), so those items count as equally old.
     */
    public int uploadDay(int item) {
        return uploadDays == null ? 0 : uploadDays[Objects.checkIndex(item, topic.length)];
    }

    /** Primary topic number of an item. */
    public int topic(int item) {
        return topic[item];
    }

    /** Whether every item carries its list of source category ids. */
    public boolean hasCategoryLists() {
        return categories != null;
    }

    /**
     * A copy of the item's source category ids (distinct, sorted ascending, at least one).
     *
     * @throws IllegalStateException when the catalog has no category lists
     */
    public int[] categories(int item) {
        return requireLists()[item].clone();
    }

    /**
     * Whether items {@code a} and {@code b} have at least one source category in common.
     *
     * @throws IllegalStateException when the catalog has no category lists
     */
    public boolean sharesCategory(int a, int b) {
        int[][] lists = requireLists();
        int[] x = lists[a];
        int[] y = lists[b];
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private int[][] requireLists() {
        if (categories == null) {
            throw new IllegalStateException("this catalog has no category lists");
        }
        return categories;
    }

    /** Harm score in [0, 1]. */
    public double harm(int item) {
        return harm[item];
    }

    /** True when the item belongs to a harmful topic. */
    public boolean harmful(int item) {
        return harmful[item];
    }

    /** Hidden quality in [0, 1]. */
    public double quality(int item) {
        return quality[item];
    }

    /** Duration in seconds, &gt; 0. */
    public double durationSeconds(int item) {
        return durationSeconds[item];
    }

    /** View-count prior. */
    public double views(int item) {
        return views[item];
    }

    /** Like-count prior. */
    public double likes(int item) {
        return likes[item];
    }

    /** Share-count prior. */
    public double shares(int item) {
        return shares[item];
    }

    /** Comment-count prior. */
    public double comments(int item) {
        return comments[item];
    }

    /** Download-count prior. */
    public double downloads(int item) {
        return downloads[item];
    }

    /** log(1 + views) scaled to [0, 1] over the catalog: the visible popularity feature. */
    public double popularity(int item) {
        return popularity[item];
    }

    /** likes / views scaled to [0, 1] over the catalog: a visible proxy of quality. */
    public double likeRate(int item) {
        return likeRate[item];
    }

    /** Component {@code k} of the item's unit embedding. */
    public float embedding(int item, int k) {
        return embeddings[item * dimensions + k];
    }

    /** A copy of the item's unit embedding. */
    public float[] embedding(int item) {
        return Arrays.copyOfRange(embeddings, item * dimensions, (item + 1) * dimensions);
    }

    /** Dot product of the item's embedding with {@code vector} (length {@link #dimensions()}). */
    public double dot(int item, float[] vector, int offset) {
        int base = item * dimensions;
        double s = 0;
        for (int k = 0; k < dimensions; k++) {
            s += embeddings[base + k] * vector[offset + k];
        }
        return s;
    }

    /**
     * The sum of the cosine distances {@code 1 − cosine} over every pair of the items
     * {@code items[from .. to)}, added pair by pair in order ({@code (from, from + 1)},
     * {@code (from, from + 2)}, ...), the same bits as that loop over {@link #cosine}: the cosines
     * of one item with four others are computed side by side, so that their sums do not wait on
     * one another.
     */
    public double pairDistanceSum(int[] items, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            int ba = items[i] * dimensions;
            int j = i + 1;
            for (; j + 4 <= to; j += 4) {
                int b0 = items[j] * dimensions;
                int b1 = items[j + 1] * dimensions;
                int b2 = items[j + 2] * dimensions;
                int b3 = items[j + 3] * dimensions;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int k = 0; k < dimensions; k++) {
                    float x = embeddings[ba + k];
                    s0 += x * embeddings[b0 + k];
                    s1 += x * embeddings[b1 + k];
                    s2 += x * embeddings[b2 + k];
                    s3 += x * embeddings[b3 + k];
                }
                sum += 1 - s0;
                sum += 1 - s1;
                sum += 1 - s2;
                sum += 1 - s3;
            }
            for (; j < to; j++) {
                sum += 1 - cosine(items[i], items[j]);
            }
        }
        return sum;
    }

    /** Cosine similarity of two items (embeddings are unit vectors). */
    public double cosine(int a, int b) {
        int ba = a * dimensions;
        int bb = b * dimensions;
        double s = 0;
        for (int k = 0; k < dimensions; k++) {
            s += embeddings[ba + k] * embeddings[bb + k];
        }
        return s;
    }

    /**
     * SHA-256 of the embedding matrix, in hex: every component's IEEE bits as four little-endian
     * bytes, item by item. Two catalogs with this hash have the same embeddings bit for bit, so a
     * run's manifest records it and a reproduction that differs can say when the embeddings did
     * (another text model, runtime or generator).
     */
    public String embeddingsSha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : embeddings) {
            if (!block.hasRemaining()) {
                digest.update(block.array(), 0, block.position());
                block.clear();
            }
            block.putInt(Float.floatToRawIntBits(v));
        }
        digest.update(block.array(), 0, block.position());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The flat embedding matrix, row-major; shared, never to be modified. */
    float[] embeddingsView() {
        return embeddings;
    }

    /** Builds a {@link Catalog}; every array has one entry per item. */
    public static final class Builder {
        private final List<Topic> topics;
        private final int dimensions;
        private final long[] itemIds;
        private final int[] topic;
        private final float[] embeddings;
        private final double[] harm;
        private final boolean[] harmful;
        private final double[] quality;
        private final double[] durationSeconds;
        private final double[] views;
        private final double[] likes;
        private final double[] shares;
        private final double[] comments;
        private final double[] downloads;
        private int[][] categories;
        private int[] uploadDays;

        private Builder(List<Topic> topics, int size, int dimensions) {
            Objects.requireNonNull(topics, "topics");
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("a catalog needs at least one topic");
            }
            if (size < 1) {
                throw new IllegalArgumentException("catalog size must be >= 1, got " + size);
            }
            if (dimensions < 1) {
                throw new IllegalArgumentException("dimensions must be >= 1, got " + dimensions);
            }
            this.topics = List.copyOf(topics);
            this.dimensions = dimensions;
            this.itemIds = new long[size];
            this.topic = new int[size];
            this.embeddings = new float[size * dimensions];
            this.harm = new double[size];
            this.harmful = new boolean[size];
            this.quality = new double[size];
            this.durationSeconds = new double[size];
            this.views = new double[size];
            this.likes = new double[size];
            this.shares = new double[size];
            this.comments = new double[size];
            this.downloads = new double[size];
            for (int i = 0; i < size; i++) {
                itemIds[i] = i;
            }
        }

        /** Sets item {@code i}'s source id. */
        public Builder itemId(int i, long id) {
            itemIds[i] = id;
            return this;
        }

        /**
         * Sets item {@code i}'s topic, embedding (normalised here to unit length; a zero vector
         * is rejected), harm score and quality.
         */
        public Builder item(int i, int topicIndex, float[] embedding, double harmScore, double itemQuality) {
            if (topicIndex < 0 || topicIndex >= topics.size()) {
                throw new IllegalArgumentException("item " + i + ": topic must be in [0, "
                        + (topics.size() - 1) + "], got " + topicIndex);
            }
            if (embedding.length != dimensions) {
                throw new IllegalArgumentException("item " + i + ": embedding length must be "
                        + dimensions + ", got " + embedding.length);
            }
            requireUnit("harm", i, harmScore);
            requireUnit("quality", i, itemQuality);
            double norm = 0;
            for (float v : embedding) {
                norm += (double) v * v;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                throw new IllegalArgumentException("item " + i + ": embedding must be finite and non-zero");
            }
            for (int k = 0; k < dimensions; k++) {
                embeddings[i * dimensions + k] = (float) (embedding[k] / norm);
            }
            topic[i] = topicIndex;
            harm[i] = harmScore;
            harmful[i] = topics.get(topicIndex).harmful();
            quality[i] = itemQuality;
            return this;
        }

        /**
         * Sets item {@code i}'s source category ids (at least one; duplicates are dropped). Once
         * one item has a list every item must get one before {@link #build()}.
         */
        public Builder categories(int i, int[] ids) {
            if (ids == null || ids.length == 0) {
                throw new IllegalArgumentException("item " + i + ": a category list needs at least one id");
            }
            if (categories == null) {
                categories = new int[topic.length][];
            }
            categories[i] = Arrays.stream(ids).distinct().sorted().toArray();
            return this;
        }

        /** Sets item {@code i}'s upload day (&ge; 0; default 0). */
        public Builder uploadDay(int i, int day) {
            if (day < 0) {
                throw new IllegalArgumentException("item " + i + ": upload day must be >= 0, got " + day);
            }
            if (uploadDays == null) {
                uploadDays = new int[topic.length];
            }
            uploadDays[i] = day;
            return this;
        }

        /** Overrides the harmful flag of item {@code i} (default: its topic is harmful). */
        public Builder harmful(int i, boolean flag) {
            harmful[i] = flag;
            return this;
        }

        /** Sets item {@code i}'s duration (seconds, &gt; 0) and engagement-count priors (&ge; 0). */
        public Builder engagement(int i, double seconds, double viewCount, double likeCount,
                                  double shareCount, double commentCount, double downloadCount) {
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new IllegalArgumentException("item " + i + ": duration must be > 0 seconds, got " + seconds);
            }
            requireCount("views", i, viewCount);
            requireCount("likes", i, likeCount);
            requireCount("shares", i, shareCount);
            requireCount("comments", i, commentCount);
            requireCount("downloads", i, downloadCount);
            durationSeconds[i] = seconds;
            views[i] = viewCount;
            likes[i] = likeCount;
            shares[i] = shareCount;
            comments[i] = commentCount;
            downloads[i] = downloadCount;
            return this;
        }

        /** The finished catalog; fails when an item was left without a duration. */
        public Catalog build() {
            for (int i = 0; i < topic.length; i++) {
                if (!(durationSeconds[i] > 0)) {
                    throw new IllegalStateException("item " + i + " has no duration: call engagement(...)");
                }
                if (embeddings[i * dimensions] == 0f && isZeroRow(i)) {
                    throw new IllegalStateException("item " + i + " has no embedding: call item(...)");
                }
                if (categories != null && categories[i] == null) {
                    throw new IllegalStateException("item " + i + " has no category list: call categories(...)");
                }
            }
            return new Catalog(this);
        }

        private boolean isZeroRow(int i) {
            for (int k = 0; k < dimensions; k++) {
                if (embeddings[i * dimensions + k] != 0f) {
                    return false;
                }
            }
            return true;
        }

        private static void requireUnit(String field, int i, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("item " + i + ": " + field + " must be in [0, 1], got " + v);
            }
        }

        private static void requireCount(String field, int i, double v) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("item " + i + ": " + field + " must be a finite count >= 0, got " + v);
            }
        }
    }
}
