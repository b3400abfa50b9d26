package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.feedgym.env.OppositeFeedback;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.LogisticHate;
import org.feedgym.env.usermodel.LogisticHateParameters;
import org.feedgym.env.usermodel.Part;
import org.feedgym.env.usermodel.UserModelConfig;
import org.junit.jupiter.api.Test;

/** The "not interested" signal's harm term and memory, and Bubble Escape Potential twins. */
class NotInterestedAndTwinsTest {

    private static final int USERS = 40;

    private static long[] seeds() {
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(21, "twin-user", u);
        }
        return seeds;
    }

    /** A policy that never reads feedback: the action is a function of the step and the user. */
    private static void blindActions(int t, int[] actions, int k) {
        for (int u = 0; u < actions.length; u++) {
            actions[u] = (t * 5 + u) % k;
        }
    }

    @Test
    void theHarmTermRaisesMarksForAverseUsersAndLowersThemForUsersDrawnToHarm() {
        LogisticHate hate = new LogisticHate(new LogisticHateParameters(null, null, null, 2.0, null));
        // intercept −2.5; harm term 2·(0.2 − attraction)·harm: +0.4 for attraction 0, −1.6 for 1.
        assertEquals(sigmoid(-2.5 + 0.4), hate.probability(0, 0, 0, 1), 1e-12);
        assertEquals(sigmoid(-2.5 - 1.6), hate.probability(0, 0, 1, 1), 1e-12);
        assertEquals(sigmoid(-2.5), hate.probability(0, 0, 1, 0), 1e-12, "a harmless item is unaffected");
        LogisticHate off = new LogisticHate(new LogisticHateParameters(null, null, null, null, null));
        assertEquals(sigmoid(-2.5 - 2 * 0.5 - 0.3), off.probability(0.5, 0.3, 1, 1), 1e-12,
                "the default weight 0 leaves the original formula");
    }

    @Test
    void aHarmCentreOutsideTheUnitIntervalIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticHateParameters(null, null, null, null, 1.5));
        assertTrue(e.getMessage().startsWith("harmCentre"), e.getMessage());
    }

    @Test
    void everyMarkIsRememberedWithItsStepAndClockPerTopic() {
        World world = WorldFactory.create(TestWorlds.config(0, 40), 5, null).withUserModel(
                UserModelConfig.defaults().with(Part.NEGATIVE, Map.of("intercept", 0.0)));
        VectorEnvironment env = world.vectorEnvironment(null);
        env.reset(seeds());
        int topics = world.catalog().topicCount();
        for (int u = 0; u < USERS; u++) {
            for (int t = 0; t < topics; t++) {
                assertEquals(-1, env.infos().lastNotInterestedStep(u, t));
                assertTrue(Double.isNaN(env.infos().lastNotInterestedSeconds(u, t)));
            }
        }
        int[] actions = new int[USERS];
        int marks = 0;
        for (int t = 0; t < 40 && env.activeCount() > 0; t++) {
            blindActions(t, actions, world.candidateCount());
            int[] stepOf = new int[USERS];
            for (int u = 0; u < USERS; u++) {
                stepOf[u] = env.infos().steps(u);
            }
            StepOutcomes o = env.step(actions);
            for (int u = 0; u < USERS; u++) {
                int item = o.shownItem(u);
                if (item >= 0 && o.hated(u)) {
                    marks++;
                    int topic = world.catalog().topic(item);
                    assertEquals(stepOf[u], env.infos().lastNotInterestedStep(u, topic));
                    assertEquals(o.shownAtSeconds(u), env.infos().lastNotInterestedSeconds(u, topic));
                }
            }
        }
        assertTrue(marks > 50, "marks: " + marks);
    }

    @Test
    void aTwinIsTheSameUserUntilItsWindowThenSkipsAndMarksItsDominantTopicOnly() {
        World world = WorldFactory.create(TestWorlds.config(0, 60), 5, null);
        OppositeFeedback script = new OppositeFeedback(10, 15);
        VectorEnvironment original = world.vectorEnvironment(null);
        VectorEnvironment twin = world.twinEnvironment(null, script);
        original.reset(seeds());
        twin.reset(seeds());
        int[] actions = new int[USERS];
        double minWatch = world.model().response().minWatch();
        int scripted = 0;
        int[] avoided = new int[USERS];
        int[][] shown = new int[USERS][60];
        for (int t = 0; t < 60 && original.activeCount() + twin.activeCount() > 0; t++) {
            blindActions(t, actions, world.candidateCount());
            StepOutcomes a = original.step(actions);
            StepOutcomes b = twin.step(actions);
            for (int u = 0; u < USERS; u++) {
                if (a.shownItem(u) < 0 || b.shownItem(u) < 0) {
                    continue;
                }
                assertEquals(a.shownItem(u), b.shownItem(u), "a feedback-blind policy shows the same items");
                shown[u][t] = a.shownItem(u);
                if (t < 10) {
                    assertEquals(a.watchFraction(u), b.watchFraction(u), "identical before the window");
                    assertEquals(a.hated(u), b.hated(u));
                    continue;
                }
                int topic = world.catalog().topic(b.shownItem(u));
                if (t == 10) {
                    // The twin's dominant topic: the commonest in its remembered history (the 10
                    // items shown before; no warm start in this world), ties to the lower index.
                    int[] counts = new int[world.catalog().topicCount()];
                    for (int s = 0; s < 10; s++) {
                        counts[world.catalog().topic(shown[u][s])]++;
                    }
                    avoided[u] = 0;
                    for (int c = 1; c < counts.length; c++) {
                        avoided[u] = counts[c] > counts[avoided[u]] ? c : avoided[u];
                    }
                }
                if (t == 10) {
                    assertEquals(avoided[u], twin.infos().avoidedTopic(u), "the twin's avoided topic");
                    assertEquals(-1, original.infos().avoidedTopic(u), "an ordinary user avoids nothing");
                }
                if (t < 25 && topic == avoided[u]) {
                    scripted++;
                    assertEquals(minWatch, b.watchFraction(u));
                    assertTrue(b.hated(u));
                } else if (t == 10) {
                    assertEquals(a.watchFraction(u), b.watchFraction(u), "other topics: the ordinary response");
                }
            }
        }
        assertTrue(scripted > 20, "scripted responses: " + scripted);
        assertTrue(twin.spec().toString().contains("feed-vector-twin"), twin.spec().toString());
        assertFalse(original.spec().toString().contains("twin"));
    }

    @Test
    void theWindowStartsAtTheFirstItemPastBothTheStepAndTheClockAndLastsItsLength() {
        OppositeFeedback w = new OppositeFeedback(3, 60.0, 2);
        assertFalse(w.starts(2, 100), "before the step");
        assertFalse(w.starts(5, 59.9), "before the clock");
        assertTrue(w.starts(5, 60));
        assertFalse(w.covers(-1, 5), "not started");
        assertTrue(w.covers(5, 5));
        assertTrue(w.covers(5, 6));
        assertFalse(w.covers(5, 7), "two items only");
    }

    @Test
    void aTwinWithAClockStartRespondsAsItsOriginalUntilThatMinute() {
        World world = WorldFactory.create(TestWorlds.config(0, 60), 5, null);
        VectorEnvironment original = world.vectorEnvironment(null);
        VectorEnvironment twin = world.twinEnvironment(null, new OppositeFeedback(0, 300.0, 20));
        original.reset(seeds());
        twin.reset(seeds());
        int[] actions = new int[USERS];
        int before = 0;
        int differing = 0;
        for (int t = 0; t < 60 && original.activeCount() + twin.activeCount() > 0; t++) {
            blindActions(t, actions, world.candidateCount());
            StepOutcomes a = original.step(actions);
            StepOutcomes b = twin.step(actions);
            for (int u = 0; u < USERS; u++) {
                if (a.shownItem(u) < 0 || b.shownItem(u) < 0) {
                    continue;
                }
                if (b.shownAtSeconds(u) < 300) {
                    before++;
                    assertEquals(a.watchFraction(u), b.watchFraction(u), "identical before minute 5");
                } else if (a.watchFraction(u) != b.watchFraction(u)) {
                    differing++;
                }
            }
        }
        assertTrue(before > 100 && differing > 20, before + " items before minute 5, " + differing + " after differ");
    }

    @Test
    void theTwinEnvironmentPassesTheVectorEnvironmentChecks() {
        World world = TestWorlds.small(5L);
        org.feedgym.env.check.CheckReport report = org.feedgym.env.check.VectorEnvChecker.report(
                () -> world.twinEnvironment(null, new OppositeFeedback(3, 20)), 8, 2_000);
        assertTrue(report.passed(), String.join("\n", report.lines()));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
