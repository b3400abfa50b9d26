/**
 * The Gymnasium-style contract every FeedGym environment follows.
 *
 * <p>{@link org.feedgym.env.Environment#reset(long)} starts an episode and returns the first
 * observation; {@link org.feedgym.env.Environment#step(Object)} advances it and returns a
 * {@link org.feedgym.env.StepResult} that keeps {@code terminated} (the user left for good, the
 * episode's natural end: never bootstrap) apart from {@code truncated} (a horizon cut the episode
 * short: bootstrap from the last observation). Spaces describe what is legal to observe and to
 * do; {@link org.feedgym.env.EnvSpec} describes the whole wrapper stack.
 *
 * <p>This module never imports DL4J, ND4J or RL4J; a test enforces it.
 */
package org.feedgym.env;
