package org.feedgym.simulator.run;

/**
 * Population-level figures of one agent in one replicate.
 *
 * @param agent                 agent name
 * @param replicate             replicate number
 * @param coverage              distinct items shown / catalog size
 * @param exposureGini          Gini coefficient of how often each catalog item was shown (0 =
 *                              equal exposure, 1 = one item takes all)
 * @param homogenizationJaccard mean Jaccard overlap of the item sets shown to pairs of users
 *                              (Chaney et al. 2018); the same pairs for every agent
 * @param pairs                 user pairs the Jaccard mean is over
 */
public record ReplicateRecord(String agent, int replicate, double coverage, double exposureGini,
                              double homogenizationJaccard, int pairs) implements java.io.Serializable {
}
