/**
 * The simulated feed world, split as in Google's RecSim: a {@link org.feedgym.env.world.Catalog}
 * of items, a {@link org.feedgym.env.world.UserSampler} that draws users from
 * {@link org.feedgym.env.world.Persona}s, a {@link org.feedgym.env.world.UserModel} (response to a
 * shown item and the state transition it causes), a
 * {@link org.feedgym.env.world.CandidateGenerator} that offers K items per step, and a
 * {@link org.feedgym.env.world.RewardFunction}. {@link org.feedgym.env.world.WorldFactory}
 * composes them from a {@link org.feedgym.env.world.WorldConfig}.
 *
 * <p>State lives in arrays over users ({@link org.feedgym.env.world.UserStates}), so
 * {@link org.feedgym.env.world.FeedPopulation} steps N users in one call; the single-user
 * {@link org.feedgym.env.world.FeedEnvironment} is a population of one, not a second model.
 * Each user owns generators derived from its own seed, so a user's trajectory does not depend on
 * which other users step with it or on the number of threads.
 *
 * <p>With {@code world.creators} the world also has a supply side: each population's
 * {@link org.feedgym.env.world.Creators} upload items into the catalog's upload slots
 * ({@link org.feedgym.env.world.UploadSlots}) at day boundaries and adapt their topic mixes to the
 * watch time their uploads earned; {@link org.feedgym.env.world.LiveNeighbours} grows the
 * population's neighbour table. Users are then coupled through what is uploaded, and days are kept
 * in step across users (results still do not depend on the number of threads).
 */
package org.feedgym.env.world;
