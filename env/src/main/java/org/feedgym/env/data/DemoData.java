package org.feedgym.env.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.env.random.Seeds;

/**
 * A seeded demo dataset in MovieLens layout ({@code movies.csv}, {@code ratings.csv},
 * {@code tags.csv}; CRLF, RFC 4180 quoting, UTF-8), so that {@link MovieLensData} reads it back
 * and a {@code movielens} catalog config can point at it: useful where the real data is absent.
 * Users write one with {@code feedgym demo-data DIR}; tests use it as a fixture.
 *
 * <p>The world it writes: each item has one category and a title of 3–5 words, about 80% drawn
 * from its category's vocabulary and the rest from a shared one (some titles get a comma, some
 * an accented word, to exercise quoting and UTF-8). Each user prefers one category and lives
 * through 1 + Poisson(2) sessions, separated by gaps of at least {@link Settings#sessionGapSeconds};
 * a session holds 3–10 ratings, 30–300 s apart. An item is drawn from the preferred category
 * with probability 0.7, else uniformly; its rating is {@code 3 + 1.5·[preferred] + N(0, noise)}
 * rounded to a half star and clipped to [0.5, 5]. A rating gets a tag (a category word) with
 * probability 0.05.
 */
public final class DemoData {

    private static final String[][] VOCABULARY = {
        {"recipe", "kitchen", "pasta", "spice", "bake", "noodle", "chef", "soup", "grill", "dessert", "garlic", "bread"},
        {"guitar", "song", "concert", "melody", "drum", "lyrics", "album", "piano", "chorus", "rhythm", "band", "vinyl"},
        {"beach", "mountain", "island", "flight", "hostel", "passport", "hike", "city", "train", "desert", "map", "trip"},
        {"goal", "match", "league", "coach", "stadium", "sprint", "tennis", "keeper", "referee", "season", "team", "medal"},
        {"puppy", "kitten", "parrot", "leash", "aquarium", "hamster", "fetch", "whiskers", "paw", "rescue", "vet", "purr"},
        {"rocket", "planet", "atom", "telescope", "fossil", "galaxy", "lab", "molecule", "orbit", "volcano", "gene", "comet"},
        {"runway", "denim", "sneaker", "jacket", "stylist", "vintage", "fabric", "outfit", "couture", "boots", "silk", "hat"},
        {"console", "quest", "pixel", "boss", "speedrun", "arcade", "controller", "level", "raid", "loot", "avatar", "mod"},
    };
    private static final String[] NAMES = {"cooking", "music", "travel", "sports", "pets", "science", "fashion", "gaming"};
    private static final String[] SHARED = {"best", "new", "daily", "secret", "ultimate", "quick", "tiny", "great",
        "weekend", "story", "guide", "moments"};

    private DemoData() {
    }

    /**
     * What to generate.
     *
     * @param users             number of users, in [1, 1,000,000]
     * @param items             number of items, in [1, 1,000,000]
     * @param categories        number of categories, in [1, 64]
     * @param noise             standard deviation of rating noise, in [0, 5] (stars)
     * @param sessionGapSeconds minimum gap between two sessions, &gt; 300
     */
    public record Settings(int users, int items, int categories, double noise, long sessionGapSeconds) {

        public Settings {
            if (users < 1 || users > 1_000_000) {
                throw new IllegalArgumentException("users must be in [1, 1000000], got " + users);
            }
            if (items < 1 || items > 1_000_000) {
                throw new IllegalArgumentException("items must be in [1, 1000000], got " + items);
            }
            if (categories < 1 || categories > 64) {
                throw new IllegalArgumentException("categories must be in [1, 64], got " + categories);
            }
            if (!(noise >= 0 && noise <= 5)) {
                throw new IllegalArgumentException("noise must be in [0, 5], got " + noise);
            }
            if (sessionGapSeconds <= 300) {
                throw new IllegalArgumentException("sessionGapSeconds must be > 300, got " + sessionGapSeconds);
            }
        }

        /** 200 users, 500 items, 6 categories, noise 0.7, sessions at least 2 h apart. */
        public static Settings defaults() {
            return new Settings(200, 500, 6, 0.7, 7200);
        }
    }

    /**
     * What was written, for tests and examples.
     *
     * @param categories       category name of each category index
     * @param itemCategory     category index of each item (movieId = item index + 1)
     * @param userPreference   preferred category of each user (userId = user index + 1)
     * @param ratingUser       user index of each rating, in file order
     * @param ratingItem       item index of each rating
     * @param rating           the rating
     * @param ratingTime       Unix seconds
     * @param ratingSession    the user's session number (0-based) of each rating
     */
    public record Truth(List<String> categories, int[] itemCategory, int[] userPreference, int[] ratingUser,
                        int[] ratingItem, double[] rating, long[] ratingTime, int[] ratingSession) {
    }

