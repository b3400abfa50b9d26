package org.feedgym.agents.rl;

import java.util.List;
import org.feedgym.env.params.ParameterChecks;

/**
 * The JSON parameters of the {@code dqn} and {@code double-dqn} agents. Every field may be
 * omitted and gets its default here, so that a resolved config lists every value used.
 *
 * <p>Example: {@code {"type": "double-dqn", "hiddenLayers": [64, 64], "trainingSteps": 60000}}.
 *
 * @param hiddenLayers       sizes of the hidden ReLU layers, input side first; 1 to 8 layers,
 *                           each in [1, 4096]; default [64, 64]
 * @param learningRate       Adam step size, in (0, 1]; default 0.001
 * @param gamma              discount factor per step, in [0, 1]; default 0.9
 * @param epsilonStart       exploration rate at training step 0, in [0, 1]; default 1.0
 * @param epsilonEnd         exploration rate after annealing, in [0, epsilonStart]; default 0.05
 * @param epsilonAnnealSteps environment steps over which epsilon falls linearly from
 *                           {@code epsilonStart} to {@code epsilonEnd}, in [0, 10^9]; 0 means
 *                           {@code epsilonEnd} from the start; default 10,000
 * @param targetUpdatePeriod environment steps between copies of the online network into the target
 *                           network, in [1, 10^9]; default 1,000
 * @param replaySize         transitions kept in the replay memory (oldest dropped first), in
 *                           [batchSize, 10^7]; default 50,000
 * @param batchSize          transitions per gradient update, in [1, 4096]; default 32, or
 *                           8 × {@code trainingUsers} (at most 4,096) with more than 4 training users
 * @param trainingSteps      environment steps of training (exploration included), in [1, 10^9];
 *                           default 50,000
 * @param trainEvery         environment steps between gradient updates, in [1, 10,000]; default 4, or
 *                           {@code trainingUsers} when that is larger: with N users stepped together
 *                           one update per vector step, on a batch 8 × as large, keeps the default
 *                           replay ratio of 8 with N times fewer, larger updates (at N = 64 about 4×
 *                           the environment steps per second; measured learning in the README)
 * @param learningStarts     transitions collected before the first gradient update, in
 *                           [0, 10^9]; updates also wait for at least {@code batchSize}; default 1,000
 * @param implementation     {@code "dl4j"} (default): FeedGym's own training loop on a DL4J
 *                           network (replay memory in plain arrays, batched updates); {@code "rl4j"}:
 *                           RL4J's {@code QLearningDiscrete} on the same network. Both learn the same
 *                           Q-function; see {@link DqnImplementation} and {@link DqnAgent}
 * @param trainingUsers      training users stepped together through the vector environment, in
 *                           [1, 4,096]; default 1 (one user at a time). With N &gt; 1 each step is one
 *                           batched forward pass for all active users and N transitions go into the
 *                           replay memory; {@code trainingSteps}, {@code trainEvery},
 *                           {@code targetUpdatePeriod}, {@code learningStarts} and the epsilon
 *                           schedule count environment (user) steps, so runs with different N are
 *                           comparable. Own loop only ({@code implementation = "dl4j"})
 */
public record DqnParameters(List<Integer> hiddenLayers, Double learningRate, Double gamma, Double epsilonStart,
                            Double epsilonEnd, Integer epsilonAnnealSteps, Integer targetUpdatePeriod,
                            Integer replaySize, Integer batchSize, Integer trainingSteps, Integer trainEvery,
                            Integer learningStarts, DqnImplementation implementation, Integer trainingUsers) {

    private static final int BILLION = 1_000_000_000;

    public DqnParameters {
        hiddenLayers = ParameterChecks.layerSizes("hiddenLayers", hiddenLayers, List.of(64, 64), 1, 8, 4096);
        learningRate = ParameterChecks.doubleAboveAtMost("learningRate", learningRate, 0.001, 0, 1);
        gamma = ParameterChecks.doubleIn("gamma", gamma, 0.9, 0, 1);
        epsilonStart = ParameterChecks.doubleIn("epsilonStart", epsilonStart, 1.0, 0, 1);
        epsilonEnd = ParameterChecks.doubleIn("epsilonEnd", epsilonEnd, Math.min(0.05, epsilonStart), 0, epsilonStart);
        epsilonAnnealSteps = ParameterChecks.intIn("epsilonAnnealSteps", epsilonAnnealSteps, 10_000, 0, BILLION);
        targetUpdatePeriod = ParameterChecks.intIn("targetUpdatePeriod", targetUpdatePeriod, 1_000, 1, BILLION);
        trainingUsers = ParameterChecks.intIn("trainingUsers", trainingUsers, 1, 1, 4096);
        trainEvery = ParameterChecks.intIn("trainEvery", trainEvery, Math.max(4, trainingUsers), 1, 10_000);
        batchSize = ParameterChecks.intIn("batchSize", batchSize, Math.min(4096, 8 * Math.max(4, trainingUsers)), 1, 4096);
        replaySize = ParameterChecks.intIn("replaySize", replaySize, 50_000, batchSize, 10_000_000);
        trainingSteps = ParameterChecks.intIn("trainingSteps", trainingSteps, 50_000, 1, BILLION);
        learningStarts = ParameterChecks.intIn("learningStarts", learningStarts, 1_000, 0, BILLION);
        implementation = implementation == null ? DqnImplementation.DL4J : implementation;
        if (trainingUsers > 1 && implementation != DqnImplementation.DL4J) {
            throw new IllegalArgumentException("trainingUsers > 1 needs implementation \"dl4j\" (RL4J's loop steps "
                    + "one user at a time), got " + trainingUsers + " with \"" + implementation.id() + "\"");
        }
    }

    /** The parameters with one training user (the form before {@code trainingUsers} was added). */
    public DqnParameters(List<Integer> hiddenLayers, Double learningRate, Double gamma, Double epsilonStart,
                         Double epsilonEnd, Integer epsilonAnnealSteps, Integer targetUpdatePeriod,
                         Integer replaySize, Integer batchSize, Integer trainingSteps, Integer trainEvery,
                         Integer learningStarts, DqnImplementation implementation) {
        this(hiddenLayers, learningRate, gamma, epsilonStart, epsilonEnd, epsilonAnnealSteps, targetUpdatePeriod,
                replaySize, batchSize, trainingSteps, trainEvery, learningStarts, implementation, null);
    }

    /** Every default. */
    public static DqnParameters defaults() {
        return new DqnParameters(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The exploration schedule these parameters describe. */
    public EpsilonSchedule epsilon() {
        return new EpsilonSchedule(epsilonStart, epsilonEnd, epsilonAnnealSteps);
    }
}
