/**
 * Seed derivation: every random generator in FeedGym is derived from the run's root seed and a
 * named component, never from a global or unseeded source.
 */
package org.feedgym.env.random;
