package org.feedgym.env.world;

import org.feedgym.env.PrivilegedView;
import org.feedgym.env.FeedObservationSpace;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.ObservationBatch;
import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.EnvSpec;
import org.feedgym.env.Environment;
import org.feedgym.env.ResetResult;
import org.feedgym.env.Space;
import org.feedgym.env.StepResult;

/**
 * The single-user Gym environment: a {@link FeedPopulation} of one user, so it is the same model
 * and gives exactly the trajectory that user would have in a population.
 *
 * <p>Observation: {@link FeedObservation}; action: the index of a candidate, Discrete(K).
 * {@code terminated} when the user leaves for good (or the only session ends); {@code truncated}
 * at the day horizon here, and at the step limit through the {@link org.feedgym.env.TimeLimit}
 * wrapper that {@link World#environment()} puts around it. The info map of a step holds {@code item}, {@code topic},
 * {@code harmful}, {@code watchFraction}, {@code watchSeconds}, {@code liked}, {@code shared},
 * {@code commented}, {@code downloaded}, {@code hated} (the negative signal), {@code clockSeconds} and
 * {@code endReason}.
 */
public final class FeedEnvironment implements Environment<FeedObservation, Integer> {

    private final World world;
    private final FeedPopulation population;
    private final FeedObservationSpace observationSpace;
    private final DiscreteSpace actionSpace;
    private final int[] action = new int[1];
    private long lastSeed = -1;
    private boolean needsReset = true;

    FeedEnvironment(World world) {
        this.world = world;
        this.population = new FeedPopulation(world, null);
        this.observationSpace = new FeedObservationSpace(world.observationDimension(), world.candidateCount(),
                world.catalog().size());
        this.actionSpace = new DiscreteSpace(world.candidateCount());
    }

    @Override
    public Space<FeedObservation> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public ResetResult<FeedObservation> reset(long seed) {
        population.reset(new long[] {seed});
        lastSeed = seed;
        needsReset = false;
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("seed", seed);
        info.put("persona", population.persona(0).name());
        return new ResetResult<>(observation(), info);
    }

    @Override
    public ResetResult<FeedObservation> reset() {
        return reset(lastSeed + 1);
    }

    @Override
    public StepResult<FeedObservation> step(Integer a) {
        if (needsReset) {
            throw new IllegalStateException("the episode has ended (or never began): call reset() before step()");
        }
        if (!actionSpace.contains(a)) {
            throw new IllegalArgumentException("action must be in " + actionSpace.describe() + ", got " + a);
        }
        action[0] = a;
        StepOutcomes o = population.step(action);
        int item = o.shownItem(0);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("item", item);
        info.put("topic", world.catalog().topics().get(world.catalog().topic(item)).name());
        info.put("harmful", world.catalog().harmful(item));
        info.put("watchFraction", o.watchFraction(0));
        info.put("watchSeconds", o.watchSeconds(0));
        info.put("liked", o.liked(0));
        info.put("shared", o.shared(0));
        info.put("commented", o.commented(0));
        info.put("downloaded", o.downloaded(0));
        info.put("hated", o.hated(0));
        info.put("clockSeconds", population.clockSeconds(0));
        info.put("endReason", o.endReason(0).id());
        boolean terminated = o.terminated(0);
        boolean truncated = o.truncated(0);
        needsReset = terminated || truncated;
        return new StepResult<>(observation(), o.reward(0), terminated, truncated, info);
    }

    /** Read access to the hidden state of this environment's user, for the oracle baselines. */
    public PrivilegedView privilegedView() {
        return population;
    }

    @Override
    public EnvSpec spec() {
        return spec(world, "feed");
    }

    /** The base spec of the feed world's environments: id and the world's defining arguments. */
    static EnvSpec spec(World world, String id) {
        WorldConfig c = world.config();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("catalog", c.catalog().type());
        args.put("items", world.catalog().size());
        args.put("topics", world.catalog().topicCount());
        args.put("dimensions", world.catalog().dimensions());
        args.put("k", c.candidates().k());
        args.put("days", c.episode().days());
        args.put("harmPenalty", c.reward().harmPenalty());
        args.put("personas", c.users().personas().toString());
        return new EnvSpec(id, args, null);
    }

    private FeedObservation observation() {
        ObservationBatch b = population.observations();
        float[] v = new float[b.dimension()];
        b.copyVector(0, v, 0);
        int[] c = new int[b.candidateCount()];
        for (int j = 0; j < c.length; j++) {
            c[j] = b.candidate(0, j);
        }
        return new FeedObservation(v, c);
    }
}
