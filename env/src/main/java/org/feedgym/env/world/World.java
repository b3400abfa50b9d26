package org.feedgym.env.world;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.Environment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.TimeLimit;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.VectorTimeLimit;
import org.feedgym.env.data.DataCatalog;
import org.feedgym.env.data.InputFile;

/**
 * A composed world: catalog, neighbour table, user sampler, user model, candidate generator,
 * observation encoder and reward function. Immutable and shareable between threads; every
 * trial gets fresh {@link VectorEnvironment}s or single-user {@link Environment}s from it.
 */
public final class World {

    /**
     * The most users one population may have. Everything that sizes a population from input
     * checks it (an evaluation's {@code users}, a Python vector environment's {@code num_users},
     * a saved agent's per-user state), so that a mistyped or tampered number gets a message
     * instead of arrays that exhaust the heap.
     */
    public static final int MAX_USERS = 10_000_000;

    private final WorldConfig config;
    private final Catalog catalog;
    private final NeighbourTable neighbours;
    private final List<Persona> personas;
    private final UserSampler sampler;
    private final UserModel model;
    private final CandidateGenerator candidates;
    private final ObservationEncoder encoder;
    private final RewardFunction reward;
    private final int[] warmStartItems;
    private final DataCatalog data;
    private final UploadSlots uploadSlots;
    private final long creatorsSeed;

    World(WorldConfig config, Catalog catalog, NeighbourTable neighbours, List<Persona> personas,
          double[] personaWeights, DataCatalog data) {
        this(config, catalog, neighbours, personas, personaWeights, data, null, 0);
    }

    /**
     * @param uploadSlots  where the catalog's upload slots are, or {@code null} without creators
     * @param creatorsSeed the seed of the creators' mixes and uploads (unused without creators)
     */
    World(WorldConfig config, Catalog catalog, NeighbourTable neighbours, List<Persona> personas,
          double[] personaWeights, DataCatalog data, UploadSlots uploadSlots, long creatorsSeed) {
        if (config.users().exitOnAnyCategory() && !catalog.hasCategoryLists()) {
            throw new org.feedgym.env.params.FieldException("users.exitOn", "exitOn '"
                    + UsersConfig.EXIT_ON_ANY_CATEGORY + "' needs a catalog whose items carry category lists"
                    + " (kuairec); catalog type is " + config.catalog().type());
        }
        this.config = config;
        this.data = data;
        this.uploadSlots = uploadSlots;
        this.creatorsSeed = creatorsSeed;
        this.catalog = catalog;
        this.neighbours = neighbours;
        this.personas = List.copyOf(personas);
        this.reward = new RewardFunction(config.reward());
        this.sampler = new UserSampler(catalog, personas, personaWeights, interestSampler(config));
        this.model = new UserModel(catalog, personas, reward, config.users(), config.userModel());
        this.warmStartItems = warmStartPool(config.users(), catalog);
        this.candidates = new CandidateGenerator(catalog, neighbours, config.candidates());
        this.encoder = new ObservationEncoder(catalog, config.candidates().k());
    }

    /**
     * This world with another user model and the same catalog, neighbour table and data source:
     * nothing is read or rebuilt but the users' rules (for calibration, which evaluates many
     * parameter vectors over one catalog).
     */
    public World withUserModel(org.feedgym.env.usermodel.UserModelConfig userModel) {
        return withConfig(config.withUserModel(userModel));
    }

    /**
     * This world with another users section (persona mix and definitions, history, exit rules)
     * and the same catalog, neighbour table and data source.
     *
     * @throws IllegalArgumentException when the new users section does not fit the catalog
     */
    public World withUsers(UsersConfig users) {
        return withConfig(config.withUsers(users));
    }

    private World withConfig(WorldConfig changed) {
        if (changed.candidates().k() + changed.users().historyLength() > catalog.size()) {
            throw new IllegalArgumentException("candidates.k + users.historyLength must be <= the catalog's "
                    + catalog.size() + " items");
        }
        double[] weights = changed.users().personas().values().stream().mapToDouble(Double::doubleValue).toArray();
        return new World(changed, catalog, neighbours, changed.users().mixPersonas(), weights, data, uploadSlots,
                creatorsSeed);
    }

    /** The config this world was composed from. */
    public WorldConfig config() {
        return config;
    }

    /** The item catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /** Where a data catalog came from (read report, interaction log, item texts); empty when synthetic. */
    public Optional<DataCatalog> dataSource() {
        return Optional.ofNullable(data);
    }

    /** Path, size and SHA-256 of every file the catalog was read from; empty when synthetic. */
    public List<InputFile> inputFiles() {
        return data == null ? List.of() : data.report().inputFiles();
    }

    /**
     * A fresh supply side for one population: the creators at day 0 with their initial mixes, and
     * the catalog's items of day 0 live; {@code null} for a world without creators.
     */
    Creators newCreators() {
        if (uploadSlots == null) {
            return null;
        }
        return new Creators(config.creators(), catalog, uploadSlots, neighbours, config.catalog().harmfulShare(),
                creatorsSeed);
    }

