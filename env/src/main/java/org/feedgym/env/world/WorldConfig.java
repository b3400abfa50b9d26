package org.feedgym.env.world;

import org.feedgym.env.usermodel.UserModelConfig;

/**
 * Everything that defines a simulated world. Every field may be omitted in JSON and gets its
 * default here, so that a resolved config lists every value that was used.
 *
 * @param catalog    the item catalog
 * @param users      the user population
 * @param candidates the candidate generator
 * @param reward     the reward function
 * @param episode    episode horizons
 * @param userModel  the simulated users' behaviour, part by part ({@link UserModelConfig})
 * @param calibration the real log the users are compared with (and fitted to by
 *                   {@code feedgym calibrate}), or null for none ({@link CalibrationConfig})
 * @param creators   the creators who upload new items each simulated day, or null for a catalog
 *                   that never changes ({@link CreatorsConfig}); needs {@code episode.days} &ge; 2
 *                   and a synthetic catalog
 */
public record WorldConfig(CatalogConfig catalog, UsersConfig users, CandidatesConfig candidates,
                          RewardConfig reward, EpisodeConfig episode, UserModelConfig userModel,
                          CalibrationConfig calibration, CreatorsConfig creators) {

    /** A world without creators. */
    public WorldConfig(CatalogConfig catalog, UsersConfig users, CandidatesConfig candidates, RewardConfig reward,
                       EpisodeConfig episode, UserModelConfig userModel, CalibrationConfig calibration) {
        this(catalog, users, candidates, reward, episode, userModel, calibration, null);
    }

    /** A world without a calibration log. */
    public WorldConfig(CatalogConfig catalog, UsersConfig users, CandidatesConfig candidates, RewardConfig reward,
                       EpisodeConfig episode, UserModelConfig userModel) {
        this(catalog, users, candidates, reward, episode, userModel, null);
    }

    /** A world with the default user model. */
    public WorldConfig(CatalogConfig catalog, UsersConfig users, CandidatesConfig candidates, RewardConfig reward,
                       EpisodeConfig episode) {
        this(catalog, users, candidates, reward, episode, null);
    }

    public WorldConfig {
        userModel = userModel == null ? UserModelConfig.defaults() : userModel;
        catalog = catalog == null ? CatalogConfig.defaults() : catalog;
        users = users == null ? new UsersConfig(null, null) : users;
        candidates = candidates == null ? new CandidatesConfig(null, null, null, null, null) : candidates;
        reward = reward == null ? new RewardConfig(null, null, null, null, null, null) : reward;
        episode = episode == null ? new EpisodeConfig(null, null) : episode;
        if (catalog.type().equals("synthetic")) {
            // A data catalog's topics are known only once it is read: the world checks them then.
            java.util.List<String> names = SyntheticCatalog.topics(catalog.topics(), catalog.harmfulTopics()).stream()
                    .map(Topic::name).toList();
            if (users.warmStartTopic() != null && !names.contains(users.warmStartTopic())) {
                throw new org.feedgym.env.params.FieldException("users.warmStartTopic", "unknown topic '"
                        + users.warmStartTopic() + "'" + org.feedgym.env.params.UnknownKey.didYouMean(
                        users.warmStartTopic(), names) + "; topics of this catalog: " + names);
            }
            if (userModel.parameters(org.feedgym.env.usermodel.Part.RESPONSE)
                    instanceof org.feedgym.env.usermodel.SockPuppetParameters script) {
                for (String t : script.targetTopics()) {
                    if (!names.contains(t)) {
                        throw new org.feedgym.env.params.FieldException("userModel.response.targetTopics",
                                "unknown topic '" + t + "'" + org.feedgym.env.params.UnknownKey.didYouMean(t, names)
                                + "; topics of this catalog: " + names);
                    }
                }
            }
        }
        // A data catalog's size is known only once it is read: WorldFactory checks it then.
        if (catalog.items() != null && candidates.k() + users.historyLength() > catalog.items()) {
            throw new IllegalArgumentException("candidates.k + users.historyLength must be <= catalog.items ("
                    + catalog.items() + "), got " + candidates.k() + " + " + users.historyLength());
        }
        if (calibration != null) {
            checkCalibration(catalog, users, userModel, calibration);
        }
        if (creators != null) {
            checkCreators(catalog, episode, creators);
        }
    }

    /** The most items a catalog with upload slots may hold. */
    static final long UPLOAD_CATALOG_LIMIT = 2_000_000L;

    private static void checkCreators(CatalogConfig catalog, EpisodeConfig episode, CreatorsConfig creators) {
        if (episode.days() < 2) {
            throw new org.feedgym.env.params.FieldException("creators", "creators upload at day boundaries and need"
                    + " multi-day episodes: episode.days must be >= 2 (uploads arrive on days 1 .. days - 1), got "
                    + episode.days());
        }
        if (!catalog.type().equals("synthetic")) {
            throw new org.feedgym.env.params.FieldException("creators", "creators upload items embedded like"
                    + " synthetic items and need a synthetic catalog; catalog type is '" + catalog.type() + "'");
        }
        long slots = (long) (episode.days() - 1) * catalog.topics() * creators.uploadsPerDayTotal();
        if (catalog.items() + slots > UPLOAD_CATALOG_LIMIT) {
            throw new org.feedgym.env.params.FieldException("creators", "the catalog with a slot for every item that"
                    + " could be uploaded ((days - 1) x topics x count x uploadsPerDay = " + slots + ") must hold at most "
                    + UPLOAD_CATALOG_LIMIT + " items");
        }
        try {
            creators.checkTopics(SyntheticCatalog.topics(catalog.topics(), catalog.harmfulTopics()).stream()
                    .map(Topic::name).toList());
        } catch (org.feedgym.env.params.FieldException e) {
            throw org.feedgym.env.params.FieldException.under("creators", e);
        }
    }

    /** The catalog config of the calibration log: its own, else the world's catalog. */
    public CatalogConfig calibrationLog() {
        return calibration == null ? null : calibration.log() != null ? calibration.log() : catalog;
    }

    private static void checkCalibration(CatalogConfig catalog, UsersConfig users, UserModelConfig userModel,
                                         CalibrationConfig calibration) {
        CatalogConfig log = calibration.log() != null ? calibration.log() : catalog;
        if (!LOG_TYPES.contains(log.type())) {
            throw new org.feedgym.env.params.FieldException(calibration.log() != null ? "calibration.log.type"
                    : "calibration.log", "the calibration log must be a catalog config of type " + LOG_TYPES
                    + (calibration.log() != null ? ", got '" + log.type() + "'"
                    : "; the world's catalog is '" + log.type() + "', so name the log here"));
        }
        try {
            users.persona(calibration.persona());
        } catch (IllegalArgumentException e) {
            throw new org.feedgym.env.params.FieldException("calibration.persona", e.getMessage());
        }
        try {
            calibration.checkFit(calibration.structured(userModel));
        } catch (IllegalArgumentException e) {
            throw org.feedgym.env.params.FieldException.under("calibration", e);
        }
    }

    /** Catalog types that are interaction logs a calibration can compare with. */
    public static final java.util.List<String> LOG_TYPES = java.util.List.of("kuairand", "movielens", "log");

    /** This config with {@code userModel} in place of its user model. */
    public WorldConfig withUserModel(UserModelConfig model) {
        return new WorldConfig(catalog, users, candidates, reward, episode, model, calibration, creators);
    }

    /** This config with {@code horizons} in place of its episode section. */
    public WorldConfig withEpisode(EpisodeConfig horizons) {
        return new WorldConfig(catalog, users, candidates, reward, horizons, userModel, calibration, creators);
    }

    /** This config with {@code items} in place of its catalog section. */
    public WorldConfig withCatalog(CatalogConfig items) {
        return new WorldConfig(items, users, candidates, reward, episode, userModel, calibration, creators);
    }

    /** This config with {@code population} in place of its users section. */
    public WorldConfig withUsers(UsersConfig population) {
        return new WorldConfig(catalog, population, candidates, reward, episode, userModel, calibration, creators);
    }

    /** The default world. */
    public static WorldConfig defaults() {
        return new WorldConfig(null, null, null, null, null);
    }
}
