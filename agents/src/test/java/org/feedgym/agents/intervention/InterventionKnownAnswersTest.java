package org.feedgym.agents.intervention;

import static org.feedgym.agents.intervention.Wrapped.agent;
import static org.feedgym.agents.intervention.Wrapped.wrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Known answers of the ranking-side interventions on the contract world. */
class InterventionKnownAnswersTest {

    private static final Catalog CATALOG = ContractWorld.WORLD.catalog();
    private static final int USERS = 24;
    private static final long SEED = 77;

    /** One step of one user: the candidates offered, the item shown and whether it was marked "not interested". */
    record Shown(int[] candidates, int item, boolean hated) {
    }

    /** Every step's actions and, per user, what was offered and shown. */
    record Run(List<int[]> actions, List<List<Shown>> perUser) {
    }

    private static Agent prepared(String json) throws Exception {
        Agent agent = Wrapped.create(json, AgentContext.of(ContractWorld.WORLD, SEED));
        if (agent instanceof TrainableAgent trainable) {
            trainable.train(new Training(ContractWorld.WORLD, SEED, TrainingLog.discard()));
        }
        return agent;
    }

    private static Run run(Agent agent, long userRoot) {
        VectorEnvironment population = ContractWorld.WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(userRoot, USERS));
        if (agent instanceof PrivilegedAgent privileged) {
            privileged.grant(population.privilegedView());
        }
        List<int[]> actions = new ArrayList<>();
        List<List<Shown>> perUser = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            perUser.add(new ArrayList<>());
        }
        int k = ContractWorld.WORLD.candidateCount();
        int[] a = new int[USERS];
        while (!population.allDone()) {
            ObservationBatch obs = population.observations();
            java.util.Arrays.fill(a, -1);
            agent.act(obs, a);
            int[][] offered = new int[USERS][];
            for (int u = 0; u < USERS; u++) {
                if (obs.active(u)) {
                    offered[u] = new int[k];
                    for (int c = 0; c < k; c++) {
                        offered[u][c] = obs.candidate(u, c);
                    }
                }
            }
            actions.add(a.clone());
            StepOutcomes outcomes = population.step(a);
            for (int u = 0; u < USERS; u++) {
                if (offered[u] != null) {
                    perUser.get(u).add(new Shown(offered[u], outcomes.shownItem(u), outcomes.hated(u)));
                }
            }
            agent.observe(outcomes);
        }
        return new Run(actions, perUser);
    }

    /** Asserts that {@code wrapped} takes exactly {@code inner}'s actions at every step. */
    private static void assertSameActions(String inner, String wrapped) throws Exception {
        Run a = run(prepared(inner), 11);
        Run b = run(prepared(wrapped), 11);
        assertEquals(a.actions().size(), b.actions().size(), "steps");
        for (int t = 0; t < a.actions().size(); t++) {
            assertArrayEquals(a.actions().get(t), b.actions().get(t), wrapped + ": actions at step " + t);
        }
    }

    /** True if the two agents differ somewhere (so that a "changes nothing" answer is not vacuous). */
    private static boolean differ(String a, String b) throws Exception {
        Run x = run(prepared(a), 11);
        Run y = run(prepared(b), 11);
        for (int t = 0; t < Math.min(x.actions().size(), y.actions().size()); t++) {
            if (!java.util.Arrays.equals(x.actions().get(t), y.actions().get(t))) {
                return true;
            }
        }
        return x.actions().size() != y.actions().size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "content", "random", "topic-ucb1"})
    void diversifyWithWeightZeroTakesTheInnerAgentsActions(String type) throws Exception {
        assertSameActions(agent(type, ""), wrap("diversify", "\"diversityWeight\": 0", agent(type, "")));
    }

    @Test
    void diversifyWithAPositiveWeightChangesTheGreedyRanking() throws Exception {
        assertTrue(differ(agent("greedy-engagement", ""),
                wrap("diversify", "\"diversityWeight\": 1", agent("greedy-engagement", ""))));
    }

    @Test
    void theRlAgentsScoreCandidatesByTheirNetworkSoThatDiversifyReRanksThem() throws Exception {
        Agent dqn = prepared(agent("dqn", Wrapped.DQN));
        VectorEnvironment population = ContractWorld.WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(23, USERS));
        int k = ContractWorld.WORLD.candidateCount();
        int[] actions = new int[USERS];
        double[] scores = new double[USERS * k];
        dqn.actWithScores(population.observations(), actions, scores);
        int distinct = 0;
        for (int u = 0; u < USERS; u++) {
            for (int c = 0; c < k; c++) {
                assertTrue(scores[u * k + c] <= scores[u * k + actions[u]], "the chosen candidate scores highest");
                distinct += scores[u * k + c] != 0 && scores[u * k + c] != 1 ? 1 : 0;
            }
        }
        assertTrue(distinct > 0, "Q-values, not the 1/0 default");
        assertTrue(differ(agent("dqn", Wrapped.DQN), wrap("diversify", "\"diversityWeight\": 0.3",
                agent("dqn", Wrapped.DQN))), "weight 0.3 re-ranks a DQN's candidates");
    }

    @Test
    void topicCapOfOneNeverRepeatsATopicWithinTheWindowWhenAnotherIsAvailable() throws Exception {
        int window = 4;
        Run run = run(prepared(wrap("diversify", "\"topicCap\": 1, \"window\": " + window,
                agent("greedy-engagement", ""))), 13);
        int checked = 0;
        int blockedSomewhere = 0;
        for (List<Shown> steps : run.perUser()) {
            for (int t = 0; t < steps.size(); t++) {
                boolean[] recentTopics = new boolean[CATALOG.topicCount()];
                for (int i = Math.max(0, t - (window - 1)); i < t; i++) {
                    recentTopics[CATALOG.topic(steps.get(i).item())] = true;
                }
                boolean otherAvailable = false;
                for (int item : steps.get(t).candidates()) {
                    otherAvailable |= !recentTopics[CATALOG.topic(item)];
                }
                if (otherAvailable) {
                    assertFalse(recentTopics[CATALOG.topic(steps.get(t).item())],
                            "step " + t + " repeated topic " + CATALOG.topic(steps.get(t).item()) + " within "
                                    + window + " items while another topic was offered");
                    checked++;
                }
                for (int item : steps.get(t).candidates()) {
                    blockedSomewhere += recentTopics[CATALOG.topic(item)] ? 1 : 0;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " steps");
        assertTrue(blockedSomewhere > 0, "no candidate was ever of a recent topic: the cap was never tested");
    }

    @Test
    void harmFilterWithRecallOneShowsNoHarmfulItemWhenAHarmlessOneIsOffered() throws Exception {
        Run filtered = run(prepared(wrap("harm-filter", "\"recall\": 1, \"falsePositiveRate\": 0",
                agent("greedy-engagement", ""))), 17);
        Run unfiltered = run(prepared(agent("greedy-engagement", "")), 17);
        int harmfulShownUnfiltered = 0;
        for (List<Shown> steps : unfiltered.perUser()) {
            for (Shown s : steps) {
                harmfulShownUnfiltered += CATALOG.harmful(s.item()) ? 1 : 0;
            }
        }
        assertTrue(harmfulShownUnfiltered > 0, "greedy-engagement alone showed no harmful item: the test is vacuous");
        int checked = 0;
        for (List<Shown> steps : filtered.perUser()) {
            for (Shown s : steps) {
                boolean harmlessOffered = false;
                for (int item : s.candidates()) {
                    harmlessOffered |= !CATALOG.harmful(item);
                }
                if (harmlessOffered) {
                    assertFalse(CATALOG.harmful(s.item()), "harmful item " + s.item() + " shown");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " steps");
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "user-profile", "thompson"})
    void harmFilterWithRecallZeroAndNoFalsePositivesChangesNothing(String type) throws Exception {
        assertSameActions(agent(type, ""),
                wrap("harm-filter", "\"recall\": 0, \"falsePositiveRate\": 0", agent(type, "")));
    }

    @Test
    void harmFilterFlagsItemsAtTheConfiguredRatesForTheWholeRun() {
        HarmFilterParameters p = new HarmFilterParameters(0.7, 0.1, null, null, 5L);
        boolean[] flags = HarmFilterRule.flags(p, CATALOG);
        assertArrayEquals(flags, HarmFilterRule.flags(p, CATALOG), "decisions depend only on the seed");
        int harmful = 0;
        int flaggedHarmful = 0;
        int harmless = 0;
        int flaggedHarmless = 0;
        for (int i = 0; i < CATALOG.size(); i++) {
            if (CATALOG.harmful(i)) {
                harmful++;
                flaggedHarmful += flags[i] ? 1 : 0;
            } else {
                harmless++;
                flaggedHarmless += flags[i] ? 1 : 0;
            }
        }
        // Binomial: 4 standard deviations around the configured rates.
        assertEquals(0.7 * harmful, flaggedHarmful, 4 * Math.sqrt(harmful * 0.7 * 0.3));
        assertEquals(0.1 * harmless, flaggedHarmless, 4 * Math.sqrt(harmless * 0.1 * 0.9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "item-knn"})
    void nonPersonalisedWithShareZeroChangesNothing(String type) throws Exception {
        String settings = type.equals("item-knn") ? Wrapped.LOGGED : "";
        assertSameActions(agent(type, settings), wrap("non-personalised", "\"share\": 0", agent(type, settings)));
    }

    @Test
    void nonPersonalisedWithShareOneIsThePopularityFeed() throws Exception {
        assertSameActions(agent("popularity", ""),
                wrap("non-personalised", "\"share\": 1", agent("greedy-engagement", "")));
    }

    @Test
    void nonPersonalisedOptsInAboutTheConfiguredShareOfUsers() {
        NonPersonalisedRule rule = new NonPersonalisedRule(new NonPersonalisedParameters(0.3, null, 9L), null);
        int in = 0;
        for (int u = 0; u < 10_000; u++) {
            in += rule.optsIn(u) ? 1 : 0;
        }
        assertEquals(3_000, in, 4 * Math.sqrt(10_000 * 0.3 * 0.7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "random", "linucb"})
    void exploreWithEpsilonZeroChangesNothing(String type) throws Exception {
        assertSameActions(agent(type, ""), wrap("explore", "\"epsilon\": 0", agent(type, "")));
    }

    @Test
    void exploreWithEpsilonOneShowsTopicsOutsideTheUsersTopTopicsWhenOffered() throws Exception {
        Run run = run(prepared(wrap("explore", "\"epsilon\": 1, \"topTopics\": 1, \"window\": 3",
                agent("greedy-engagement", ""))), 19);
        int checked = 0;
        for (List<Shown> steps : run.perUser()) {
            for (int t = 3; t < steps.size(); t++) {
                int[] counts = new int[CATALOG.topicCount()];
                for (int i = t - 3; i < t; i++) {
                    counts[CATALOG.topic(steps.get(i).item())]++;
                }
                int top = 0;
                for (int topic = 1; topic < counts.length; topic++) {
                    if (counts[topic] > counts[top]) {
                        top = topic;
                    }
                }
                boolean outsideOffered = false;
                for (int item : steps.get(t).candidates()) {
                    outsideOffered |= CATALOG.topic(item) != top;
                }
                if (outsideOffered) {
                    assertTrue(CATALOG.topic(steps.get(t).item()) != top, "step " + t + " showed the top topic");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " steps");
    }

    @Test
    void aWrapperTrainsExactlyWhenItsInnerAgentTrains() throws Exception {
        AgentContext context = AgentContext.of(ContractWorld.WORLD, SEED);
        assertTrue(Wrapped.create(wrap("diversify", "", agent("dqn", Wrapped.DQN)), context) instanceof TrainableAgent);
        assertFalse(Wrapped.create(wrap("diversify", "", agent("greedy-engagement", "")), context)
                instanceof TrainableAgent);
    }

    /** Per step of a run: shown a topic the user had marked "not interested" earlier in its episode. */
    private static int marksBroken(Run run, boolean onlyWhenAnotherOffered, int[] offeredMarked) {
        int broken = 0;
        for (List<Shown> steps : run.perUser()) {
            boolean[] marked = new boolean[CATALOG.topicCount()];
            for (Shown s : steps) {
                boolean otherOffered = false;
                for (int item : s.candidates()) {
                    otherOffered |= !marked[CATALOG.topic(item)];
                    offeredMarked[0] += marked[CATALOG.topic(item)] ? 1 : 0;
                }
                if (marked[CATALOG.topic(s.item())] && (otherOffered || !onlyWhenAnotherOffered)) {
                    broken++;
                }
                marked[CATALOG.topic(s.item())] |= s.hated();
            }
        }
        return broken;
    }

    @Test
    void respectNotInterestedWithoutDecayNeverShowsAMarkedTopicWhileAnotherIsOffered() throws Exception {
        int[] offered = new int[1];
        Run plain = run(prepared(agent("greedy-engagement", "")), 29);
        assertTrue(marksBroken(plain, true, offered) > 0,
                "greedy-engagement alone never brought a marked topic back: the test is vacuous");
        offered[0] = 0;
        Run respected = run(prepared(wrap("respect-not-interested", "", agent("greedy-engagement", ""))), 29);
        assertEquals(0, marksBroken(respected, true, offered), "marked topics shown while another was offered");
        assertTrue(offered[0] > 100, "candidates of marked topics offered " + offered[0] + " times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "random", "linucb"})
    void respectNotInterestedWithStrengthZeroChangesNothing(String type) throws Exception {
        assertSameActions(agent(type, ""), wrap("respect-not-interested", "\"strength\": 0", agent(type, "")));
    }

    @Test
    void respectNotInterestedStopsSuppressingOnceItsMarksHaveDecayed() throws Exception {
        int[] offered = new int[1];
        Run forever = run(prepared(wrap("respect-not-interested", "", agent("greedy-engagement", ""))), 29);
        Run brief = run(prepared(wrap("respect-not-interested", "\"suppressSteps\": 3",
                agent("greedy-engagement", ""))), 29);
        assertTrue(marksBroken(brief, true, offered) > marksBroken(forever, true, offered),
                "a 3-item suppression lets marked topics back");
    }

    @Test
    void theDecayHalvesOverTheHalfLifeAndStopsAfterTheSuppression() {
        assertEquals(1.0, new RespectNotInterestedParameters(null, null, null).decay(1_000_000));
        RespectNotInterestedParameters p = new RespectNotInterestedParameters(0.5, 10, 25);
        assertEquals(1.0, p.decay(0));
        assertEquals(0.5, p.decay(10), 1e-15);
        assertEquals(0.25, p.decay(20), 1e-15);
        assertEquals(0.0, p.decay(25));
    }
}
