/**
 * Bandits that learn online from the whole population's feedback: ε-greedy, UCB1 (Auer et al.
 * 2002) and Beta–Bernoulli Thompson sampling (Chapelle &amp; Li 2011; Agrawal &amp; Goyal 2012) over
 * topic or item arms ({@link org.feedgym.agents.bandit.Arms}), and the linear contextual bandits
 * LinUCB (Li et al. 2010) and linear-Gaussian Thompson sampling (Agrawal &amp; Goyal 2013) over the
 * visible candidate features.
 *
 * <p>Each algorithm is a plain core ({@link org.feedgym.agents.bandit.ArmBandit},
 * {@link org.feedgym.agents.bandit.LinUcb}, {@link org.feedgym.agents.bandit.LinearThompson})
 * that knows nothing of the feed and is tested on Bernoulli and linear known-answer problems; the
 * {@code *Agent} classes adapt a core to {@code act}/{@code observe}. One bandit serves every user
 * of a population: the statistics are shared and updated after each batched step, in user order,
 * so results do not depend on threads.
 *
 * <p>Every bandit agent is a {@link org.feedgym.agents.SavableAgent}. The cores keep their
 * learned statistics in two shared pieces that capture and restore themselves,
 * {@code ArmStatistics} (pulls and reward sums per arm) and
 * {@link org.feedgym.agents.bandit.RidgeRegression} (A, b and the update count per model); the
 * two agent bases add the pulls still awaiting their outcomes, and each agent its generator's
 * position when it samples. Restored arrays are checked against the sizes the parameters and the
 * catalog give, so a damaged or mismatched file fails naming its {@code $.state} field.
 */
package org.feedgym.agents.bandit;
