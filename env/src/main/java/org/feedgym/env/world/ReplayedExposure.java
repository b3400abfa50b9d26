package org.feedgym.env.world;

/**
 * One exposure driven through the user model by {@link ExposureReplay}: what the simulated user
 * did, and what the model predicted before sampling.
 *
 * @param item          catalog index of the item shown
 * @param timeSeconds   the exposure's clock time as given
 * @param session       1-based session number (a gap longer than the idle gap starts a new one)
 * @param watch         sampled watch ratio (above 1 for replays when the response model allows)
 * @param liked         sampled like
 * @param hated         sampled hate (negative signal)
 * @param shared        sampled share
 * @param commented     sampled comment
 * @param downloaded    sampled download
 * @param pLike         the model's P(like) before the watch was drawn (its expectation over the
 *                      response draw)
 * @param pHate         the model's P(hate) before the watch was drawn
 * @param expectedWatch the model's E[watch ratio] before sampling
 * @param affinity      the cosine between the user's interest and the item before the response
 *                      (a feature of the response model, for reference predictors)
 */
public record ReplayedExposure(int item, double timeSeconds, int session, double watch, boolean liked,
                               boolean hated, boolean shared, boolean commented, boolean downloaded, double pLike,
                               double pHate, double expectedWatch, double affinity) {
}
