package org.feedgym.agents.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.ParallelAgent;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.NoParameters;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.parallel.UserChunks;

/**
 * Base of agents that score every candidate and pick the highest score (ties go to the lower
 * candidate index, so the choice is deterministic). They take no parameters and learn nothing
 * online, so a saved one is its type alone and acts the same in any world. A score reads only
 * the user's observation and what the agent knows of the world (never state that acting
 * changes), so the users are scored in parallel when the agent is given a pool.
 */
public abstract class ScoringAgent implements SavableAgent, ParallelAgent {

    private ForkJoinPool pool;

    @Override
    public final void actOn(ForkJoinPool actingPool) {
        this.pool = actingPool;
    }

    /** Writes a description holding the type alone. */
    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, type(), new NoParameters(), null, null);
    }

    /** The score of candidate {@code c} of user {@code u}; higher is better. */
    protected abstract double score(ObservationBatch observations, int u, int c);

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        choose(observations, actions, null);
    }

    /** The scores are the agent's own {@link #score}s. */
    @Override
    public void actWithScores(ObservationBatch observations, int[] actions, double[] scores) {
        choose(observations, actions, scores);
    }

    /** Picks the best-scored candidate of every active user; writes the scores when {@code scores} is given. */
    private void choose(ObservationBatch observations, int[] actions, double[] scores) {
        UserChunks.forEachUser(pool, observations.users(), u -> {
            if (observations.active(u)) {
                actions[u] = best(observations, u, scores);
            }
        });
    }

    /** The best-scored candidate of user {@code u} (ties to the lower index); writes its scores when asked. */
    private int best(ObservationBatch observations, int u, double[] scores) {
        int k = observations.candidateCount();
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = score(observations, u, c);
            if (scores != null) {
                scores[u * k + c] = s;
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }
}
