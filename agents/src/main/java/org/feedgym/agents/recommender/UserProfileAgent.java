package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.ObservationBatch;

/**
 * The "user profile" content-based recommender (Lops, de Gemmis &amp; Semeraro 2011, in the
 * Recommender Systems Handbook): a user's profile is the rating-weighted mean of the features
 * (catalog embeddings) of every item the user was shown in this population,
 * <pre>{@code
 *   profile_u ∝ Σ_j r_uj · e_j
 * }</pre>
 * with r the configured {@link Signal}, and candidate i scores cos(profile_u, e_i). Unlike
 * {@link ContentAgent} (the world's recency-weighted history) the profile weighs all of a user's
 * items by how much the user liked them; with the reward signal, items that drew a harm penalty
 * push the profile away. Kept incrementally: O(d) per observed item, N·d doubles in all. Needs the
 * catalog.
 *
 * <p>Offline ({@link OfflineScorer}) the profile is Σ s_j·e_j over all of the user's training
 * rows, with s the log's signal.
 *
 * <p>A saved one holds the evaluation users' profiles with their histories.
 */
public final class UserProfileAgent extends RecommenderAgent implements SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "user-profile";

    private final UserProfileParameters parameters;
    private final AgentContext context;
    private final Catalog catalog;
    private final int d;
    private double[] profile = new double[0];
    private double norm;
    private int current;
    private InteractionLog train;
    private double[] offlineProfile = new double[0];

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public UserProfileAgent(UserProfileParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), 0);
        this.parameters = parameters;
        this.context = context;
        this.catalog = context.requireCatalog(TYPE);
        this.d = catalog.dimensions();
    }

    /** The saved state: the evaluation users' state, their profiles included ({@link #perUserState()}). */
    record State(Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context, new State(users()));
    }

    /** Reads an agent written by {@link #save}; the loading context must hold the catalog. */
    public static UserProfileAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, UserProfileParameters.class, State.class, loading, UserProfileAgent::new,
                (agent, state) -> { });
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected void usersChanged(int users) {
        profile = new double[users * d];
    }

    /** The profiles, users × d. */
    @Override
    protected double[] perUserState() {
        return profile;
    }

    @Override
    protected void observed(int u, int item, double value) {
        int base = u * d;
        for (int k = 0; k < d; k++) {
            profile[base + k] += value * catalog.embedding(item, k);
        }
    }

    /** Component k of user u's profile (unnormalised: Σ r_uj e_j). */
    public double profile(int u, int k) {
        return profile[u * d + k];
    }

    @Override
    protected void beginUser(ObservationBatch observations, int u) {
        double s = 0;
        int base = u * d;
        for (int k = 0; k < d; k++) {
            s += profile[base + k] * profile[base + k];
        }
        norm = Math.sqrt(s);
        current = u;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        if (!(norm > 0)) {
            return 0;
        }
        int i = observations.candidate(u, c);
        int base = current * d;
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += profile[base + k] * catalog.embedding(i, k);
        }
        // Embeddings are unit vectors, so this is the cosine.
        return s / norm;
    }

    /** Keeps the training log (the histories) after checking the catalog covers its items. */
    @Override
    public void fit(InteractionLog log) {
        OfflineSupport.catalogFor(catalog, TYPE, log);
        train = log;
        offlineProfile = new double[d];
    }

    @Override
    public boolean needsCatalog() {
        return true;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        InteractionLog train = OfflineSupport.fitted(this.train, TYPE);
        Arrays.fill(offlineProfile, 0);
        for (int r = train.userStart(user); r < train.userEnd(user); r++) {
            int j = train.item(r);
            double w = train.signal(r);
            for (int k = 0; k < d; k++) {
                offlineProfile[k] += w * catalog.embedding(j, k);
            }
        }
        OfflineSupport.cosines(catalog, offlineProfile, scores);
    }
}
