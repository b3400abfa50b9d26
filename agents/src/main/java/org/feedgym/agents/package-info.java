/**
 * Policies that choose one of the K offered candidates for each user. {@link
 * org.feedgym.agents.Agent} is the batched policy contract; agents that need the hidden user
 * state implement {@link org.feedgym.agents.PrivilegedAgent} and are handed it explicitly.
 * Recommenders that can also rank the whole catalog for a user of a log, for offline evaluation,
 * implement {@link org.feedgym.agents.OfflineScorer}.
 */
package org.feedgym.agents;
