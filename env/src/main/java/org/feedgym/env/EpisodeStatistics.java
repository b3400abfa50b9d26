package org.feedgym.env;

import java.util.HashMap;
import java.util.Map;

/**
 * Records the episode's return and length, as Gymnasium's {@code RecordEpisodeStatistics}: the
 * step that ends an episode carries {@code episode.return} and {@code episode.length} in its info.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public final class EpisodeStatistics<O, A> extends Wrapper<O, A> {

    private double episodeReturn;
    private int episodeLength;

    public EpisodeStatistics(Environment<O, A> inner) {
        super(inner);
    }

    @Override
    public ResetResult<O> reset(long seed) {
        episodeReturn = 0;
        episodeLength = 0;
        return inner.reset(seed);
    }

    @Override
    public ResetResult<O> reset() {
        episodeReturn = 0;
        episodeLength = 0;
        return inner.reset();
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<O> result = inner.step(action);
        episodeReturn += result.reward();
        episodeLength++;
        if (!result.done()) {
            return result;
        }
        Map<String, Object> info = new HashMap<>(result.info());
        info.put("episode.return", episodeReturn);
        info.put("episode.length", episodeLength);
        return new StepResult<>(result.observation(), result.reward(), result.terminated(), result.truncated(), info);
    }

    /** The sum of rewards of the current (or just ended) episode. */
    public double episodeReturn() {
        return episodeReturn;
    }

    /** The number of steps of the current (or just ended) episode. */
    public int episodeLength() {
        return episodeLength;
    }

    @Override
    public EnvSpec spec() {
        return new EnvSpec("episode-statistics", Map.of(), inner.spec());
    }
}