    /** Writes {@code movies.csv}, {@code ratings.csv} and {@code tags.csv} into {@code dir}. */
    public static Truth write(Path dir, Settings s, long seed) throws IOException {
        Files.createDirectories(dir);
        RandomGenerator random = Seeds.generator(seed, "demo-data", 0);
        List<String> categories = new ArrayList<>();
        for (int c = 0; c < s.categories(); c++) {
            categories.add(c < NAMES.length ? NAMES[c] : NAMES[c % NAMES.length] + "-" + (c / NAMES.length + 1));
        }
        int[] itemCategory = new int[s.items()];
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (Writer w = Files.newBufferedWriter(dir.resolve(MovieLensData.MOVIES), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            out.printRecord("movieId", "title", "genres");
            for (int i = 0; i < s.items(); i++) {
                int c = random.nextInt(s.categories());
                itemCategory[i] = c;
                out.printRecord(i + 1, title(random, c), categories.get(c));
            }
        }
        int[] pref = new int[s.users()];
        List<int[]> rows = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        long t0 = 1_600_000_000L;
        for (int u = 0; u < s.users(); u++) {
            pref[u] = random.nextInt(s.categories());
            int sessions = 1 + poisson(random, 2);
            long t = t0 + random.nextLong(86_400);
            for (int session = 0; session < sessions; session++) {
                if (session > 0) {
                    t += s.sessionGapSeconds() + random.nextLong(3 * s.sessionGapSeconds());
                }
                int length = 3 + random.nextInt(8);
                for (int k = 0; k < length; k++) {
                    if (k > 0) {
                        t += 30 + random.nextInt(271);
                    }
                    int item = pick(random, itemCategory, pref[u]);
                    boolean match = itemCategory[item] == pref[u];
                    double r = 3 + (match ? 1.5 : 0) + s.noise() * random.nextGaussian();
                    r = Math.min(5, Math.max(0.5, Math.round(r * 2) / 2.0));
                    rows.add(new int[] {u, item, session});
                    ratings.add(r);
                    times.add(t);
                    if (random.nextDouble() < 0.05) {
                        tags.add(new int[] {u, item, rows.size() - 1});
                    }
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(MovieLensData.RATINGS), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            out.printRecord("userId", "movieId", "rating", "timestamp");
            for (int r = 0; r < rows.size(); r++) {
                out.printRecord(rows.get(r)[0] + 1, rows.get(r)[1] + 1, ratings.get(r), times.get(r));
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(MovieLensData.TAGS), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            out.printRecord("userId", "movieId", "tag", "timestamp");
            for (int[] tag : tags) {
                String[] vocab = vocabulary(itemCategory[tag[1]]);
                out.printRecord(tag[0] + 1, tag[1] + 1, vocab[random.nextInt(vocab.length)], times.get(tag[2]));
            }
        }
        int n = rows.size();
        int[] ru = new int[n];
        int[] ri = new int[n];
        int[] rs = new int[n];
        double[] rv = new double[n];
        long[] rt = new long[n];
        for (int r = 0; r < n; r++) {
            ru[r] = rows.get(r)[0];
            ri[r] = rows.get(r)[1];
            rs[r] = rows.get(r)[2];
            rv[r] = ratings.get(r);
            rt[r] = times.get(r);
        }
        return new Truth(List.copyOf(categories), itemCategory, pref, ru, ri, rv, rt, rs);
    }

    private static String[] vocabulary(int c) {
        String[] base = VOCABULARY[c % VOCABULARY.length];
        if (c < VOCABULARY.length) {
            return base;
        }
        String[] v = new String[base.length];
        for (int k = 0; k < base.length; k++) {
            v[k] = base[k] + (c / VOCABULARY.length + 1);
        }
        return v;
    }

    private static String title(RandomGenerator random, int c) {
        String[] vocab = vocabulary(c);
        int words = 3 + random.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words; k++) {
            if (k > 0) {
                b.append(' ');
            }
            b.append(random.nextDouble() < 0.8 ? vocab[random.nextInt(vocab.length)] : SHARED[random.nextInt(SHARED.length)]);
        }
        double extra = random.nextDouble();
        if (extra < 0.1) {
            b.append(", the sequel");
        } else if (extra < 0.15) {
            b.append(" café");
        }
        return b.toString();
    }

    private static int pick(RandomGenerator random, int[] itemCategory, int preferred) {
        if (random.nextDouble() < 0.7) {
            // Rejection sampling over items: categories are near-uniform, so a few tries suffice.
            for (int tries = 0; tries < 64; tries++) {
                int i = random.nextInt(itemCategory.length);
                if (itemCategory[i] == preferred) {
                    return i;
                }
            }
        }
        return random.nextInt(itemCategory.length);
    }

    private static int poisson(RandomGenerator random, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = random.nextDouble();
        while (p > l) {
            k++;
            p *= random.nextDouble();
        }
        return k;
    }
}
