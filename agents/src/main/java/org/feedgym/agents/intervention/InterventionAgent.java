package org.feedgym.agents.intervention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ParallelAgent;
import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.AgentLoader;
import org.feedgym.agents.registry.StateChecks;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.PrivilegedView;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;

/**
 * A ranking-side intervention around an inner agent: at every step the inner agent acts and
 * scores its candidates ({@link Agent#actWithScores}), the scores are normalised to [0, 1] per
 * user, and the intervention's {@link CandidateRule} picks what is shown. Its own scores are the
 * rule's ranking, so wrappers compose: the outer one re-ranks what the inner one ranked.
 *
 * <p>Learning: the inner agent observes every step's outcomes, which name the item actually
 * shown, so an online learner learns from what the wrapper showed rather than from what it would
 * have shown (the realistic case: a platform's logs hold what users saw); agents that credit
 * outcomes to their own choice are told the shown candidates through {@link Agent#overridden}. Training before
 * evaluation is the inner agent's own ({@link TrainableInterventionAgent}): a wrapped DQN trains
 * exactly as DQN does, on its own choices, and the intervention applies when it is deployed.
 *
 * <p>The inner agent gets the wrapper's context unchanged, so with a rule that changes nothing it
 * acts exactly as the same agent unwrapped; the wrapper's own randomness comes from
 * {@code derive(seed, "intervention:" + type, 0)}.
 *
 * <p>Saved as a directory holding the wrapper's description (its parameters, context, generator
 * position and the users' recent items) with the inner agent saved in its subdirectory
 * {@value #INNER_DIRECTORY}.
 */
public class InterventionAgent implements SavableAgent, PrivilegedAgent, ParallelAgent {

    /** The subdirectory of a saved wrapper that holds its inner agent. */
    public static final String INNER_DIRECTORY = "agent";

    /**
     * The saved state: the wrapper's generator, every user's recent items and the rule's own
     * per-user memory ({@code null} for rules that keep none).
     */
    record State(long[] generator, List<int[]> recent, List<int[]> rule) {
    }

    private final String type;
    private final Object parameters;
    private final CandidateRule rule;
    private final Agent inner;
    private final AgentContext context;
    private final RecentItems recent;
    private MixRandom random;
    private int[] innerActions = new int[0];
    private double[] scores = new double[0];

    /**
     * @param type       the intervention's registry type
     * @param parameters its parameter record (saved with it)
     * @param rule       what it does to each user's candidates
     * @param inner      the agent it wraps
     * @param context    the context it was created with (its seed seeds the wrapper's generator)
     */
    public InterventionAgent(String type, Object parameters, CandidateRule rule, Agent inner, AgentContext context) {
        this.type = Objects.requireNonNull(type, "type");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.inner = Objects.requireNonNull(inner, "inner");
        this.context = Objects.requireNonNull(context, "context");
        this.recent = new RecentItems(Math.max(1, rule.window()));
        this.random = Seeds.generator(context.seed(), "intervention:" + type, 0);
    }

    @Override
    public String type() {
        return type;
    }

    /** The wrapped agent. */
    public Agent inner() {
        return inner;
    }

    /**
     * Passes the view on to a privileged inner agent (the oracle, the engagement maximiser); the
     * interventions themselves read only observations and the catalog, never hidden user state.
     */
    @Override
    public void grant(PrivilegedView view) {
        if (inner instanceof PrivilegedAgent privileged) {
            privileged.grant(view);
        }
    }

    /** Lets a parallel inner agent act on {@code pool}; the rule itself runs on the calling thread. */
    @Override
    public void actOn(java.util.concurrent.ForkJoinPool pool) {
        if (inner instanceof ParallelAgent parallel) {
            parallel.actOn(pool);
        }
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int n = observations.users();
        int k = observations.candidateCount();
        if (scores.length != n * k) {
            scores = new double[n * k];
        }
        actWithScores(observations, actions, scores);
    }

    @Override
    public void actWithScores(ObservationBatch observations, int[] actions, double[] out) {
        int n = observations.users();
        int k = observations.candidateCount();
        if (innerActions.length != n) {
            innerActions = new int[n];
        }
        recent.ensureUsers(n);
        rule.startUsers(n);
        inner.actWithScores(observations, innerActions, out);
        for (int u = 0; u < n; u++) {
            if (!observations.active(u)) {
                continue;
            }
            if (episodeStarts(observations, u)) {
                recent.clear(u);
                rule.episodeStarts(u);
            }
            int offset = u * k;
            normalise(out, offset, k, innerActions[u]);
            actions[u] = rule.choose(observations, u, innerActions[u], out, offset, recent, random);
        }
        inner.overridden(observations, actions);
    }

