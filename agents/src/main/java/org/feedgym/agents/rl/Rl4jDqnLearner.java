package org.feedgym.agents.rl;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deeplearning4j.rl4j.agent.learning.algorithm.IUpdateAlgorithm;
import org.deeplearning4j.rl4j.agent.learning.algorithm.dqn.BaseTransitionTDAlgorithm;
import org.deeplearning4j.rl4j.agent.learning.algorithm.dqn.DoubleDQN;
import org.deeplearning4j.rl4j.agent.learning.algorithm.dqn.StandardDQN;
import org.deeplearning4j.rl4j.agent.learning.behavior.ILearningBehavior;
import org.deeplearning4j.rl4j.agent.learning.update.FeaturesLabels;
import org.deeplearning4j.rl4j.agent.learning.update.IUpdateRule;
import org.deeplearning4j.rl4j.agent.learning.update.UpdateRule;
import org.deeplearning4j.rl4j.agent.learning.update.updater.NeuralNetUpdaterConfiguration;
import org.deeplearning4j.rl4j.agent.learning.update.updater.sync.SyncLabelsNeuralNetUpdater;
import org.deeplearning4j.rl4j.experience.ReplayMemoryExperienceHandler;
import org.deeplearning4j.rl4j.experience.StateActionRewardState;
import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.sync.ExpReplay;
import org.deeplearning4j.rl4j.learning.sync.qlearning.QLearning;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscrete;
import org.deeplearning4j.rl4j.network.dqn.DQN;
import org.deeplearning4j.rl4j.observation.Observation;
import org.deeplearning4j.rl4j.policy.EpsGreedy;
import org.deeplearning4j.rl4j.util.IDataManager;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.Environment;
import org.feedgym.env.random.Seeds;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DQN and Double DQN trained by RL4J ({@code implementation = "rl4j"}): RL4J's
 * {@code QLearningDiscrete} training loop — the engine of {@code QLearningDiscreteDense} — with
 * RL4J's replay memory ({@code ExpReplay}), its {@code StandardDQN}/{@code DoubleDQN} target
 * computation and its target-network updater, on a {@link FeedMdp} adapter of the environment
 * and FeedGym's own {@link Mlp} wrapped in RL4J's {@code DQN}.
 *
 * <p>What FeedGym supplies instead of RL4J's defaults, and why:
 * <ul>
 *   <li><b>The network</b> is built by {@link Mlp} (hidden sizes from the parameters, weights
 *       from the agent's seed): {@code DQNFactoryStdDense} allows one hidden width only and seeds
 *       every network with the constant 12345.</li>
 *   <li><b>The learning behaviour</b> ({@code ILearningBehavior}) is FeedGym's
 *       {@link TrainEvery}: RL4J's {@code LearningBehavior} updates the network on every step once
 *       the replay memory holds a batch; this one updates every {@code trainEvery} steps after
 *       {@code learningStarts}. It is assembled from RL4J's own parts
 *       ({@code ReplayMemoryExperienceHandler}, {@code UpdateRule}, {@code SyncLabelsNeuralNetUpdater}),
 *       which is why this class extends {@code QLearningDiscrete}: {@code QLearningDiscreteDense}
 *       has no constructor that accepts a learning behaviour.</li>
 *   <li><b>Epsilon</b>: RL4J anneals from 1.0 only; {@code getEgPolicy()} is overridden with an
 *       {@code EpsGreedy} whose {@code getEpsilon()} follows {@link EpsilonSchedule}.</li>
 *   <li><b>Target clamp</b>: RL4J's default {@code errorClamp = 1} (targets kept within 1 of the
 *       current estimate) is switched off so that both implementations learn the same targets.</li>
 *   <li><b>Target-network period</b>: RL4J counts it in updates; it is set to
 *       {@code max(1, round(targetUpdatePeriod / trainEvery))} updates.</li>
 *   <li><b>Randomness</b>: replay sampling and the epsilon draws use an ND4J generator created with
 *       an explicit seed ({@code Nd4j.getRandomFactory().getNewRandomInstance(seed)}), random
 *       actions another one ({@link FeedMdp}); {@code Nd4j.getRandom()} is never used.</li>
 *   <li><b>Divergence</b>: {@code trainStep} is overridden to check the step's max Q-value and the
 *       latest loss.</li>
 * </ul>
 * RL4J evaluates the Q-network twice per greedy step (once for its statistics, once for the
 * action) and copies every sampled transition into new ND4J arrays; that per-call overhead is why
 * this implementation is slower than {@link DqnLearner} (see {@link DqnBenchmark}).
 *
 * <p>Deprecation warnings are suppressed on purpose: in RL4J 1.0.0-M1.1 {@code QLearningDiscrete}
 * accepts only the deprecated {@code IDQN}/{@code DQN} network wrapper and legacy
 * {@code EpsGreedy} constructor; the newer agent API has no DQN learner with a replay memory.
 */
