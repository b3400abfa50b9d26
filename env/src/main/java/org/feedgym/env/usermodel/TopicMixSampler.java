package org.feedgym.env.usermodel;

/** Registry type {@value #TYPE}: two favourite topics, a harmful tilt, isotropic noise. */
public final class TopicMixSampler implements InterestSampler {

    /** Registry id. */
    public static final String TYPE = "topic-mix";

    private final TopicMixSamplerParameters p;

    public TopicMixSampler(TopicMixSamplerParameters p) {
        this.p = p;
    }

    @Override
    public double firstTopicWeight(double u) {
        return p.firstTopicMin() + p.firstTopicSpread() * u;
    }

    @Override
    public double noise(int dimensions) {
        return p.noise() / Math.sqrt(dimensions);
    }

    @Override
    public double loggedWeight() {
        return p.loggedWeight();
    }

    @Override
    public double sampledWeight() {
        return p.sampledWeight();
    }
}