    /** Items of the catalog before any upload (all of them in a world without creators). */
    public int baseItems() {
        return uploadSlots == null ? catalog.size() : uploadSlots.baseItems();
    }

    /** The item–item neighbour table used by the candidate generator. */
    public NeighbourTable neighbours() {
        return neighbours;
    }

    /** Personas in the population mix, indexed by persona number. */
    public List<Persona> personas() {
        return personas;
    }

    /** The reward function. */
    public RewardFunction reward() {
        return reward;
    }

    /** Candidates per step K. */
    public int candidateCount() {
        return config.candidates().k();
    }

    /** Length of one observation vector. */
    public int observationDimension() {
        return encoder.dimension();
    }

    /** Number of user features at the start of an observation vector. */
    public int userFeatureCount() {
        return encoder.userFeatures();
    }

    /**
     * The bytes of one user's state and observation arrays in a population of this world (array
     * headers aside): a lower bound of the heap a population needs per user.
     */
    public long populationBytesPerUser() {
        return UserStates.bytesPerUser(catalog.dimensions(), catalog.topicCount(), config.users().historyLength(),
                config.candidates().k()) + 4L * encoder.dimension();
    }

    /**
     * Refuses a population of {@code users} whose state and observation arrays alone would exceed
     * this JVM's maximum heap (a lower bound of what it needs), before anything is allocated for it.
     *
     * @throws PopulationTooLarge saying what it needs
     */
    public void requireHeapFor(int users) {
        long bytesPerUser = populationBytesPerUser();
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (bytesPerUser * users > maxHeap) {
            throw new PopulationTooLarge(users, bytesPerUser * users, bytesPerUser, maxHeap);
        }
    }

    /**
     * A new vector environment over this world, as the config builds it: the users' base
     * environment wrapped in a {@link VectorTimeLimit} of {@code episode.maxSteps}.
     *
     * @param pool where chunks of users step in parallel, or {@code null} for the calling thread;
     *             results are identical either way
     */
    public VectorEnvironment vectorEnvironment(ForkJoinPool pool) {
        return new VectorTimeLimit(new FeedPopulation(this, pool), config.episode().maxSteps());
    }

    /**
     * A vector environment of Bubble Escape Potential twins: as {@link #vectorEnvironment}, but
     * every user follows {@code script} (opposite feedback on its dominant topic for a window of
     * steps). Reset with the same seeds as an ordinary population, each twin starts as the same
     * user with the same random streams and stays identical to it until the window starts.
     */
    public VectorEnvironment twinEnvironment(ForkJoinPool pool, org.feedgym.env.OppositeFeedback script) {
        return new VectorTimeLimit(new FeedPopulation(this, pool, java.util.Objects.requireNonNull(script, "script")),
                config.episode().maxSteps());
    }

    /**
     * A new single-user environment (a population of one), as the config builds it: wrapped in a
     * {@link TimeLimit} of {@code episode.maxSteps}.
     */
    public Environment<FeedObservation, Integer> environment() {
        return new TimeLimit<>(new FeedEnvironment(this), config.episode().maxSteps());
    }

    private static int[] warmStartPool(UsersConfig users, Catalog catalog) {
        if (users.warmStartTopic() == null) {
            return new int[0];
        }
        int topic = -1;
        for (int t = 0; t < catalog.topicCount(); t++) {
            if (catalog.topics().get(t).name().equals(users.warmStartTopic())) {
                topic = t;
            }
        }
        if (topic < 0) {
            throw new IllegalArgumentException("warmStartTopic: unknown topic '" + users.warmStartTopic()
                    + "'; topics of this catalog: " + catalog.topics().stream().map(Topic::name).toList());
        }
        int chosen = topic;
        int[] pool = java.util.stream.IntStream.range(0, catalog.size())
                .filter(i -> catalog.topic(i) == chosen && catalog.uploadDay(i) == 0).toArray();
        if (pool.length == 0) {
            throw new IllegalArgumentException("warmStartTopic: topic '" + users.warmStartTopic() + "' has no items");
        }
        return pool;
    }

    /** The interest sampler part of {@code config}'s user model. */
    static org.feedgym.env.usermodel.InterestSampler interestSampler(WorldConfig config) {
        return config.userModel().create(org.feedgym.env.usermodel.Part.SAMPLER,
                org.feedgym.env.usermodel.InterestSampler.class);
    }

    /** Items a warm start draws from (empty without a warm start). */
    int[] warmStartItems() {
        return warmStartItems;
    }

    /**
     * The data catalog's interaction log, for worlds whose users start from logged interests.
     *
     * @throws IllegalStateException when the catalog has no log
     */
    org.feedgym.env.data.InteractionLog interactionLog() {
        return dataSource().flatMap(org.feedgym.env.data.DataCatalog::log).orElseThrow(
                () -> new IllegalStateException("this world's catalog has no interaction log"));
    }

    UserSampler sampler() {
        return sampler;
    }

    UserModel model() {
        return model;
    }

    CandidateGenerator candidates() {
        return candidates;
    }

    ObservationEncoder encoder() {
        return encoder;
    }
}
