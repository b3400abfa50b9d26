package org.feedgym.env.usermodel;

/**
 * How a new user's initial interest vector is drawn (the persona comes from the configured mix):
 * a blend of two favourite benign topics, the persona's weight of one harmful topic, and Gaussian
 * noise, normalised; with {@code users.interestsFromLog}, blended with a logged user's interests.
 */
public interface InterestSampler {

    /** Weight of the first favourite topic (the second gets 1 − it), from a uniform draw {@code u}. */
    double firstTopicWeight(double u);

    /** Standard deviation of the Gaussian noise per dimension, for {@code dimensions} dimensions. */
    double noise(int dimensions);

    /** Weight of the logged user's normalised mean interest ({@code users.interestsFromLog}). */
    double loggedWeight();

    /** Weight of the sampled interest in that blend. */
    double sampledWeight();
}
