package org.feedgym.env.data;

import org.feedgym.env.VectorEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.UsersConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated users can start from the interests of logged users (demo data in MovieLens layout). */
class LoggedInterestsTest {

    private static WorldConfig config(Path dir, boolean fromLog) {
        CatalogConfig catalog = new CatalogConfig("movielens", null, null, null, 8, null, null, dir.toString(), null,
                null, null, null, null, null, null, null, null, null, null);
        return new WorldConfig(catalog, new UsersConfig(null, null, null, null, null, null, null, null, fromLog),
                null, null, null);
    }

    /** Mean over 200 fresh users of the best expected engagement any catalog item offers them. */
    private static double meanBestExpectedEngagement(World world) {
        VectorEnvironment p = world.vectorEnvironment(null);
        long[] seeds = new long[200];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = u;
        }
        p.reset(seeds);
        double sum = 0;
        for (int u = 0; u < seeds.length; u++) {
            double best = -1;
            for (int i = 0; i < world.catalog().size(); i++) {
                best = Math.max(best, p.privilegedView().expectedEngagement(u, i));
            }
            sum += best;
        }
        return sum / seeds.length;
    }

    @Test
    void loggedInterestsChangeTheUsersAndStayDeterministic(@TempDir Path dir) throws Exception {
        DemoData.write(dir, DemoData.Settings.defaults(), 13);
        World sampled = WorldFactory.create(config(dir, false), 1L, null);
        World logged = WorldFactory.create(config(dir, true), 1L, null);
        double a = meanBestExpectedEngagement(sampled);
        double b = meanBestExpectedEngagement(logged);
        assertTrue(a != b, "seeding from the log must change the users");
        assertEquals(b, meanBestExpectedEngagement(WorldFactory.create(config(dir, true), 1L, null)));
    }

    @Test
    void aCatalogWithoutALogIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> WorldFactory.create(new WorldConfig(null,
                new UsersConfig(null, null, null, null, null, null, null, null, true), null, null, null), 1L, null));
        assertTrue(e.getMessage().startsWith("users.interestsFromLog needs a catalog with an interaction log"),
                e.getMessage());
    }
}
