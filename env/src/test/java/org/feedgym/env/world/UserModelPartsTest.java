package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** The user model's parameters move the documented metrics the documented way. */
class UserModelPartsTest {

    private static final int USERS = 300;
    private static final int STEPS = 40;

    /** What a fixed, model-blind policy saw over {@code USERS} users of {@code world}. */
    record Run(double meanWatch, double meanDrift, double shareAboveOne, int hates, int steps, double[] watches) {
    }

    private static Run run(World world) {
        VectorEnvironment env = world.vectorEnvironment(null);
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(11, "parts-user", u);
        }
        env.reset(seeds);
        int[] actions = new int[USERS];
        double watch = 0;
        int above = 0;
        int hates = 0;
        int steps = 0;
        double[] watches = new double[USERS * STEPS];
        for (int t = 0; t < STEPS && env.activeCount() > 0; t++) {
            for (int u = 0; u < USERS; u++) {
                actions[u] = (t * 3 + u) % world.candidateCount();
            }
            StepOutcomes o = env.step(actions);
            for (int u = 0; u < USERS; u++) {
                if (o.shownItem(u) >= 0) {
                    watches[steps] = o.watchFraction(u);
                    watch += o.watchFraction(u);
                    above += o.watchFraction(u) > 1 ? 1 : 0;
                    hates += o.hated(u) ? 1 : 0;
                    steps++;
                }
            }
        }
        double drift = 0;
        for (int u = 0; u < USERS; u++) {
            drift += env.infos().interestDrift(u);
        }
        return new Run(watch / steps, drift / USERS, (double) above / steps, hates, steps,
                java.util.Arrays.copyOf(watches, steps));
    }

    private static WorldConfig base() {
        return new WorldConfig(new CatalogConfig("synthetic", 400, 6, 2, 8, 0.15, null), null,
                new CandidatesConfig(8, null, null, 10, 50), null, new EpisodeConfig(STEPS, 0));
    }

    private static Map<String, Object> entry(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static World world(UserModelConfig model) {
        return WorldFactory.create(base().withUserModel(model), 5, null);
    }

    @Test
    void aHigherAffinityWeightRaisesTheMeanWatchFraction() {
        World world = world(UserModelConfig.defaults());
        Run before = run(world);
        Run after = run(world.withUserModel(UserModelConfig.defaults().with(Part.RESPONSE, entry("affinity", 6.0))));
        assertTrue(after.meanWatch() > before.meanWatch() + 0.03,
                "affinity 3 → 6: mean watch " + before.meanWatch() + " → " + after.meanWatch());
        Run intercept = run(world.withUserModel(UserModelConfig.defaults().with(Part.RESPONSE,
                entry("intercept", 0.7))));
        assertTrue(intercept.meanWatch() > before.meanWatch() + 0.05,
                "intercept −0.3 → 0.7: mean watch " + before.meanWatch() + " → " + intercept.meanWatch());
    }

    @Test
    void aFasterBenignDriftMovesInterestsFurther() {
        World world = world(UserModelConfig.defaults());
        Run before = run(world);
        Map<String, PersonaDef> defs = new LinkedHashMap<>();
        for (Persona p : Persona.BUILT_IN) {
            defs.put(p.name(), new PersonaDef(null, Math.min(1, p.driftRate() * 3), null, null, null, null, null));
        }
        UsersConfig users = new UsersConfig(null, null, null, null, null, null, null, null, null, defs);
        Run after = run(world.withUsers(users));
        assertTrue(after.meanDrift() > 1.5 * before.meanDrift(),
                "driftRate ×3: mean interest drift " + before.meanDrift() + " → " + after.meanDrift());
    }

    @Test
    void aLargerSatiationGainLowersTheMeanWatchFraction() {
        World world = world(UserModelConfig.defaults());
        Run before = run(world);
        Run after = run(world.withUserModel(UserModelConfig.defaults().with(Part.TRANSITION,
                entry("satiationGain", 3.0))));
        assertTrue(after.meanWatch() < before.meanWatch() - 0.01,
                "satiationGain 0.35 → 3: mean watch " + before.meanWatch() + " → " + after.meanWatch());
    }

    /** Mean sessions per user over a 3-day episode of at most 600 steps under a model-blind policy. */
    private static double meanSessions(World world) {
        VectorEnvironment env = world.vectorEnvironment(null);
        long[] seeds = new long[100];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(12, "returning-user", u);
        }
        env.reset(seeds);
        int[] actions = new int[seeds.length];
        for (int t = 0; t < 600 && env.activeCount() > 0; t++) {
            for (int u = 0; u < seeds.length; u++) {
                actions[u] = (t + u) % world.candidateCount();
            }
            env.step(actions);
        }
        double sessions = 0;
        for (int u = 0; u < seeds.length; u++) {
            sessions += env.infos().sessions(u);
        }
        return sessions / seeds.length;
    }

    @Test
    void aHigherReturnInterceptBringsUsersBackMoreOften() {
        WorldConfig days = new WorldConfig(base().catalog(), null, base().candidates(), null,
                new EpisodeConfig(600, 3));
        World world = WorldFactory.create(days, 5, null);
        double before = meanSessions(world);
        double after = meanSessions(world.withUserModel(UserModelConfig.defaults().with(Part.RETURNS,
                entry("intercept", 4.0))));
        assertTrue(after > before + 0.3, "returns.intercept 1.5 → 4: sessions per user " + before + " → " + after);
    }

    @Test
    void theDefaultWorldHatesAFewPercentAndNeverWatchesAboveOne() {
        Run r = run(world(UserModelConfig.defaults()));
        double rate = (double) r.hates() / r.steps();
        assertTrue(rate > 0.005 && rate < 0.08, "hate rate " + rate);
        assertEquals(0.0, r.shareAboveOne());
    }

    @Test
    void theHateDrawLeavesEveryOtherDrawUnchanged() {
        World world = world(UserModelConfig.defaults());
        Run before = run(world);
        Run moreHate = run(world.withUserModel(UserModelConfig.defaults().with(Part.NEGATIVE,
                entry("intercept", 2.0))));
        assertTrue(moreHate.hates() > 5 * before.hates(), before.hates() + " → " + moreHate.hates());
        assertEquals(before.steps(), moreHate.steps());
        assertTrue(java.util.Arrays.equals(before.watches(), moreHate.watches()),
                "same watch ratios whatever the hate rate");
    }

    @Test
    void lognormalWatchWithCapFiveReplays() {
        Run r = run(world(UserModelConfig.defaults().with(Part.RESPONSE,
                entry("type", "lognormal-watch", "watchCap", 5.0))));
        double[] w = r.watches().clone();
        java.util.Arrays.sort(w);
        double median = w[w.length / 2];
        double p90 = w[(int) (0.9 * w.length)];
        assertTrue(r.shareAboveOne() > 0.02, "share above 1: " + r.shareAboveOne());
        assertTrue(w[w.length - 1] <= 5.0, "capped at 5");
        assertTrue(median < r.meanWatch(), "right-skewed: median " + median + " < mean " + r.meanWatch());
        assertTrue(p90 > 1.5 * median, "heavy tail: p90 " + p90 + " vs median " + median);
    }

    @Test
    void personaDefsAddAndOverride() {
        Map<String, PersonaDef> defs = new LinkedHashMap<>();
        defs.put("night-owl-teen", new PersonaDef(0.7, 0.1, 2.0, null, 60.0, null, 0.05));
        defs.put("adult", new PersonaDef(null, 0.2, null, null, null, null, null));
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("adult", 0.5);
        mix.put("night-owl-teen", 0.5);
        UsersConfig users = new UsersConfig(mix, null, null, null, null, null, null, null, null, defs);
        Persona owl = users.persona("night-owl-teen");
        assertEquals(new Persona("night-owl-teen", 0.7, 0.1, 2.0, Persona.ADULT.harmInterestWeight(), 60,
                Persona.ADULT.boredomTolerance(), 0.05), owl);
        assertEquals(0.2, users.persona("adult").driftRate());
        assertEquals(Persona.ADULT.sessionMinutes(), users.persona("adult").sessionMinutes());
        World world = world(UserModelConfig.defaults()).withUsers(users);
        assertEquals(List.of("adult", "night-owl-teen"), world.personas().stream().map(Persona::name).toList());
        assertEquals(0.2, world.personas().get(0).driftRate());

        Map<String, Double> unknown = Map.of("night-owl", 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UsersConfig(unknown, null, null, null, null, null, null, null, null, defs));
        assertEquals("unknown persona 'night-owl'; known: [adult, teen, teen-vulnerable, night-owl-teen]",
                e.getMessage());
        Map<String, PersonaDef> bad = Map.of("owl", new PersonaDef(1.5, null, null, null, null, null, null));
        FieldException f = assertThrows(FieldException.class,
                () -> new UsersConfig(null, null, null, null, null, null, null, null, null, bad));
        assertEquals("defs.owl.harmAttraction", f.field());
    }

    @Test
    void withUserModelKeepsTheCatalogAndChangesTheRules() {
        World world = world(UserModelConfig.defaults());
        World other = world.withUserModel(UserModelConfig.defaults().with(Part.RESPONSE, entry("intercept", 1.0)));
        assertTrue(other.catalog() == world.catalog() && other.neighbours() == world.neighbours());
        assertNotEquals(world.config().userModel(), other.config().userModel());
    }
}
