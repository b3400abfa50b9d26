package org.feedgym.agents;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;

/**
 * The one loop that runs an agent on a {@link VectorEnvironment}: every user plays one episode
 * (the environment's autoreset is disabled, so ended users wait), the agent acts for all active
 * users at once and observes each step's outcomes, and a listener sees every step after the agent.
 * The evaluation, the log collectors and the environment benchmark all run on it.
 */
public final class Rollout {

    private Rollout() {
    }

    /**
     * Resets {@code env} with {@code userSeeds}, grants a {@link PrivilegedAgent} the environment's
     * privileged view, and steps until every user's episode has ended.
     *
     * @param onStep called after each step, once the agent has observed it
     */
    public static void run(VectorEnvironment env, Agent agent, long[] userSeeds, Consumer<StepOutcomes> onStep) {
        run(env, agent, userSeeds, null, onStep);
    }

    /**
     * As {@link #run(VectorEnvironment, Agent, long[], Consumer)}, with a {@link ParallelAgent}
     * acting for its users on {@code pool} (the actions are the same without it).
     *
     * @param pool the pool the agent may act on, or null for the calling thread
     */
    public static void run(VectorEnvironment env, Agent agent, long[] userSeeds, ForkJoinPool pool,
                           Consumer<StepOutcomes> onStep) {
        if (agent instanceof ParallelAgent parallel) {
            parallel.actOn(pool);
        }
        env.reset(userSeeds);
        if (agent instanceof PrivilegedAgent privileged) {
            privileged.grant(env.privilegedView());
        }
        try {
            int[] actions = new int[env.numEnvs()];
            while (!env.allDone()) {
                agent.act(env.observations(), actions);
                StepOutcomes outcomes = env.step(actions);
                agent.observe(outcomes);
                onStep.accept(outcomes);
            }
        } finally {
            if (agent instanceof ParallelAgent parallel) {
                // The pool is the caller's: the agent does not keep it beyond this run.
                parallel.actOn(null);
            }
        }
    }
}
