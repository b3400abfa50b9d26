package org.feedgym.agents.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.ILearning;
import org.deeplearning4j.rl4j.learning.async.AsyncGlobal;
import org.deeplearning4j.rl4j.learning.async.AsyncThread;
import org.deeplearning4j.rl4j.learning.async.IAsyncGlobal;
import org.deeplearning4j.rl4j.learning.async.a3c.discrete.A3CDiscreteDense;
import org.deeplearning4j.rl4j.learning.async.a3c.discrete.A3CThreadDiscrete;
import org.deeplearning4j.rl4j.learning.async.nstep.discrete.AsyncNStepQLearningDiscreteDense;
import org.deeplearning4j.rl4j.learning.async.nstep.discrete.AsyncNStepQLearningThreadDiscrete;
import org.deeplearning4j.rl4j.learning.configuration.A3CLearningConfiguration;
import org.deeplearning4j.rl4j.learning.configuration.AsyncQLearningConfiguration;
import org.deeplearning4j.rl4j.learning.listener.TrainingListener;
import org.deeplearning4j.rl4j.learning.listener.TrainingListenerList;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.network.ac.ActorCriticSeparate;
import org.deeplearning4j.rl4j.network.ac.IActorCritic;
import org.deeplearning4j.rl4j.network.dqn.DQN;
import org.deeplearning4j.rl4j.network.dqn.IDQN;
import org.deeplearning4j.rl4j.observation.Observation;
import org.deeplearning4j.rl4j.policy.ACPolicy;
import org.deeplearning4j.rl4j.policy.EpsGreedy;
import org.deeplearning4j.rl4j.policy.Policy;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.util.IDataManager;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.Environment;
import org.feedgym.env.random.Seeds;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * RL4J's asynchronous learners (Mnih et al. 2016, "Asynchronous Methods for Deep Reinforcement
 * Learning", ICML): asynchronous N-step Q-learning ({@code AsyncNStepQLearningDiscreteDense}) and
 * A3C ({@code A3CDiscreteDense}), run on {@link FeedMdp} adapters of the environment with
 * FeedGym's networks ({@link Mlp}; for A3C a value and a policy network wrapped in RL4J's
 * {@code ActorCriticSeparate}).
 *
 * <p>What FeedGym changes, and why:
 * <ul>
 *   <li><b>Randomness.</b> RL4J's worker threads take {@code Nd4j.getRandom()} — the generator of
 *       the thread that creates them — and reseed it with {@code seed + threadNumber}; A3C's
 *       constructor reseeds it with {@code seed}. The workers here draw their exploration (ε-greedy
 *       for N-step Q, action sampling for A3C) from their own ND4J generators created with explicit
 *       seeds derived from the agent's seed instead. RL4J's reseeding of the creating thread's
 *       generator still happens (ND4J keeps one generator per thread); FeedGym never draws from it.</li>
 *   <li><b>Epsilon</b> follows {@link EpsilonSchedule} per worker (RL4J anneals from 1.0 only).</li>
 *   <li><b>Target network.</b> In RL4J 1.0.0-M1.1 {@code AsyncGlobal} copies the learner into its
 *       "target" after every update except every {@code targetDqnUpdateFreq}-th, so the period has no
 *       useful effect; it is set to -1 (copy after every update) and not exposed.</li>
 *   <li><b>Stopping.</b> RL4J's monitor checks for the end of training every 20 s by default; it is
 *       set to 20 ms. A divergence (NaN or infinite loss of a worker's update) stops every worker
 *       and is rethrown as {@link TrainingDivergedException}; the workers are joined before
 *       {@code train} returns.</li>
 * </ul>
 *
 * <p>Known RL4J behaviour kept as is: the n-step targets bootstrap from the value of the last
 * state of a segment, {@code max_a Q(s_{t+n-1}, a)} (A3C: {@code V(s_{t+n-1})}), not from the
 * state after it ({@code QLearningUpdateAlgorithm}, {@code AdvantageActorCriticUpdateAlgorithm});
 * the adapter's flags make sure that a terminated segment does not bootstrap and a truncated one
 * does. The loss checked for divergence is that of the value (or Q) network.
 */
@SuppressWarnings({"deprecation", "rawtypes", "unchecked"})
final class Rl4jAsyncLearner {

    private static final int MONITOR_MILLIS = 20;

    private Rl4jAsyncLearner() {
    }

    /** Trains {@code qNetwork} by asynchronous N-step Q-learning; returns the environment steps counted by RL4J. */
    static <O> long trainNStepQ(String agent, AsyncParameters p, Mlp qNetwork, long seed,
                                Supplier<? extends Environment<O, Integer>> envs, Function<? super O, float[]> encoder,
                                long trainingSeed, TrainingLog log) throws TrainingDivergedException {
        Shared shared = new Shared(agent, log);
        FeedMdp<O> mdp = new FeedMdp<>(envs, encoder, qNetwork.inputs(), qNetwork.outputs(), trainingSeed,
                Seeds.derive(seed, "nstep-actions", 0), Long.MAX_VALUE);
        AsyncQLearningConfiguration conf = AsyncQLearningConfiguration.builder()
                .seed(seed)
                .maxEpochStep(Integer.MAX_VALUE)
                .maxStep(p.trainingSteps())
                .numThreads(p.threads())
                .nStep(p.nStep())
                .targetDqnUpdateFreq(-1)
                .updateStart(0)
                .rewardFactor(1.0)
                .gamma(p.gamma())
                .errorClamp(Double.NaN)
                .minEpsilon(p.epsilonEnd())
                .epsilonNbStep(Math.max(1, p.epsilonAnnealSteps()))
                .build();
        EpsilonSchedule schedule = p.epsilon();
        List<Thread> workers = new ArrayList<>();
        AsyncNStepQLearningDiscreteDense<FeedState> learner = new AsyncNStepQLearningDiscreteDense<>(mdp,
                new DQN(qNetwork.network()), conf) {
            @Override
            public AsyncThread newThread(int i, int deviceNum) {
                Random random = Nd4j.getRandomFactory().getNewRandomInstance(Seeds.derive(seed, "nstep-explore", i));
                AsyncThread t = new NStepWorker(mdp.newInstance(), getAsyncGlobal(), getConfiguration(), getListeners(),
                        i, deviceNum, random, schedule, shared);
                workers.add(t);
                return t;
            }
        };
        return run(learner, learner.getAsyncGlobal(), workers, shared);
    }

    /** Trains {@code valueNetwork} and {@code policyNetwork} by A3C; returns the environment steps counted by RL4J. */
    static <O> long trainA3c(String agent, AsyncParameters p, Mlp valueNetwork, Mlp policyNetwork, long seed,
                             Supplier<? extends Environment<O, Integer>> envs, Function<? super O, float[]> encoder,
                             long trainingSeed, TrainingLog log) throws TrainingDivergedException {
        Shared shared = new Shared(agent, log);
        FeedMdp<O> mdp = new FeedMdp<>(envs, encoder, policyNetwork.inputs(), policyNetwork.outputs(), trainingSeed,
                Seeds.derive(seed, "a3c-actions", 0), Long.MAX_VALUE);
        A3CLearningConfiguration conf = A3CLearningConfiguration.builder()
                .seed(seed)
                .maxEpochStep(Integer.MAX_VALUE)
                .maxStep(p.trainingSteps())
                .numThreads(p.threads())
                .nStep(p.nStep())
                .learnerUpdateFrequency(-1)
                .rewardFactor(1.0)
                .gamma(p.gamma())
                .build();
        List<Thread> workers = new ArrayList<>();
        IActorCritic network = new ActorCriticSeparate(valueNetwork.network(), policyNetwork.network());
        A3CDiscreteDense<FeedState> learner = new A3CDiscreteDense<>(mdp, network, conf) {
            @Override
            protected AsyncThread newThread(int i, int deviceNum) {
                Random random = Nd4j.getRandomFactory().getNewRandomInstance(Seeds.derive(seed, "a3c-sample", i));
                AsyncThread t = new A3cWorker(mdp.newInstance(), getAsyncGlobal(), getConfiguration(), deviceNum,
                        getListeners(), i, random, shared);
                workers.add(t);
                return t;
            }
        };
        return run(learner, learner.getAsyncGlobal(), workers, shared);
    }

    private static long run(org.deeplearning4j.rl4j.learning.async.AsyncLearning learner, AsyncGlobal global,
                            List<Thread> workers, Shared shared) throws TrainingDivergedException {
        learner.setProgressMonitorFrequency(MONITOR_MILLIS);
        learner.addListener(shared.stopper());
        shared.learner = learner;
        learner.train();
        shared.stop.set(true);
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for RL4J workers", e);
            }
        }
        Throwable failure = shared.failure.get();
        if (failure instanceof Rl4jDivergence d) {
            throw d.toTrainingException(shared.agent);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return global.getStepCount();
    }

    /** State shared by the workers of one training run. */
    private static final class Shared {
        final String agent;
        final TrainingLog log;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile org.deeplearning4j.rl4j.learning.async.AsyncLearning learner;
        private int episodes;

        Shared(String agent, TrainingLog log) {
            this.agent = agent;
            this.log = log;
        }

        synchronized void episodeEnded(long step, double episodeReturn, double loss, double epsilon) {
            log.record(step, episodes++, episodeReturn, loss, epsilon);
        }

        void fail(Throwable t) {
            failure.compareAndSet(null, t);
            stop.set(true);
            if (learner != null) {
                learner.terminate();
            }
        }

        /** Stops the workers at their next segment once {@link #stop} is set. */
        TrainingListener stopper() {
            return new ContinuingListener() {
                private ListenerResponse response() {
                    return stop.get() ? ListenerResponse.STOP : ListenerResponse.CONTINUE;
                }

                @Override
                public ListenerResponse onNewEpoch(IEpochTrainer trainer) {
                    return response();
                }

                @Override
                public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry statEntry) {
                    return response();
                }

                @Override
                @SuppressWarnings("rawtypes")
                public ListenerResponse onTrainingProgress(ILearning learning) {
                    return response();
                }
            };
        }
    }

    /** Per-worker episode bookkeeping and divergence checks around RL4J's {@code trainSubEpoch}. */
    private static final class EpisodeTracker {
        private double episodeReturn;
        private double lossSum;
        private int segments;

        void afterSegment(AsyncThread.SubEpochReturn r, long step, double epsilon, Shared shared) {
            if (!Double.isFinite(r.getScore())) {
                throw new Rl4jDivergence(step, "loss", r.getScore());
            }
            episodeReturn += r.getReward();
            lossSum += r.getScore();
            segments++;
            if (r.isEpisodeComplete()) {
                shared.episodeEnded(step, episodeReturn, lossSum / segments, epsilon);
                episodeReturn = 0;
                lossSum = 0;
                segments = 0;
            }
        }
    }

    private static final class NStepWorker extends AsyncNStepQLearningThreadDiscrete<FeedState> {
        private final Random random;
        private final EpsilonSchedule schedule;
        private final Shared shared;
        private final EpisodeTracker tracker = new EpisodeTracker();

        NStepWorker(MDP<FeedState, Integer, DiscreteSpace> mdp, IAsyncGlobal<IDQN> global, AsyncQLearningConfiguration conf,
                    TrainingListenerList listeners, int threadNumber, int deviceNum, Random random,
                    EpsilonSchedule schedule, Shared shared) {
            super(mdp, global, conf, listeners, threadNumber, deviceNum);
            this.random = random;
            this.schedule = schedule;
            this.shared = shared;
        }

        @Override
        public Policy<Integer> getPolicy(IDQN nn) {
            IEpochTrainer trainer = this;
            AsyncQLearningConfiguration c = getConfiguration();
            return new EpsGreedy(new org.deeplearning4j.rl4j.policy.DQNPolicy(nn), (MDP) getMdp(), 0,
                    c.getEpsilonNbStep(), random, c.getMinEpsilon(), trainer) {
                @Override
                public double getEpsilon() {
                    return schedule.value(trainer.getStepCount());
                }
            };
        }

        @Override
        public SubEpochReturn trainSubEpoch(Observation obs, int steps) {
            SubEpochReturn r = super.trainSubEpoch(obs, steps);
            tracker.afterSegment(r, getStepCount(), schedule.value(getStepCount()), shared);
            return r;
        }

        @Override
        public void run() {
            try {
                super.run();
            } catch (RuntimeException | Error e) {
                shared.fail(e);
            }
        }
    }

    private static final class A3cWorker extends A3CThreadDiscrete<FeedState> {
        private final Random random;
        private final Shared shared;
        private final EpisodeTracker tracker = new EpisodeTracker();

        A3cWorker(MDP<FeedState, Integer, DiscreteSpace> mdp, IAsyncGlobal<IActorCritic> global,
                  A3CLearningConfiguration conf, int deviceNum, TrainingListenerList listeners, int threadNumber,
                  Random random, Shared shared) {
            super(mdp, global, conf, deviceNum, listeners, threadNumber);
            this.random = random;
            this.shared = shared;
        }

        @Override
        protected Policy<Integer> getPolicy(IActorCritic net) {
            return new ACPolicy<>(net, true, random);
        }

        @Override
        public SubEpochReturn trainSubEpoch(Observation obs, int steps) {
            SubEpochReturn r = super.trainSubEpoch(obs, steps);
            tracker.afterSegment(r, getStepCount(), Double.NaN, shared);
            return r;
        }

        @Override
        public void run() {
            try {
                super.run();
            } catch (RuntimeException | Error e) {
                shared.fail(e);
            }
        }
    }
}
