package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.ObservationBatch;

/**
 * Item co-visitation ("people who watched this also watched"; Davidson et al. 2010, "The YouTube
 * video recommendation system", RecSys). A visit is a logged row whose signal is at least
 * {@code minSignal}; two items are co-visited when the same user visits both within
 * {@code window} visits of each other. From a log: co-visit counts, the strongest
 * {@code neighbours} per item kept. Candidate i of an evaluation user scores the sum over the
 * user's recent visits h of count(h → i), where h → i is i's count among h's kept neighbours.
 *
 * <p>Offline ({@link OfflineScorer}) the counts come from the training log and the recent visits
 * are the visits among the user's last {@code history} training rows; every item scores the same
 * sum, computed by walking each visit's kept neighbours.
 *
 * <p>A saved one holds the count table and the evaluation users' histories.
 */
public final class CovisitationAgent extends RecommenderAgent implements TrainableAgent, SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "covisitation";

    private final CovisitationParameters parameters;
    private final AgentContext context;
    private ItemNeighbours table = ItemNeighbours.empty(0);
    private InteractionLog train;

    /**
     * @param parameters validated parameters
     * @param context    the agent's context (kept for saving: the model comes from the log)
     */
    public CovisitationAgent(CovisitationParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.context = context;
    }

    /** The saved state: the co-visit table and the evaluation users' state. */
    record State(ItemNeighbours.State counts, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context, new State(table.state(), users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static CovisitationAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, CovisitationParameters.class, State.class, loading, CovisitationAgent::new,
                (agent, state) -> agent.table = ItemNeighbours.restore("counts", state.counts()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void train(Training training) {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()));
    }

    /** Counts co-visits in {@code log} (replacing any earlier fit); offline, {@code log} is also the histories. */
    @Override
    public void fit(InteractionLog log) {
        table = counts(log, parameters.window(), parameters.neighbours(), parameters.minSignal());
        train = log;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        InteractionLog train = OfflineSupport.fitted(this.train, TYPE);
        java.util.Arrays.fill(scores, 0);
        for (int r = OfflineSupport.windowStart(train, user, parameters.history()); r < train.userEnd(user); r++) {
            int visited = train.item(r);
            if (train.signal(r) < parameters.minSignal()) {
                continue;
            }
            for (int n = 0; n < table.count(visited); n++) {
                scores[table.neighbour(visited, n)] += table.weightAt(visited, n);
            }
        }
    }

    /** The fitted co-visit table. */
    public ItemNeighbours counts() {
        return table;
    }

    /** Co-visit counts of {@code log}: pairs of visits at most {@code window} apart in a user's visit sequence. */
    static ItemNeighbours counts(InteractionLog log, int window, int keep, double minSignal) {
        int users = log.userCount();
        int items = log.itemCount();
        int[] seq = new int[log.size()];
        int[] seqStart = new int[users + 1];
        int[] seqUser = new int[log.size()];
        int n = 0;
        for (int u = 0; u < users; u++) {
            for (int r = log.userStart(u); r < log.userEnd(u); r++) {
                if (log.signal(r) >= minSignal) {
                    seqUser[n] = u;
                    seq[n++] = log.item(r);
                }
            }
            seqStart[u + 1] = n;
        }
        int[] occStart = new int[items + 1];
        for (int p = 0; p < n; p++) {
            occStart[seq[p] + 1]++;
        }
        for (int i = 0; i < items; i++) {
            occStart[i + 1] += occStart[i];
        }
        int[] occ = new int[n];
        int[] fill = java.util.Arrays.copyOf(occStart, items);
        for (int p = 0; p < n; p++) {
            occ[fill[seq[p]]++] = p;
        }
        return ItemNeighbours.build(items, keep, (i, row) -> {
            for (int o = occStart[i]; o < occStart[i + 1]; o++) {
                int q = occ[o];
                int u = seqUser[q];
                int from = Math.max(seqStart[u], q - window);
                int to = Math.min(seqStart[u + 1] - 1, q + window);
                for (int p = from; p <= to; p++) {
                    if (p != q && seq[p] != i) {
                        row.add(seq[p], 1);
                    }
                }
            }
        });
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        int i = observations.candidate(u, c);
        UserHistories h = histories();
        double s = 0;
        for (int e = 0; e < h.size(u); e++) {
            int visited = h.item(u, e);
            if (h.signal(u, e) >= parameters.minSignal() && visited < table.items()) {
                s += table.weight(visited, i);
            }
        }
        return s;
    }
}
