package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link TopicMixSampler} (FeedGym's original values, assumptions).
 *
 * @param firstTopicMin    smallest weight of the first favourite topic, in [0, 1]; default 0.6
 * @param firstTopicSpread the weight is {@code firstTopicMin + firstTopicSpread·u}, in
 *                         [0, 1 − firstTopicMin]; default 0.2
 * @param noise            noise standard deviation times √dimensions, in [0, 10]; default 0.3
 * @param loggedWeight     weight of a logged user's interests, in [0, 1]; default 0.8
 * @param sampledWeight    weight of the sampled interest in that blend, in [0, 1]; default 0.2
 */
public record TopicMixSamplerParameters(Double firstTopicMin, Double firstTopicSpread, Double noise,
                                        Double loggedWeight, Double sampledWeight) {

    public TopicMixSamplerParameters {
        firstTopicMin = ParameterChecks.doubleIn("firstTopicMin", firstTopicMin, 0.6, 0, 1);
        firstTopicSpread = ParameterChecks.doubleIn("firstTopicSpread", firstTopicSpread, 0.2, 0, 1 - firstTopicMin);
        noise = ParameterChecks.doubleIn("noise", noise, 0.3, 0, 10);
        loggedWeight = ParameterChecks.doubleIn("loggedWeight", loggedWeight, 0.8, 0, 1);
        sampledWeight = ParameterChecks.doubleIn("sampledWeight", sampledWeight, 0.2, 0, 1);
    }
}
