/**
 * Classic recommenders as feed policies: each ranks the K offered candidates by its score
 * ({@link org.feedgym.agents.recommender.RecommenderAgent}). Content-based (history cosine),
 * user profile (rating-weighted mean of item embeddings), item co-visitation, item-kNN, user-kNN,
 * biased matrix factorisation (Koren et al. 2009) and a two-tower neural retrieval model on DL4J's
 * SameDiff (Covington et al. 2016, Yi et al. 2019); popularity lives with the baselines.
 *
 * <p>The collaborative ones learn from an {@link org.feedgym.env.data.InteractionLog} (the one
 * log class, shared with the real-data readers): {@code fit(log)} takes any log, a real one or a
 * simulated one, and {@code train} produces one with a
 * {@link org.feedgym.agents.recommender.LogCollector} running a logging policy (random or
 * popularity) on training users. Evaluation users are new to the model; their state (recent items
 * and signals) comes from {@code observe} and is kept in
 * {@link org.feedgym.agents.recommender.UserHistories}.
 *
 * <p>Every recommender here is also an {@link org.feedgym.agents.OfflineScorer}: after
 * {@code fit} on the training part of a log it scores every item for a user of that log from the
 * user's training rows, for offline evaluation ({@code feedgym offline}).
 *
 * <p>Every recommender here is an {@link org.feedgym.agents.SavableAgent}: its saved state is its
 * model (co-visit counts, item similarities, the logged users' rating vectors, the factorisation)
 * plus the evaluation users' state, captured and restored in one place
 * ({@link org.feedgym.agents.recommender.RecommenderAgent.Users}), so a loaded agent acts exactly
 * as the saved one would. The training log is not saved: offline scoring reads it, so a loaded
 * log-trained agent is fitted again before it ranks a log (the matrix factorisation, whose model
 * holds the logged users, excepted).
 */
package org.feedgym.agents.recommender;
