/**
 * The simulated users' behaviour, split into parts that a world config names by registry id:
 * response (watch ratio), signals (like, share, comment, download given watch), negative signal
 * (hate given watch), transition (satiation, interest drift, boredom), exit, returns, session
 * budget, and the interest sampler of new users. Each part is an interface with small
 * implementations, each implementation has a validated parameter record, and
 * {@link org.feedgym.env.usermodel.UserModelParts} maps type ids to them;
 * {@link org.feedgym.env.usermodel.UserModelConfig} is the {@code world.userModel} section of a
 * config. The parts compute on plain numbers; {@code org.feedgym.env.world.UserModel} and
 * {@code UserSampler} apply them to the users' state.
 */
package org.feedgym.env.usermodel;
