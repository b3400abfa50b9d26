package org.feedgym.agents.rl;

import java.util.List;
import org.feedgym.env.params.ParameterChecks;

/**
 * The JSON parameters of RL4J's asynchronous learners, {@code nstep-q} (asynchronous N-step
 * Q-learning) and {@code a3c} (advantage actor-critic), both from Mnih et al. 2016. Every field may
 * be omitted and gets its default here.
 *
 * @param hiddenLayers       sizes of the hidden ReLU layers (of each network), input side first;
 *                           1 to 8 layers, each in [1, 4096]; default [64, 64]
 * @param learningRate       Adam step size, in (0, 1]; default 0.001
 * @param gamma              discount factor per step, in [0, 1]; default 0.9
 * @param nStep              steps per update segment (n of the n-step return), in [1, 1000]; default 5
 * @param threads            RL4J worker threads, in [1, 64]; default 1. With one thread a run is
 *                           reproducible; with more, which worker trains on which user and the order
 *                           of updates depend on thread scheduling
 * @param trainingSteps      environment steps of training, in [1, 10^9]; RL4J stops at the first
 *                           update at or after this count; default 50,000
 * @param epsilonStart       ({@code nstep-q} only) exploration rate at step 0, in [0, 1]; default 1.0
 * @param epsilonEnd         ({@code nstep-q} only) final exploration rate, in [0, epsilonStart];
 *                           default 0.05
 * @param epsilonAnnealSteps ({@code nstep-q} only) steps of linear annealing (per worker), in
 *                           [0, 10^9]; default 10,000
 */
public record AsyncParameters(List<Integer> hiddenLayers, Double learningRate, Double gamma, Integer nStep,
                              Integer threads, Integer trainingSteps, Double epsilonStart, Double epsilonEnd,
                              Integer epsilonAnnealSteps) {

    public AsyncParameters {
        hiddenLayers = ParameterChecks.layerSizes("hiddenLayers", hiddenLayers, List.of(64, 64), 1, 8, 4096);
        learningRate = ParameterChecks.doubleAboveAtMost("learningRate", learningRate, 0.001, 0, 1);
        gamma = ParameterChecks.doubleIn("gamma", gamma, 0.9, 0, 1);
        nStep = ParameterChecks.intIn("nStep", nStep, 5, 1, 1000);
        threads = ParameterChecks.intIn("threads", threads, 1, 1, 64);
        trainingSteps = ParameterChecks.intIn("trainingSteps", trainingSteps, 50_000, 1, 1_000_000_000);
        epsilonStart = ParameterChecks.doubleIn("epsilonStart", epsilonStart, 1.0, 0, 1);
        epsilonEnd = ParameterChecks.doubleIn("epsilonEnd", epsilonEnd, Math.min(0.05, epsilonStart), 0, epsilonStart);
        epsilonAnnealSteps = ParameterChecks.intIn("epsilonAnnealSteps", epsilonAnnealSteps, 10_000, 0, 1_000_000_000);
    }

    /** Every default. */
    public static AsyncParameters defaults() {
        return new AsyncParameters(null, null, null, null, null, null, null, null, null);
    }

    /** The exploration schedule of {@code nstep-q}. */
    public EpsilonSchedule epsilon() {
        return new EpsilonSchedule(epsilonStart, epsilonEnd, epsilonAnnealSteps);
    }
}
