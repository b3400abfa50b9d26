package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.env.EndReason;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorAutoplayOff;
import org.feedgym.env.VectorBreakPrompt;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.contract.VectorEnvironmentContract;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The user-side interventions: break prompts and autoplay off wrap the environment. */
class UserSideInterventionsTest {

    static final World WORLD = TestWorlds.small(5L);
    private static final int USERS = 40;

    /** One user's steps: the watch seconds, the end reason and whether a next session began, of each. */
    record Trace(List<Double> watchSeconds, List<EndReason> ends, List<Boolean> sessionStarts) {

        int sessions() {
            return 1 + (int) sessionStarts.stream().filter(b -> b).count();
        }
    }

    /** Runs {@code env} with always the first candidate; one trace per user. */
    static List<Trace> run(VectorEnvironment env) {
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(99, "user", u);
        }
        env.reset(seeds);
        List<Trace> traces = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            traces.add(new Trace(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        int[] actions = new int[USERS];
        while (!env.allDone()) {
            StepOutcomes out = env.step(actions);
            for (int u = 0; u < USERS; u++) {
                if (out.shownItem(u) >= 0) {
                    traces.get(u).watchSeconds().add(out.watchSeconds(u));
                    traces.get(u).ends().add(out.endReason(u));
                    traces.get(u).sessionStarts().add(out.sessionStarted(u));
                }
            }
        }
        return traces;
    }

    @Nested
    class ABreakPrompt implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return new VectorBreakPrompt(WORLD.vectorEnvironment(null), 2, 0.5);
        }
    }

    @Nested
    class AutoplayOff implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return new VectorAutoplayOff(WORLD.vectorEnvironment(null), 0.05, 0.2);
        }
    }

    @Test
    void theSpecRecordsTheWrapperAndItsArguments() {
        VectorEnvironment env = new VectorAutoplayOff(new VectorBreakPrompt(WORLD.vectorEnvironment(null), 15, 0.3),
                0.02, 0.1);
        assertEquals("autoplay-off > break-prompt > time-limit > feed-vector", env.spec().stack());
        assertEquals(0.1, env.spec().arguments().get("boredStopProbability"));
    }

    @Test
    void promptsNobodyAcceptsChangeNothing() {
        assertEquals(run(WORLD.vectorEnvironment(null)), run(new VectorBreakPrompt(WORLD.vectorEnvironment(null), 1, 0.0)));
    }

    /** Breaks taken per persona (index) over {@link #USERS} users, prompts after one minute. */
    private static int[] breaksByPersona(World world, Double override) {
        VectorEnvironment env = new VectorBreakPrompt(world.vectorEnvironment(null), 1, override);
        List<Trace> traces = run(env);
        int[] breaks = new int[world.personas().size()];
        for (int u = 0; u < USERS; u++) {
            if (traces.get(u).ends().contains(EndReason.BREAK_TAKEN)) {
                breaks[env.infos().personaIndex(u)]++;
            }
        }
        return breaks;
    }

    /** {@link #WORLD} with adults who always take a prompted break and teens who never do. */
    private static World adultsBreakTeensDoNot() {
        java.util.Map<String, PersonaDef> defs = new java.util.LinkedHashMap<>();
        defs.put("adult", new PersonaDef(null, null, null, null, null, null, 1.0));
        defs.put("teen", new PersonaDef(null, null, null, null, null, null, 0.0));
        java.util.Map<String, Double> mix = new java.util.LinkedHashMap<>();
        mix.put("adult", 0.5);
        mix.put("teen", 0.5);
        return WORLD.withUsers(new UsersConfig(mix, null, null, null, null, null, null, null, null, defs));
    }

    @Test
    void withoutAnOverrideEachUserAcceptsWithItsPersonasProbabilityFromTheUserModel() {
        World world = adultsBreakTeensDoNot();
        int adult = world.personas().stream().map(Persona::name).toList().indexOf("adult");
        int teen = world.personas().stream().map(Persona::name).toList().indexOf("teen");
        int[] breaks = breaksByPersona(world, null);
        assertEquals(0, breaks[teen], "teens never accept");
        assertTrue(breaks[adult] > 5, breaks[adult] + " adults took a break");
        VectorEnvironment env = world.vectorEnvironment(null);
        env.reset(new long[] {1, 2, 3, 4, 5, 6, 7, 8});
        for (int u = 0; u < 8; u++) {
            assertEquals(env.infos().personaIndex(u) == adult ? 1.0 : 0.0, env.infos().breakAcceptProbability(u));
        }
    }

    @Test
    void theWrappersOverrideTakesPrecedenceOverTheUserModel() {
        World world = adultsBreakTeensDoNot();
        int teen = world.personas().stream().map(Persona::name).toList().indexOf("teen");
        assertTrue(breaksByPersona(world, 1.0)[teen] > 5, "teens accept an override of 1");
        assertEquals(0, java.util.Arrays.stream(breaksByPersona(world, 0.0)).sum(), "nobody accepts an override of 0");
    }

    @Test
    void theBuiltInVulnerableTeensTakeABreakLessReadilyThanAdults() {
        assertTrue(Persona.TEEN_VULNERABLE.breakAcceptance() < Persona.TEEN.breakAcceptance());
        assertTrue(Persona.TEEN.breakAcceptance() < Persona.ADULT.breakAcceptance());
    }

    @Test
    void autoplayOffWithoutStopsChangesNothing() {
        assertEquals(run(WORLD.vectorEnvironment(null)), run(new VectorAutoplayOff(WORLD.vectorEnvironment(null), 0, 0)));
    }

    @Test
    void anAcceptedPromptEndsTheEpisodeOnTheStepThatReachesTheMinutes() {
        double minutes = 3;
        List<Trace> traces = run(new VectorBreakPrompt(WORLD.vectorEnvironment(null), minutes, 1.0));
        int breaks = 0;
        for (Trace t : traces) {
            double watched = 0;
            for (int i = 0; i < t.ends().size(); i++) {
                watched += t.watchSeconds().get(i) / 60;
                boolean reached = watched >= minutes;
                if (t.ends().get(i) == EndReason.BREAK_TAKEN) {
                    assertTrue(reached, "a break before " + minutes + " minutes");
                    assertEquals(t.ends().size() - 1, i, "the break is the last step");
                    breaks++;
                } else if (t.ends().get(i) == EndReason.NONE) {
                    assertFalse(reached, "no prompt after " + watched + " minutes");
                }
            }
        }
        assertTrue(breaks > USERS / 2, breaks + " breaks");
    }

    @Test
    void certainStopsEndEveryEpisodeAfterItsFirstItem() {
        for (Trace t : run(new VectorAutoplayOff(WORLD.vectorEnvironment(null), 1, 0))) {
            assertEquals(1, t.ends().size());
            EndReason end = t.ends().get(0);
            assertTrue(end == EndReason.NO_NEXT_VIDEO || end.terminates() || end.truncates(), end.id());
        }
    }

    @Test
    void boredomRaisesTheChanceOfStopping() {
        // With only the bored share, a user stops after an item with probability 0.5 × the share not
        // watched: sessions end sooner than with the same base chance alone (0 here, i.e. never).
        List<Trace> bored = run(new VectorAutoplayOff(WORLD.vectorEnvironment(null), 0, 0.5));
        List<Trace> plain = run(WORLD.vectorEnvironment(null));
        int boredSteps = bored.stream().mapToInt(t -> t.ends().size()).sum();
        int plainSteps = plain.stream().mapToInt(t -> t.ends().size()).sum();
        assertTrue(boredSteps < plainSteps, boredSteps + " vs " + plainSteps);
        assertTrue(bored.stream().anyMatch(t -> t.ends().contains(EndReason.NO_NEXT_VIDEO)));
    }

    @Test
    void outOfRangeParametersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new VectorBreakPrompt(WORLD.vectorEnvironment(null), 10, 1.5));
        assertEquals("acceptProbability must be in [0, 1], got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new VectorAutoplayOff(WORLD.vectorEnvironment(null), 0.6, 0.5));
        assertEquals("boredStopProbability must be in [0, 1 - stopProbability], got 0.5", e.getMessage());
    }

    /** {@link #WORLD}'s world over seven days of sessions, with or without adapting creators. */
    private static World week(boolean creators) {
        WorldConfig base = TestWorlds.config(7, 2000);
        return WorldFactory.create(new WorldConfig(base.catalog(), base.users(), base.candidates(), base.reward(),
                base.episode(), base.userModel(), null, creators ? new CreatorsConfig(8, 2, 0.5, null, null) : null),
                5L, null);
    }

    @Test
    void inAMultiDayEpisodeAnAcceptedBreakEndsTheSessionAndTheReturnModelDecidesWhatFollows() {
        double minutes = 3;
        for (boolean creators : new boolean[] {false, true}) {
            List<Trace> traces = run(new VectorBreakPrompt(week(creators).vectorEnvironment(null), minutes, 1.0));
            int resumed = 0;
            for (Trace t : traces) {
                double watched = 0;
                for (int i = 0; i < t.ends().size(); i++) {
                    watched += t.watchSeconds().get(i) / 60;
                    assertTrue(t.ends().get(i) != EndReason.BREAK_TAKEN, "a break ends a session, not the episode");
                    assertTrue(watched < minutes + 3.01, "a session went on " + watched + " minutes past a prompt");
                    if (t.sessionStarts().get(i)) {
                        watched = 0;
                        resumed++;
                    }
                }
                EndReason last = t.ends().get(t.ends().size() - 1);
                assertTrue(last == EndReason.CHURNED || last == EndReason.DAY_HORIZON || last == EndReason.STEP_LIMIT,
                        "a week ends by churn, the day horizon or the step limit, not " + last.id());
            }
            assertTrue(resumed > USERS, resumed + " sessions after a break or another session end (creators: "
                    + creators + ")");
        }
    }

    @Test
    void inAMultiDayEpisodeBreaksShortenSessionsButUsersComeBack() {
        List<Trace> plain = run(week(false).vectorEnvironment(null));
        List<Trace> prompted = run(new VectorBreakPrompt(week(false).vectorEnvironment(null), 2, 1.0));
        int plainSessions = plain.stream().mapToInt(Trace::sessions).sum();
        int promptedSessions = prompted.stream().mapToInt(Trace::sessions).sum();
        double plainMinutesPerSession = plain.stream().flatMap(t -> t.watchSeconds().stream())
                .mapToDouble(Double::doubleValue).sum() / 60 / plainSessions;
        double promptedMinutesPerSession = prompted.stream().flatMap(t -> t.watchSeconds().stream())
                .mapToDouble(Double::doubleValue).sum() / 60 / promptedSessions;
        assertTrue(promptedMinutesPerSession < plainMinutesPerSession,
                promptedMinutesPerSession + " vs " + plainMinutesPerSession + " minutes per session");
        assertTrue(prompted.stream().filter(t -> t.sessions() > 1).count() > USERS / 4,
                "users came back after their breaks");
    }

    @Test
    void inAMultiDayEpisodeAutoplayOffStopsEndSessionsNotEpisodes() {
        List<Trace> traces = run(new VectorAutoplayOff(week(false).vectorEnvironment(null), 0.2, 0));
        assertTrue(traces.stream().noneMatch(t -> t.ends().contains(EndReason.NO_NEXT_VIDEO)));
        assertTrue(traces.stream().filter(t -> t.sessions() > 1).count() > USERS / 4);
    }

    @Test
    void multiDayBreaksAreTheSameOnOneAndTwoThreads() {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        try {
            World world = week(true);
            assertEquals(run(new VectorBreakPrompt(world.vectorEnvironment(null), 2, 0.7)),
                    run(new VectorBreakPrompt(world.vectorEnvironment(pool), 2, 0.7)));
        } finally {
            pool.shutdown();
        }
    }
}
