package org.feedgym.agents;

/**
 * What an agent may know about the world it acts in when it is created.
 *
 * @param candidateCount       K, the number of candidates (actions) per step
 * @param observationDimension length of one observation vector
 * @param userFeatureCount     number of user features at the start of an observation vector
 * @param seed                 the seed of all of this agent's randomness
 */
public record AgentContext(int candidateCount, int observationDimension, int userFeatureCount, long seed) {

    public AgentContext {
        if (candidateCount < 1) {
            throw new IllegalArgumentException("candidateCount must be >= 1, got " + candidateCount);
        }
        if (observationDimension < 1) {
            throw new IllegalArgumentException("observationDimension must be >= 1, got " + observationDimension);
        }
    }
}
