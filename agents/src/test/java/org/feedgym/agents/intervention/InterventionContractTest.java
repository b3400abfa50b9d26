package org.feedgym.agents.intervention;

import static org.feedgym.agents.intervention.Wrapped.agent;
import static org.feedgym.agents.intervention.Wrapped.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.registry.AgentRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shared agent contract (actions in range, determinism, save → load → identical actions) for
 * wrapped agents: {@code harm-filter} around every registered agent type, and every other
 * intervention around a few different inner types, compositions included.
 */
class InterventionContractTest {

    /** Every registered non-intervention type with the settings its contract run uses. */
    static final Map<String, String> INNER = new TreeMap<>(Map.ofEntries(
            Map.entry("random", ""), Map.entry("popularity", ""), Map.entry("greedy-engagement", ""),
            Map.entry("oracle", ""), Map.entry("mf", Wrapped.MF), Map.entry("user-profile", ""),
            Map.entry("content", ""), Map.entry("two-tower", Wrapped.TWO_TOWER), Map.entry("item-knn", Wrapped.LOGGED),
            Map.entry("user-knn", Wrapped.LOGGED), Map.entry("covisitation", Wrapped.LOGGED),
            Map.entry("nstep-q", Wrapped.ASYNC), Map.entry("a3c", Wrapped.ASYNC), Map.entry("dqn", Wrapped.DQN),
            Map.entry("double-dqn", Wrapped.DQN), Map.entry("topic-epsilon-greedy", ""),
            Map.entry("linear-thompson", ""), Map.entry("linucb", ""), Map.entry("thompson", ""),
            Map.entry("user-ucb", ""), Map.entry("user-epsilon-greedy", ""), Map.entry("topic-ucb1", "")));

    /** The contract of {@code harm-filter} (recall 0.9, false-positive rate 0.05) around {@code type}. */
    static Agent harmFilterAround(String type, AgentContext context) {
        return Wrapped.create(wrap("harm-filter", "", agent(type, INNER.get(type))), context);
    }

    @Test
    void theHarmFilterContractsCoverEveryRegisteredAgentType() {
        Set<String> registered = new TreeSet<>(AgentRegistry.builtIn().types().keySet());
        registered.removeAll(AgentRegistry.builtIn().interventions().keySet());
        registered.remove(AgentRegistry.SAVED);
        Set<String> covered = new TreeSet<>();
        for (Class<?> c : InterventionContractTest.class.getDeclaredClasses()) {
            if (c.getSimpleName().startsWith("HarmFilter_")) {
                covered.add(c.getSimpleName().substring("HarmFilter_".length()).replace('_', '-'));
            }
        }
        assertEquals(registered, covered);
        assertEquals(registered, INNER.keySet());
    }

    // harm-filter around every registered type; the class name after "HarmFilter_" is the type.

    @Nested class HarmFilter_random implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("random", c); } }
    @Nested class HarmFilter_popularity implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("popularity", c); } }
    @Nested class HarmFilter_greedy_engagement implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("greedy-engagement", c); } }
    @Nested class HarmFilter_oracle implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("oracle", c); } }
    @Nested class HarmFilter_mf implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("mf", c); } }
    @Nested class HarmFilter_user_profile implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("user-profile", c); } }
    @Nested class HarmFilter_content implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("content", c); } }
    @Nested class HarmFilter_two_tower implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("two-tower", c); } }
    @Nested class HarmFilter_item_knn implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("item-knn", c); } }
    @Nested class HarmFilter_user_knn implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("user-knn", c); } }
    @Nested class HarmFilter_covisitation implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("covisitation", c); } }
    @Nested class HarmFilter_nstep_q implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("nstep-q", c); } }
    @Nested class HarmFilter_a3c implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("a3c", c); } }
    @Nested class HarmFilter_dqn implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("dqn", c); } }
    @Nested class HarmFilter_double_dqn implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("double-dqn", c); } }
    @Nested class HarmFilter_topic_epsilon_greedy implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("topic-epsilon-greedy", c); } }
    @Nested class HarmFilter_linear_thompson implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("linear-thompson", c); } }
    @Nested class HarmFilter_linucb implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("linucb", c); } }
    @Nested class HarmFilter_thompson implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("thompson", c); } }
    @Nested class HarmFilter_user_ucb implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("user-ucb", c); } }
    @Nested class HarmFilter_user_epsilon_greedy implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("user-epsilon-greedy", c); } }
    @Nested class HarmFilter_topic_ucb1 implements AgentContract {
        public Agent create(AgentContext c) { return harmFilterAround("topic-ucb1", c); } }

    // The other interventions around a few different inner types.

    @Nested class DiversifyGreedyEngagement implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("diversify", "\"diversityWeight\": 0.5", agent("greedy-engagement", "")), c); } }
    @Nested class DiversifyDqn implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("diversify", "", agent("dqn", Wrapped.DQN)), c); } }
    @Nested class DiversifyTopicCapUserUcb implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("diversify", "\"topicCap\": 1, \"window\": 3", agent("user-ucb", "")), c); } }
    @Nested class ExploreContent implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("explore", "\"epsilon\": 0.3", agent("content", "")), c); } }
    @Nested class ExploreLinUcb implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("explore", "\"epsilon\": 0.3", agent("linucb", "")), c); } }
    @Nested class ExploreRandom implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("explore", "\"epsilon\": 0.5", agent("random", "")), c); } }
    @Nested class NonPersonalisedOracle implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("non-personalised", "", agent("oracle", "")), c); } }
    @Nested class NonPersonalisedUserKnn implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("non-personalised", "\"share\": 0.3", agent("user-knn", Wrapped.LOGGED)), c); } }
    @Nested class RespectNotInterestedGreedyEngagement implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("respect-not-interested", "\"halfLifeSteps\": 20",
                    agent("greedy-engagement", "")), c); } }
    @Nested class RespectNotInterestedAroundExploreAroundMf implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("respect-not-interested", "\"strength\": 0.7, \"suppressSteps\": 30",
                    wrap("explore", "", agent("mf", Wrapped.MF))), c); } }
    @Nested class HarmFilterCapThompson implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("harm-filter", "\"cap\": 1, \"window\": 5", agent("thompson", "")), c); } }
    @Nested class HarmFilterAroundDiversifyAroundMf implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("harm-filter", "", wrap("diversify", "", agent("mf", Wrapped.MF))), c); } }
    @Nested class ExploreAroundNonPersonalisedAroundDqn implements AgentContract {
        public Agent create(AgentContext c) {
            return Wrapped.create(wrap("explore", "", wrap("non-personalised", "", agent("dqn", Wrapped.DQN))), c); } }
}