@SuppressWarnings("deprecation")
final class Rl4jDqnLearner implements DqnTrainer {

    private final String agent;
    private final DqnParameters p;
    private final boolean doubleDqn;
    private final Mlp online;
    private final long seed;

    Rl4jDqnLearner(String agent, DqnParameters p, boolean doubleDqn, Mlp online, long seed) {
        this.agent = agent;
        this.p = p;
        this.doubleDqn = doubleDqn;
        this.online = online;
        this.seed = seed;
    }

    /** Trains for exactly {@code p.trainingSteps()} environment steps; returns the steps taken. */
    @Override
    public <O> long train(Environment<O, Integer> env, Function<? super O, float[]> encoder, long trainingSeed,
                   TrainingLog log) throws TrainingDivergedException {
        Supplier<Environment<O, Integer>> once = new Supplier<>() {
            private boolean used;

            @Override
            public Environment<O, Integer> get() {
                if (used) {
                    throw new UnsupportedOperationException("synchronous DQN uses one environment");
                }
                used = true;
                return env;
            }
        };
        FeedMdp<O> mdp = new FeedMdp<>(once, encoder, online.inputs(), online.outputs(), trainingSeed,
                Seeds.derive(seed, "rl4j-actions", 0), p.trainingSteps());
        Random random = Nd4j.getRandomFactory().getNewRandomInstance(Seeds.derive(seed, "rl4j-replay", 0));
        QLearningConfiguration conf = QLearningConfiguration.builder()
                .seed(seed)
                .maxEpochStep(Integer.MAX_VALUE)
                .maxStep(p.trainingSteps())
                .expRepMaxSize(p.replaySize())
                .batchSize(p.batchSize())
                .targetDqnUpdateFreq(Math.max(1, (int) Math.round((double) p.targetUpdatePeriod() / p.trainEvery())))
                .updateStart(0)
                .rewardFactor(1.0)
                .gamma(p.gamma())
                .errorClamp(Double.NaN)
                .minEpsilon(p.epsilonEnd())
                .epsilonNbStep(Math.max(1, p.epsilonAnnealSteps()))
                .doubleDQN(doubleDqn)
                .build();
        DQN dqn = new DQN(online.network());
        TrainEvery behavior = new TrainEvery(dqn, conf, random, p.trainEvery(), Math.max(p.learningStarts(), p.batchSize()));
        Learner<O> learner = new Learner<>(mdp, dqn, conf, behavior, random, p.epsilon(), agent);
        learner.addListener(new LogListener(mdp, log));
        try {
            learner.train();
        } catch (Rl4jDivergence d) {
            throw d.toTrainingException(agent);
        }
        return mdp.steps();
    }

    /** {@code QLearningDiscrete} with FeedGym's learning behaviour, epsilon schedule and checks. */
    private static final class Learner<O> extends QLearningDiscrete<FeedState> {

        private final EpsGreedy<Integer> policy;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Learner(FeedMdp<O> mdp, DQN dqn, QLearningConfiguration conf, ILearningBehavior<Integer> behavior,
                Random random, EpsilonSchedule schedule, String agent) {
            super(mdp, dqn, conf, conf.getEpsilonNbStep(), behavior, random);
            IEpochTrainer trainer = this;
            // Raw type: RL4J's legacy constructor declares type parameters javac cannot infer here.
            this.policy = new EpsGreedy(getPolicy(), (org.deeplearning4j.rl4j.mdp.MDP) mdp, 0,
                    conf.getEpsilonNbStep(), random, conf.getMinEpsilon(), trainer) {
                @Override
                public double getEpsilon() {
                    return schedule.value(trainer.getStepCount());
                }
            };
        }

