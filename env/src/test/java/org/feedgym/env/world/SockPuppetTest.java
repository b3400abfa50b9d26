package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.Part;
import org.feedgym.env.usermodel.UserModelConfig;
import org.junit.jupiter.api.Test;

/** The scripted audit account and the per-persona warm start (the audit's declared interest). */
class SockPuppetTest {

    private static final int USERS = 60;
    private static final int STEPS = 30;

    private static WorldConfig base(UsersConfig users) {
        return new WorldConfig(new CatalogConfig("synthetic", 400, 6, 2, 8, 0.3, null), users,
                new CandidatesConfig(8, null, null, 10, 50), null, new EpisodeConfig(STEPS, 0));
    }

    private static UserModelConfig script(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "sock-puppet");
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return UserModelConfig.defaults().with(Part.RESPONSE, m);
    }

    private static VectorEnvironment reset(World world) {
        VectorEnvironment env = world.vectorEnvironment(null);
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(3, "puppet", u);
        }
        env.reset(seeds);
        return env;
    }

    @Test
    void theScriptWatchesAndLikesTargetsToTheEndAndSkipsTheRest() {
        // The 6-topic, 2-harmful catalog's harmful topics are body-image and eating-disorder.
        World world = WorldFactory.create(base(null).withUserModel(script("targetTopics", List.of("body-image"),
                "skipSeconds", 3.0, "rewatch", 2.0)), 5, null);
        VectorEnvironment env = reset(world);
        int targets = 0;
        int others = 0;
        for (int t = 0; t < STEPS; t++) {
            int[] actions = new int[USERS];
            for (int u = 0; u < USERS; u++) {
                actions[u] = (t + u) % world.candidateCount();
            }
            StepOutcomes o = env.step(actions);
            for (int u = 0; u < USERS; u++) {
                int item = o.shownItem(u);
                if (item < 0) {
                    continue;
                }
                double duration = world.catalog().durationSeconds(item);
                boolean target = world.catalog().topics().get(world.catalog().topic(item)).name().equals("body-image");
                if (target) {
                    targets++;
                    assertEquals(2.0, o.watchFraction(u), 1e-12, "a target is re-watched once");
                    assertTrue(o.liked(u), "a target is liked");
                } else {
                    others++;
                    assertEquals(Math.min(1, 3.0 / duration), o.watchFraction(u), 1e-12, "others are skipped");
                    assertFalse(o.liked(u) || o.shared(u) || o.hated(u), "no signal on a skipped video");
                }
            }
        }
        assertTrue(targets > 20 && others > 200, targets + " targets, " + others + " others");
    }

    @Test
    void hiddenPersonaParametersDoNotMoveAScriptedAccount() {
        Map<String, PersonaDef> defs = Map.of("teen", new PersonaDef(1.0, 0.5, 5.0, 0.9, null, null, null));
        UsersConfig drawn = new UsersConfig(Map.of("teen", 1.0), null, null, null, null, null, null, null, null, defs);
        UsersConfig plain = new UsersConfig(Map.of("teen", 1.0), null);
        UserModelConfig s = script("targetTopics", List.of("body-image", "eating-disorder"));
        double[] a = watches(WorldFactory.create(base(plain).withUserModel(s), 5, null));
        double[] b = watches(WorldFactory.create(base(drawn).withUserModel(s), 5, null));
        assertTrue(java.util.Arrays.equals(a, b), "same script, same feed: identical responses");
    }

    @Test
    void onlyTheNamedPersonasGetTheWarmStart() {
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("teen", 0.5);
        mix.put("teen-vulnerable", 0.5);
        UsersConfig users = new UsersConfig(mix, null, null, null, "body-image", 3, null, null, null, null,
                List.of("teen-vulnerable"));
        assertTrue(users.warmStarts("teen-vulnerable"));
        assertFalse(users.warmStarts("teen"));
        World world = WorldFactory.create(base(users).withUserModel(script("targetTopics", List.of("body-image"))),
                5, null);
        VectorEnvironment env = reset(world);
        // The warm start enters the history, so the first candidates of warm-started users are
        // mostly body-image neighbours; the others start from popular and random items.
        int[] bodyImageCandidates = new int[2];
        int[] users2 = new int[2];
        StepOutcomes o = env.step(new int[USERS]);
        for (int u = 0; u < USERS; u++) {
            int p = env.infos().personaName(u).equals("teen-vulnerable") ? 1 : 0;
            users2[p]++;
            bodyImageCandidates[p] += world.catalog().topics().get(world.catalog().topic(o.shownItem(u))).name()
                    .equals("body-image") ? 1 : 0;
        }
        assertTrue(bodyImageCandidates[1] * users2[0] > 2 * bodyImageCandidates[0] * users2[1],
                "first item body-image: warm-started " + bodyImageCandidates[1] + "/" + users2[1] + ", others "
                        + bodyImageCandidates[0] + "/" + users2[0]);
        FieldException e = assertThrows(FieldException.class, () -> new UsersConfig(mix, null,
                null, null, "body-image", 3, null, null, null, null, List.of("adult")));
        assertEquals("warmStartPersonas", e.field());
        assertEquals("'adult' is not in personas [teen, teen-vulnerable]", e.getMessage());
    }

    @Test
    void anUnknownTargetTopicIsRejectedWithItsPath() {
        FieldException e = assertThrows(FieldException.class, () -> base(null).withUserModel(
                script("targetTopics", List.of("self-harm"))));
        assertEquals("userModel.response.targetTopics", e.field());
        assertTrue(e.getMessage().startsWith("unknown topic 'self-harm'"), e.getMessage());
    }

    private static double[] watches(World world) {
        VectorEnvironment env = reset(world);
        double[] w = new double[USERS * STEPS];
        for (int t = 0; t < STEPS; t++) {
            StepOutcomes o = env.step(new int[USERS]);
            for (int u = 0; u < USERS; u++) {
                w[t * USERS + u] = o.watchFraction(u);
            }
        }
        return w;
    }
}
