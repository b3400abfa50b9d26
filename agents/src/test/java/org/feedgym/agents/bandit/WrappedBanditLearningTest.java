package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.intervention.InterventionAgent;
import org.feedgym.agents.intervention.InterventionKind;
import org.feedgym.agents.intervention.Interventions;
import org.feedgym.agents.intervention.NonPersonalisedParameters;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.api.Test;

/** A wrapped bandit credits each outcome to what was shown, not to what it would have shown. */
class WrappedBanditLearningTest {

    private static final Catalog CATALOG = ContractWorld.WORLD.catalog();
    private static final int USERS = 24;

    private static InterventionKind<?> nonPersonalised() {
        return Interventions.builtIn().stream().filter(k -> k.type().equals(Interventions.NON_PERSONALISED))
                .findFirst().orElseThrow();
    }

    @Test
    void aTopicBanditUnderThePopularityFeedCreditsTheTopicsShown() {
        AgentContext context = AgentContext.of(ContractWorld.WORLD, 3);
        Ucb1Agent bandit = new Ucb1Agent(new Ucb1Parameters(null, null), context);
        InterventionAgent wrapped = InterventionAgent.of(nonPersonalised(),
                new NonPersonalisedParameters(1.0, null, null), bandit, context, true);
        VectorEnvironment population = ContractWorld.WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(5, USERS));
        long[] shownPerTopic = new long[CATALOG.topicCount()];
        int[] actions = new int[USERS];
        int[] own = new int[USERS];
        // Not vacuous: on the first step (no pulls yet) a bare UCB1 would show other candidates.
        new Ucb1Agent(new Ucb1Parameters(null, null), context).act(population.observations(), own);
        wrapped.act(population.observations(), actions);
        assertFalse(Arrays.equals(own, actions), "the popularity feed overrode no choice");
        for (int t = 0; t < 3; t++) {
            if (t > 0) {
                wrapped.act(population.observations(), actions);
            }
            StepOutcomes outcomes = population.step(actions);
            for (int u = 0; u < USERS; u++) {
                if (outcomes.shownItem(u) >= 0) {
                    shownPerTopic[CATALOG.topic(outcomes.shownItem(u))]++;
                }
            }
            wrapped.observe(outcomes);
        }
        long[] pulls = new long[CATALOG.topicCount()];
        for (int a = 0; a < pulls.length; a++) {
            pulls[a] = bandit.bandit().statistics().pulls(a);
        }
        assertArrayEquals(shownPerTopic, pulls, "pulls per topic arm = items shown per topic");
        assertNotEquals(0, Arrays.stream(shownPerTopic).sum());
    }
}