        @Override
        public EpsGreedy<Integer> getEgPolicy() {
            return policy;
        }

        @Override
        protected QLearning.QLStepReturn<Observation> trainStep(Observation obs) {
            QLearning.QLStepReturn<Observation> r = super.trainStep(obs);
            long step = getStepCount() + 1L;
            if (!Double.isFinite(r.getMaxQ())) {
                throw new Rl4jDivergence(step, "Q-value", r.getMaxQ());
            }
            if (!Double.isFinite(r.getScore())) {
                throw new Rl4jDivergence(step, "loss", r.getScore());
            }
            return r;
        }
    }

    /**
     * RL4J's replay-memory learning behaviour, updating every {@code trainEvery} experiences once
     * {@code warmup} experiences were seen (RL4J's own {@code LearningBehavior} updates on every one).
     */
    private static final class TrainEvery implements ILearningBehavior<Integer> {

        private final ReplayMemoryExperienceHandler<Integer> experience;
        private final IUpdateRule<StateActionRewardState<Integer>> updateRule;
        private final int trainEvery;
        private final int warmup;
        private long seen;

        TrainEvery(DQN qNetwork, QLearningConfiguration conf, Random random, int trainEvery, int warmup) {
            DQN target = qNetwork.clone();
            BaseTransitionTDAlgorithm.Configuration algorithm = BaseTransitionTDAlgorithm.Configuration.builder()
                    .gamma(conf.getGamma())
                    .errorClamp(conf.getErrorClamp())
                    .build();
            IUpdateAlgorithm<FeaturesLabels, StateActionRewardState<Integer>> update = conf.isDoubleDQN()
                    ? new DoubleDQN(qNetwork, target, algorithm)
                    : new StandardDQN(qNetwork, target, algorithm);
            SyncLabelsNeuralNetUpdater updater = new SyncLabelsNeuralNetUpdater(qNetwork, target,
                    NeuralNetUpdaterConfiguration.builder().targetUpdateFrequency(conf.getTargetDqnUpdateFreq()).build());
            this.updateRule = new UpdateRule<>(update, updater);
            this.experience = new ReplayMemoryExperienceHandler<>(
                    new ExpReplay<>(conf.getExpRepMaxSize(), conf.getBatchSize(), random));
            this.trainEvery = trainEvery;
            this.warmup = warmup;
        }

        @Override
        public void handleEpisodeStart() {
            experience.reset();
        }

        @Override
        public void handleNewExperience(Observation observation, Integer action, double reward, boolean isTerminal) {
            experience.addExperience(observation, action, reward, isTerminal);
            seen++;
            if (seen >= warmup && seen % trainEvery == 0 && experience.isTrainingBatchReady()) {
                List<StateActionRewardState<Integer>> batch = experience.generateTrainingBatch();
                updateRule.update(batch);
            }
        }

        @Override
        public void handleEpisodeEnd(Observation finalObservation) {
            experience.setFinalObservation(finalObservation);
        }

        @Override
        public void notifyBeforeStep() {
            // The synchronous updater has nothing to synchronise before a step.
        }
    }

    /** Forwards RL4J's per-episode statistics to the FeedGym training log. */
    private static final class LogListener extends ContinuingListener {

        private final FeedMdp<?> mdp;
        private final TrainingLog log;

        LogListener(FeedMdp<?> mdp, TrainingLog log) {
            this.mdp = mdp;
            this.log = log;
        }

        @Override
        public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry entry) {
            if (mdp.lastEndedByEnvironment() && entry instanceof QLearning.QLStatEntry q) {
                double loss = q.getScores().isEmpty() ? Double.NaN
                        : q.getScores().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                log.record(q.getStepCounter(), mdp.episodes() - 1, q.getReward(), loss, q.getEpsilon());
            }
            return ListenerResponse.CONTINUE;
        }
    }
}