    /** Passes the shown candidates on to the inner agent. */
    @Override
    public void overridden(ObservationBatch observations, int[] shown) {
        inner.overridden(observations, shown);
    }

    /**
     * True on a user's first step of its episode: no step into the session yet in its first
     * session (the observation's user features end with steps into the session / 100 and sessions
     * so far / 10).
     */
    private static boolean episodeStarts(ObservationBatch observations, int u) {
        int f = observations.userFeatureCount();
        return observations.feature(u, f - 2) == 0 && Math.round(observations.feature(u, f - 1) * 10) <= 1;
    }

    /**
     * Maps a user's scores onto [0, 1] (min to 0, max to 1; all equal to 0), so that a rule's
     * weights mean the same for every inner agent. Rows with a non-finite score fall back to the
     * default scores: 1 for the inner choice, 0 for the others.
     */
    static void normalise(double[] scores, int offset, int k, int choice) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = scores[offset + c];
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double range = max - min;
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(range)) {
            for (int c = 0; c < k; c++) {
                scores[offset + c] = c == choice ? 1 : 0;
            }
            return;
        }
        for (int c = 0; c < k; c++) {
            scores[offset + c] = range > 0 ? (scores[offset + c] - min) / range : 0;
        }
    }

    @Override
    public void observe(StepOutcomes outcomes) {
        int n = Math.min(outcomes.size(), recent.usersKnown());
        for (int u = 0; u < n; u++) {
            int item = outcomes.shownItem(u);
            if (item >= 0) {
                recent.add(u, item);
                rule.observe(outcomes, u);
            }
        }
        inner.observe(outcomes);
    }

    /**
     * Saves the inner agent into {@value #INNER_DIRECTORY}, then the wrapper's description.
     *
     * @throws IOException also when the inner agent cannot be saved
     */
    @Override
    public void save(Path dir) throws IOException {
        if (!(inner instanceof SavableAgent savable)) {
            throw new IOException("intervention '" + type + "' cannot be saved: its inner agent of type '"
                    + inner.type() + "' cannot be saved");
        }
        savable.save(dir.resolve(INNER_DIRECTORY));
        AgentFiles.write(dir, type, parameters, context, new State(random.state(), recent.state(), rule.memory()));
    }

    /**
     * The wrapper of kind {@code kind} around {@code inner}: a {@link TrainableInterventionAgent}
     * when {@code innerTrains} and the inner agent is trainable.
     *
     * @param own the intervention's parameter record (of {@link InterventionKind#parameters()})
     */
    public static InterventionAgent of(InterventionKind<?> kind, Object own, Agent inner, AgentContext context,
                                       boolean innerTrains) {
        CandidateRule rule = kind.createRule(own, context);
        if (innerTrains && inner instanceof TrainableAgent trainable) {
            return new TrainableInterventionAgent(kind.type(), own, rule, trainable, context);
        }
        return new InterventionAgent(kind.type(), own, rule, inner, context);
    }

    /**
     * Reads a wrapper saved with {@link #save}: its description, then its inner agent from
     * {@value #INNER_DIRECTORY} through {@code innerLoader} (the registry's, so the inner agent may
     * be of any type, another wrapper included).
     *
     * @throws IOException naming the file, the field and the rule broken
     */
    public static InterventionAgent load(InterventionKind<?> kind, Path dir, AgentContext loading,
                                         AgentLoader innerLoader) throws IOException {
        AgentFiles.Saved<?, State> saved = AgentFiles.read(dir, kind.type(), kind.parameters(), State.class, loading);
        Agent inner = innerLoader.load(dir.resolve(INNER_DIRECTORY), loading);
        InterventionAgent agent = of(kind, saved.parameters(), inner, saved.context(), true);
        try {
            agent.restore(saved.state(), loading.requireCatalog(kind.type()).size());
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(DESCRIPTION_FILE) + ": " + e.getMessage(), e);
        }
        return agent;
    }

    /** Restores a saved generator position, recent items and the rule's memory. */
    void restore(State state, int catalogSize) {
        long[] generator = StateChecks.required("generator", state.generator());
        if (generator.length != MixRandom.STATE_WORDS) {
            throw new IllegalArgumentException(StateChecks.path("generator")
                    + ": must hold " + MixRandom.STATE_WORDS + " words, got " + generator.length);
        }
        random = MixRandom.restore(generator);
        recent.restore(state.recent(), catalogSize);
        if (state.rule() != null) {
            rule.restoreMemory(state.rule());
        }
    }
}
