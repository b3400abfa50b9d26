package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;

/**
 * The boredom-exit check (CIRS, KuaiEnv; STUDIES.md §2) as one assertion over a run's summary,
 * so the shipped run and its negative controls go through the same code.
 *
 * <ul>
 *   <li>The random policy's mean length is within ±2 items of what the topic shares predict
 *       ({@link CategoryExit#randomLength}); CIRS's 7.6 comes from KuaiRec's exposure, which
 *       FeedGym does not have, so the prediction is the reference.</li>
 *   <li>Each user-conditioned item-level policy ends sessions within {@link #PUBLISHED_ITEM_LEVEL_MAXIMUM}
 *       items (CIRS: 2.0 and 2.3) and within {@link #ITEM_LEVEL_SLACK} items of the perfect topic
 *       repeater's length on the same candidate set ({@link CategoryExit#repeaterLength}). KuaiEnv's
 *       policies choose among all items; the shipped config draws K = 30 candidates uniformly from
 *       the catalog, enough for a repeater to find the last topic again most of the time (with
 *       K = 10 the repeater itself lasts 3.1).</li>
 *   <li>The learned policy lasts at least {@link #LEARNED_MINIMUM} of the 100 steps (CIRS: 99.3).</li>
 * </ul>
 *
 * @param random    the random policy's agent id
 * @param itemLevel the user-conditioned item-level policies' ids
 * @param learned   the learned policy's id
 */
record BoredomExitCheck(String random, List<String> itemLevel, String learned) {

    /** The accepted excess of an item-level policy's mean length over the perfect repeater's. */
    static final double ITEM_LEVEL_SLACK = 1.0;
    /** The published bound on an item-level policy's mean length (CIRS: ≤ 3). */
    static final double PUBLISHED_ITEM_LEVEL_MAXIMUM = 3.0;
    /** The learned policy's smallest accepted mean length. */
    static final double LEARNED_MINIMUM = 90;

    /** The agents of {@code experiments/studies/boredom-exit/kuaienv.json}. */
    static final BoredomExitCheck SHIPPED = new BoredomExitCheck("random", List.of("user-ucb", "user-epsilon-greedy"),
            "dqn");

    /**
     * Asserts the three findings on {@code summary}.
     *
     * @param shares   the catalog's topic shares
     * @param k        candidates per step
     * @param maxSteps the episode's step limit
     */
    void check(Summary summary, double[] shares, int k, int maxSteps) {
        new Band(random + " mean session length", CategoryExit.randomLength(shares, maxSteps), 2.0,
                "predicted 1 + (1 - (1 - q)^99)/q from q = Σp² of the catalog's topic shares")
                .check(length(summary, random));
        double bound = CategoryExit.repeaterLength(shares, k);
        for (String policy : itemLevel) {
            double measured = length(summary, policy);
            assertTrue(measured <= bound + ITEM_LEVEL_SLACK, () -> String.format("%s mean session length %.2f, above"
                    + " the perfect topic repeater's %.2f + %.1f (published ≤ 3)", policy, measured, bound,
                    ITEM_LEVEL_SLACK));
            assertTrue(measured <= PUBLISHED_ITEM_LEVEL_MAXIMUM, () -> String.format("%s mean session length %.2f,"
                    + " above the published %.0f (CIRS: 2.0 for UCB, 2.3 for ε-greedy)", policy, measured,
                    PUBLISHED_ITEM_LEVEL_MAXIMUM));
        }
        double learnedLength = length(summary, learned);
        assertTrue(learnedLength >= LEARNED_MINIMUM, () -> String.format(
                "%s mean session length %.2f, below %.0f (CIRS's PPO: 99.3)", learned, learnedLength, LEARNED_MINIMUM));
    }

    /** The agent's mean session length in items. */
    static double length(Summary summary, String agent) {
        return StudyRuns.agent(summary.agents(), agent).metric(MetricRegistry.SESSION_STEPS).orElseThrow().mean();
    }
}
