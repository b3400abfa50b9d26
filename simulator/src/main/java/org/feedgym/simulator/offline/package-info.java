/**
 * Offline evaluation of recommenders on a log: {@code feedgym offline CONFIG}.
 *
 * <p>A log ({@link org.feedgym.simulator.offline.OfflineLog}: MovieLens ratings, the KuaiRand
 * like/hate subset, or a simulated logging-policy run) is split per user into training,
 * validation and test rows ({@link org.feedgym.simulator.offline.LogSplit}); every recommender
 * of the config that can rank offline ({@link org.feedgym.agents.OfflineScorer}) is fitted on the
 * training rows and ranks all items for each user; P@K, R@K, NDCG@K
 * ({@link org.feedgym.simulator.offline.RankingMetrics}) and, for models that predict the signal,
 * MSE, MAE and RMSE are reported with 95% intervals
 * ({@link org.feedgym.simulator.offline.OfflineEvaluator},
 * {@link org.feedgym.simulator.offline.OfflineReport}). The run directory is written atomically
 * with its resolved config and manifest ({@link org.feedgym.simulator.offline.OfflineService}).
 */
package org.feedgym.simulator.offline;
