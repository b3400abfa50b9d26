package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.NoParameters;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.ObservationBatch;

/**
 * Content-based filtering: ranks candidates by the cosine between the user's history embedding
 * and the item's embedding. That cosine is the observation's {@link ObservationBatch#F_HISTORY_COSINE}
 * feature (the history embedding is the world's watch-weighted moving average of watched items),
 * so the agent needs neither a log nor the catalog. Before the first watched item every cosine
 * is 0 and the most popular candidate wins. See {@link UserProfileAgent} for the all-time
 * rating-weighted profile.
 *
 * <p>Offline ({@link OfflineScorer}) it rebuilds the history embedding the world keeps, from the
 * user's training rows oldest first with the log's signal in place of the watch fraction,
 * <pre>{@code
 *   h ← 0.7·h + 0.3·s_j·e_j
 * }</pre>
 * and scores item i by cos(h, e_i); this needs the catalog's embeddings (created with
 * {@link AgentContext#catalog()}).
 *
 * <p>It learns nothing, so a saved one holds only its (empty) evaluation-user state.
 */
public final class ContentAgent extends RecommenderAgent implements SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "content";

    private final AgentContext context;
    private final Catalog catalog;
    private InteractionLog train;
    private double[] profile = new double[0];

    /** A content-based agent without the catalog: it can act online but not rank offline. */
    public ContentAgent() {
        this(null);
    }

    /**
     * A content-based agent; it keeps no history of its own.
     *
     * @param context its context; the catalog, when present, is used only offline
     */
    public ContentAgent(AgentContext context) {
        super(Signal.WATCH, 0);
        this.context = context;
        this.catalog = context == null ? null : context.catalog();
    }

    /** The saved state: the evaluation users' state alone. */
    record State(Users users) implements SavedState {
    }

    /**
     * Writes the agent.
     *
     * @throws IllegalArgumentException when it was created without a context
     */
    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, new NoParameters(), context, new State(users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static ContentAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, NoParameters.class, State.class, loading, (p, context) -> new ContentAgent(context),
                (agent, state) -> { });
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return observations.candidateFeature(u, c, ObservationBatch.F_HISTORY_COSINE);
    }

    /** Keeps the training log (the histories) after checking the catalog covers its items. */
    @Override
    public void fit(InteractionLog log) {
        OfflineSupport.catalogFor(catalog, TYPE, log);
        train = log;
        profile = new double[catalog.dimensions()];
    }

    @Override
    public boolean needsCatalog() {
        return true;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        InteractionLog train = OfflineSupport.fitted(this.train, TYPE);
        Arrays.fill(profile, 0);
        for (int r = train.userStart(user); r < train.userEnd(user); r++) {
            int j = train.item(r);
            double w = 0.3 * train.signal(r);
            for (int k = 0; k < profile.length; k++) {
                profile[k] = 0.7 * profile[k] + w * catalog.embedding(j, k);
            }
        }
        OfflineSupport.cosines(catalog, profile, scores);
    }
}
