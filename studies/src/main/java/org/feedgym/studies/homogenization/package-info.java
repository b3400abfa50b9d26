/**
 * The algorithmic-confounding (homogenization) study of Chaney, Stewart and Engelhardt, "How
 * algorithmic confounding in recommendation systems increases homogeneity and decreases utility"
 * (RecSys 2018), following the protocol of its T-RECS replication (Lucherini et al. 2021,
 * arXiv 2107.08959).
 *
 * <p>A simulation ({@link org.feedgym.studies.homogenization.StudyWorld}) draws users'
 * true preferences and items' attributes from Dirichlet distributions and every user-item
 * utility from a Beta distribution around their inner product. Each step, a creator releases new
 * items; every user is shown a list (the recommender's ranking of the items released earlier,
 * with the newest items interleaved at random positions) and consumes exactly one item: the
 * argmax of {@code rank^-0.8 · known utility}, never an item consumed before
 * ({@link org.feedgym.studies.homogenization.AttentionChoice}). Recommenders are the
 * ideal one (true utility), content filtering (NNLS,
 * {@link org.feedgym.studies.homogenization.Nnls}), implicit matrix factorisation (ALS,
 * {@link org.feedgym.studies.homogenization.ImplicitAls}), social filtering
 * ({@link org.feedgym.studies.homogenization.SocialNetwork}), popularity and random.
 * Homogenization ({@link org.feedgym.studies.homogenization.Pairing}) pairs every user
 * with the most similar other user in the recommender's own user representation and compares
 * the Jaccard overlap of the pair's consumed items with the overlap the same pair reaches under
 * the ideal recommender.
 *
 * <p>Plain Java arrays, structure of arrays, no allocation per step in the hot loops; users may
 * be stepped on a thread pool, with results that do not depend on the number of threads.
 */
package org.feedgym.studies.homogenization;
