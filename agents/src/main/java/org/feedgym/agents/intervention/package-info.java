/**
 * Ranking-side interventions: agents that wrap any agent and re-rank or mask its candidates
 * (diversity re-ranking, a moderation filter, exploration, the non-personalised feed of DSA
 * Art. 38). A wrapper is an agent like any other: it is configured by registry type with its inner
 * agent under {@code "agent"}, composes with other wrappers, saves and loads with its inner agent,
 * and trains when its inner agent trains.
 */
package org.feedgym.agents.intervention;
