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
 */
public record WorldConfig(CatalogConfig catalog, UsersConfig users, CandidatesConfig candidates,
                          RewardConfig reward, EpisodeConfig episode, UserModelConfig userModel) {

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
                throw new IllegalArgumentException("users.warmStartTopic: unknown topic '" + users.warmStartTopic()
                        + "'; topics of this catalog: " + names);
            }
            if (userModel.parameters(org.feedgym.env.usermodel.Part.RESPONSE)
                    instanceof org.feedgym.env.usermodel.SockPuppetParameters script) {
                for (String t : script.targetTopics()) {
                    if (!names.contains(t)) {
                        throw new org.feedgym.env.params.FieldException("userModel.response.targetTopics",
                                "unknown topic '" + t + "'; topics of this catalog: " + names);
                    }
                }
            }
        }
        // A data catalog's size is known only once it is read: WorldFactory checks it then.
        if (catalog.items() != null && candidates.k() + users.historyLength() > catalog.items()) {
            throw new IllegalArgumentException("candidates.k + users.historyLength must be <= catalog.items ("
                    + catalog.items() + "), got " + candidates.k() + " + " + users.historyLength());
        }
    }

    /** This config with {@code userModel} in place of its user model. */
    public WorldConfig withUserModel(UserModelConfig model) {
        return new WorldConfig(catalog, users, candidates, reward, episode, model);
    }

    /** This config with {@code population} in place of its users section. */
    public WorldConfig withUsers(UsersConfig population) {
        return new WorldConfig(catalog, population, candidates, reward, episode, userModel);
    }

    /** The default world. */
    public static WorldConfig defaults() {
        return new WorldConfig(null, null, null, null, null);
    }
}
