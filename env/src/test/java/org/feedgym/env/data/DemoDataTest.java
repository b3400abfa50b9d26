package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void theMovieLensReaderReadsBackEveryRatingWritten() throws IOException {
        DemoData.Truth truth = DemoData.write(dir, DemoData.Settings.defaults(), 3);
        MovieLensData ml = MovieLensData.read(dir, ReadOptions.STRICT);
        assertEquals(500, ml.size());
        InteractionLog log = ml.ratings();
        assertEquals(truth.rating().length, log.size());
        // The log is sorted by (user, time, item); the truth is in file order, which is already
        // by user and time. Compare as sorted rows.
        long[] expected = new long[log.size()];
        long[] actual = new long[log.size()];
        for (int r = 0; r < log.size(); r++) {
            expected[r] = key(truth.ratingUser()[r] + 1, truth.ratingItem()[r], truth.ratingTime()[r] * 1000,
                    truth.rating()[r]);
            actual[r] = key(log.userId(log.user(r)), log.item(r), log.timeMillis(r), log.signal(r));
        }
        Arrays.sort(expected);
        Arrays.sort(actual);
        assertArrayEquals(expected, actual);
        assertEquals(truth.categories().get(truth.itemCategory()[0]), ml.genres(0).get(0));
        assertTrue(Files.readString(dir.resolve("movies.csv")).contains("\r\n"));
    }

    private static long key(long user, int item, long millis, double rating) {
        return ((user * 1_000 + item) * 10_000_000_000L + millis / 1000) * 11 + (long) (rating * 2);
    }

    @Test
    void sessionsAreRecoverableFromTimeGaps() throws IOException {
        DemoData.Truth truth = DemoData.write(dir, DemoData.Settings.defaults(), 5);
        InteractionLog log = MovieLensData.read(dir, ReadOptions.STRICT).ratings();
        int sessions = 0;
        for (int u = 0; u < log.userCount(); u++) {
            for (int r = log.userStart(u); r < log.userEnd(u); r++) {
                if (r == log.userStart(u) || log.timeMillis(r) - log.timeMillis(r - 1) > 1_800_000) {
                    sessions++;
                }
            }
        }
        int expected = 0;
        for (int r = 0; r < truth.ratingSession().length; r++) {
            if (r == 0 || truth.ratingUser()[r] != truth.ratingUser()[r - 1]
                    || truth.ratingSession()[r] != truth.ratingSession()[r - 1]) {
                expected++;
            }
        }
        assertEquals(expected, sessions);
    }

    @Test
    void usersRateTheirPreferredCategoryHigher() throws IOException {
        DemoData.Truth t = DemoData.write(dir, DemoData.Settings.defaults(), 7);
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int r = 0; r < t.rating().length; r++) {
            int match = t.itemCategory()[t.ratingItem()[r]] == t.userPreference()[t.ratingUser()[r]] ? 1 : 0;
            sum[match] += t.rating()[r];
            n[match]++;
        }
        // Expected difference 1.5 stars, less clipping at 5; far above noise / sqrt(n).
        assertTrue(sum[1] / n[1] - sum[0] / n[0] > 1.0, "preferred " + sum[1] / n[1] + " other " + sum[0] / n[0]);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        DemoData.write(dir.resolve("a"), DemoData.Settings.defaults(), 11);
        DemoData.write(dir.resolve("b"), DemoData.Settings.defaults(), 11);
        for (String f : new String[] {"movies.csv", "ratings.csv", "tags.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void aMovielensWorldConfigPointingAtDemoDataBuildsAWorld() throws IOException {
        DemoData.write(dir, DemoData.Settings.defaults(), 13);
        CatalogConfig catalog = new CatalogConfig("movielens", null, null, null, 8, null, null, dir.toString(), null,
                null, null, null, true, null, null, null, null, null, null);
        World world = WorldFactory.create(new WorldConfig(catalog, null, null, null, null), 1L, null);
        assertEquals(500, world.catalog().size());
        assertEquals(8, world.catalog().dimensions());
        assertEquals(3, world.inputFiles().size());
        assertTrue(world.inputFiles().get(0).path().endsWith("movies.csv"));
        assertEquals(6, world.catalog().topicCount());
        // Items of one category sit closer to each other than to other categories.
        double same = 0;
        double other = 0;
        int ns = 0;
        int no = 0;
        for (int a = 0; a < 100; a++) {
            for (int b = a + 1; b < 100; b++) {
                if (world.catalog().topic(a) == world.catalog().topic(b)) {
                    same += world.catalog().cosine(a, b);
                    ns++;
                } else {
                    other += world.catalog().cosine(a, b);
                    no++;
                }
            }
        }
        assertTrue(same / ns > other / no + 0.3, "same " + same / ns + " other " + other / no);
    }
}
