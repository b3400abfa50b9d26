package org.feedgym.agents.rl;

import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.Environment;
import org.feedgym.env.EpisodeStatistics;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.VectorEpisodeStatistics;
import org.feedgym.env.StepResult;
import org.feedgym.env.random.Seeds;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * FeedGym's own DQN training loop directly on DL4J ({@code implementation = "dl4j"}): DQN
 * (Mnih et al. 2015) or Double DQN (van Hasselt et al. 2016) with experience replay in plain
 * arrays and a target network.
 *
 * <p>Per environment step: the greedy action's Q-values in plain Java on a copy of the weights
 * (skipped when the step explores; see {@link Mlp#outputOne}), one environment step, one
 * replay insert. Every {@code trainEvery} steps, once
 * {@code max(learningStarts, batchSize)} transitions are stored, one update on a uniformly sampled
 * mini-batch: forward passes over the next states only (the target network's, and for Double DQN
 * the online network's), targets computed in plain Java, one {@code fit} whose label mask scores
 * only the taken action (the other outputs have no target; no pass over the states is needed). The
 * target network copies the online weights every {@code targetUpdatePeriod} environment steps.
 *
 * <p>Targets: {@code y = r} when the transition terminated; otherwise
 * {@code y = r + γ·max_a Q_target(s', a)} (DQN) or
 * {@code y = r + γ·Q_target(s', argmax_a Q_online(s', a))} (Double DQN). A truncated transition
 * (horizon reached) is not terminal, so it bootstraps from its real next observation.
 *
 * <p>Randomness: exploration and replay sampling use generators derived from the agent's seed;
 * training users are reset with {@code Seeds.derive(trainingSeed, "train-user", episode)}.
 */
final class DqnLearner implements DqnTrainer {

    private final String agent;
    private final DqnParameters p;
    private final boolean doubleDqn;
    private final Mlp online;
    private final long seed;

    /**
     * @param agent     agent name for divergence messages
     * @param p         hyper-parameters
     * @param doubleDqn Double DQN targets instead of DQN targets
     * @param online    the network to train (in place)
     * @param seed      the agent's seed
     */
    DqnLearner(String agent, DqnParameters p, boolean doubleDqn, Mlp online, long seed) {
        this.agent = agent;
        this.p = p;
        this.doubleDqn = doubleDqn;
        this.online = online;
        this.seed = seed;
    }

    /**
     * Trains for {@code p.trainingSteps()} environment steps.
     *
     * @return environment steps taken
     */
    @Override
    public <O> long train(Environment<O, Integer> environment, Function<? super O, float[]> encoder,
                          long trainingSeed, TrainingLog log) throws TrainingDivergedException {
        // The logged episode return comes from the statistics wrapper, the one home of that sum.
        EpisodeStatistics<O, Integer> env = new EpisodeStatistics<>(environment);
        int dim = online.inputs();
        int k = online.outputs();
        Loop loop = new Loop();
        EpsilonSchedule epsilon = loop.epsilon;

        long step = 0;
        int episode = 0;
        long total = p.trainingSteps();
        while (step < total) {
            float[] obs = encode(encoder, env.reset(Seeds.derive(trainingSeed, "train-user", episode)).observation(), dim);
            double lossSum = 0;
            int updates = 0;
            boolean ended = false;
            while (step < total) {
                int action = loop.explore(step, k);
                if (action < 0) {
                    float[] q = online.outputOne(obs);
                    requireFinite(q, q.length, step, "Q-value");
                    action = Mlp.argmax(q, 0, k);
                }
                StepResult<O> r = env.step(action);
                float[] nextObs = encode(encoder, r.observation(), dim);
                step++;
                double loss = loop.store(obs, action, r.reward(), nextObs, r.terminated(), step);
                if (!Double.isNaN(loss)) {
                    lossSum += loss;
                    updates++;
                }
                obs = nextObs;
                if (r.done()) {
                    ended = true;
                    break;
                }
            }
            if (ended) {
                log.record(step, episode, env.episodeReturn(), updates == 0 ? Double.NaN : lossSum / updates,
                        epsilon.value(step));
            }
            episode++;
        }
        return step;
    }

    /**
     * Trains on {@code p.trainingUsers()} users of {@code env} stepped together, for
     * {@code p.trainingSteps()} environment (user) steps. Each batch step: the exploration draws
     * for the active users in user order (epsilon at the running step count), one forward pass
     * for the users that act greedily (plain Java when only one does, as in {@link #train}), one
     * vector step, then per active user in order one replay insert and the step-counted schedule
     * of updates and target copies. A user whose episode ended is restarted by masked reset with
     * the next training-user seed, {@code Seeds.derive(trainingSeed, "train-user", e)}. With one
     * user this is exactly {@link #train}'s sequence of transitions and updates.
     *
     * @return environment steps taken
     */
    long trainVector(VectorEnvironment environment, long trainingSeed, TrainingLog log)
            throws TrainingDivergedException {
        int n = p.trainingUsers();
        int dim = online.inputs();
        int k = online.outputs();
        Loop loop = new Loop();
        EpsilonSchedule epsilon = loop.epsilon;
        VectorEpisodeStatistics env = new VectorEpisodeStatistics(environment);

        long[] seeds = new long[n];
        int[] episodeOf = new int[n];
        int nextEpisode = 0;
        for (int u = 0; u < n; u++) {
            episodeOf[u] = nextEpisode;
            seeds[u] = Seeds.derive(trainingSeed, "train-user", nextEpisode++);
        }
        ObservationBatch obs = env.reset(seeds);
        float[] states = new float[n * dim];
        float[] state = new float[dim];
        float[] nextState = new float[dim];
        float[] greedyRows = new float[n * dim];
        int[] greedyUsers = new int[n];
        int[] actions = new int[n];
        boolean[] acted = new boolean[n];
        boolean[] restart = new boolean[n];
        // Each update's loss counts toward every episode under way when it happens.
        double[] episodeLoss = new double[n];
        int[] episodeUpdates = new int[n];
        for (int u = 0; u < n; u++) {
            obs.copyVector(u, states, u * dim);
        }
        long step = 0;
        long total = p.trainingSteps();
        while (step < total) {
            int greedy = 0;
            long at = step;
            for (int u = 0; u < n; u++) {
                acted[u] = obs.active(u);
                if (!acted[u]) {
                    continue;
                }
                int explored = loop.explore(at++, k);
                if (explored >= 0) {
                    actions[u] = explored;
                } else {
                    System.arraycopy(states, u * dim, greedyRows, greedy * dim, dim);
                    greedyUsers[greedy++] = u;
                }
            }
            if (greedy == 1) {
                System.arraycopy(greedyRows, 0, state, 0, dim);
                float[] q = online.outputOne(state);
                requireFinite(q, q.length, step, "Q-value");
                actions[greedyUsers[0]] = Mlp.argmax(q, 0, k);
            } else if (greedy > 1) {
                float[] q = online.output(java.util.Arrays.copyOf(greedyRows, greedy * dim), greedy);
                requireFinite(q, q.length, step, "Q-value");
                for (int i = 0; i < greedy; i++) {
                    actions[greedyUsers[i]] = Mlp.argmax(q, i * k, k);
                }
            }
            StepOutcomes out = env.step(actions);
            boolean anyEnded = false;
            for (int u = 0; u < n && step < total; u++) {
                if (!acted[u]) {
                    continue;
                }
                System.arraycopy(states, u * dim, state, 0, dim);
                out.observations().copyVector(u, nextState, 0);
                step++;
                double loss = loop.store(state, actions[u], out.reward(u), nextState, out.terminated(u), step);
                if (!Double.isNaN(loss)) {
                    for (int v = 0; v < n; v++) {
                        if (!restart[v]) {
                            episodeLoss[v] += loss;
                            episodeUpdates[v]++;
                        }
                    }
                }
                if (out.terminated(u) || out.truncated(u)) {
                    log.record(step, episodeOf[u], env.episodeReturn(u),
                            episodeUpdates[u] == 0 ? Double.NaN : episodeLoss[u] / episodeUpdates[u],
                            epsilon.value(step));
                    restart[u] = true;
                    anyEnded = true;
                }
            }
            if (anyEnded) {
                for (int u = 0; u < n; u++) {
                    if (restart[u]) {
                        episodeOf[u] = nextEpisode;
                        seeds[u] = Seeds.derive(trainingSeed, "train-user", nextEpisode++);
                        episodeLoss[u] = 0;
                        episodeUpdates[u] = 0;
                    }
                }
                obs = env.reset(seeds, restart);
                java.util.Arrays.fill(restart, false);
            }
            for (int u = 0; u < n; u++) {
                if (obs.active(u)) {
                    obs.copyVector(u, states, u * dim);
                }
            }
        }
        return step;
    }

    /**
     * What both training loops share: the target network, the exploration and replay-sampling
     * generators, the replay memory, the epsilon schedule and the update schedule, all counted in
     * environment steps.
     */
    private final class Loop {
        final Mlp target = online.copy();
        final RandomGenerator explore = Seeds.generator(seed, "dqn-explore", 0);
        final RandomGenerator sampler = Seeds.generator(seed, "dqn-replay", 0);
        final ReplayBuffer replay = new ReplayBuffer(p.replaySize(), online.inputs());
        final EpsilonSchedule epsilon = p.epsilon();
        final int warmup = Math.max(p.learningStarts(), p.batchSize());
        final Batch batch = new Batch(p.batchSize(), online.inputs(), online.outputs());

        /** A random action with probability epsilon at {@code step}, else -1: act greedily. */
        int explore(long step, int k) {
            return explore.nextDouble() < epsilon.value(step) ? explore.nextInt(k) : -1;
        }

        /**
         * Stores the transition of environment step {@code step} (counted from 1) and runs what is
         * due at it: an update every {@code trainEvery} steps once {@code warmup} transitions are
         * stored, a target copy every {@code targetUpdatePeriod} steps.
         *
         * @return the update's loss, or NaN when no update was due
         */
        double store(float[] state, int action, double reward, float[] nextState, boolean terminated, long step)
                throws TrainingDivergedException {
            replay.add(state, action, (float) reward, nextState, terminated);
            double loss = Double.NaN;
            if (replay.size() >= warmup && step % p.trainEvery() == 0) {
                loss = update(replay, sampler, target, batch, step);
            }
            if (step % p.targetUpdatePeriod() == 0) {
                target.copyWeightsFrom(online);
            }
            return loss;
        }
    }

    /** One gradient step on a sampled mini-batch; returns the loss. */
    private double update(ReplayBuffer replay, RandomGenerator sampler, Mlp target, Batch b, long step)
            throws TrainingDivergedException {
        int n = b.size;
        int k = online.outputs();
        int dim = online.inputs();
        replay.sample(sampler, n, b.states, b.actions, b.rewards, b.nextStates, b.terminated);
        Mlp.load(b.statesArray, b.states);
        Mlp.load(b.nextStatesArray, b.nextStates);
        // Double DQN picks the next action with the online network and values it with the target's.
        float[] qNextOnline = doubleDqn ? online.output(b.nextStatesArray, n) : null;
        float[] qTarget = target.output(b.nextStatesArray, n);
        if (doubleDqn) {
            requireFinite(qNextOnline, n * k, step, "Q-value");
        }
        requireFinite(qTarget, n * k, step, "target Q-value");
        float gamma = p.gamma().floatValue();
        // Only the taken action's output has a target: the label mask keeps the others out of the
        // loss and its gradient, which is what labelling them with the network's own outputs did,
        // without a forward pass over the states to get those outputs.
        float[] labels = b.labels;
        float[] mask = b.mask;
        java.util.Arrays.fill(labels, 0f);
        java.util.Arrays.fill(mask, 0f);
        for (int i = 0; i < n; i++) {
            float y = b.rewards[i];
            if (!b.terminated[i]) {
                int nextAction = doubleDqn ? Mlp.argmax(qNextOnline, i * k, k) : Mlp.argmax(qTarget, i * k, k);
                y += gamma * qTarget[i * k + nextAction];
            }
            labels[i * k + b.actions[i]] = y;
            mask[i * k + b.actions[i]] = 1f;
        }
        Mlp.load(b.labelsArray, labels);
        Mlp.load(b.maskArray, mask);
        double loss = online.fit(b.statesArray, b.labelsArray, b.maskArray);
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException(agent, step, "loss", loss);
        }
        return loss;
    }

    private void requireFinite(float[] values, int count, long step, String what) throws TrainingDivergedException {
        for (int i = 0; i < count; i++) {
            if (!Float.isFinite(values[i])) {
                throw new TrainingDivergedException(agent, step, what, values[i]);
            }
        }
    }

    private static <O> float[] encode(Function<? super O, float[]> encoder, O observation, int dim) {
        float[] v = encoder.apply(observation);
        if (v.length != dim) {
            throw new IllegalArgumentException("encoded observation must have " + dim + " floats, got " + v.length);
        }
        return v;
    }

    /**
     * Reused mini-batch arrays: plain Java ones for sampling and targets, and ND4J ones of the same
     * shapes that are refilled on every update instead of allocated (fewer native buffers for the
     * garbage collector to release).
     */
    private static final class Batch {
        final int size;
        final float[] states;
        final float[] nextStates;
        final int[] actions;
        final float[] rewards;
        final boolean[] terminated;
        final float[] labels;
        final float[] mask;
        final INDArray statesArray;
        final INDArray nextStatesArray;
        final INDArray labelsArray;
        final INDArray maskArray;

        Batch(int size, int dim, int actionCount) {
            this.size = size;
            states = new float[size * dim];
            nextStates = new float[size * dim];
            actions = new int[size];
            rewards = new float[size];
            terminated = new boolean[size];
            labels = new float[size * actionCount];
            mask = new float[size * actionCount];
            statesArray = Nd4j.create(DataType.FLOAT, size, dim);
            nextStatesArray = Nd4j.create(DataType.FLOAT, size, dim);
            labelsArray = Nd4j.create(DataType.FLOAT, size, actionCount);
            maskArray = Nd4j.create(DataType.FLOAT, size, actionCount);
        }
    }
}
