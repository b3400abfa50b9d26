/**
 * Fidelity of simulated users to a real interaction log: a neutral
 * {@link org.feedgym.simulator.fidelity.InteractionTable} filled from a log or from simulated
 * replay rows, the {@link org.feedgym.simulator.fidelity.Selection} both go through (the KuaiRand
 * subset keeps only rows with a like or hate), {@link org.feedgym.simulator.fidelity.Targets}
 * pooled over users, {@link org.feedgym.simulator.fidelity.Distances} between real and simulated
 * samples (Kolmogorov–Smirnov, 1-Wasserstein), per-behaviour ROC-AUC with user-cluster bootstrap
 * intervals beside two reference predictors ({@link org.feedgym.simulator.fidelity.ItemPopularity},
 * {@link org.feedgym.simulator.fidelity.LogisticRegression}), and
 * {@link org.feedgym.simulator.fidelity.FidelityJson}, the writer of {@code fidelity.json}.
 *
 * <p>The per-behaviour AUC follows KuaiSim (Zhao et al. 2023), which picks its user model by
 * ROC-AUC on held-out KuaiRand logs (Gao et al. 2022).
 */
package org.feedgym.simulator.fidelity;
