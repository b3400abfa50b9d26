/**
 * Seed derivation: every random generator in FeedGym is derived from the run's root seed and a
 * named component, never from a global or unseeded source. {@link org.feedgym.env.random.Samplers}
 * draws Gamma, Beta and Dirichlet variates from such a generator.
 */
package org.feedgym.env.random;
