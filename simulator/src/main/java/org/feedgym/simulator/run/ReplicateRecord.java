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
 * @param supply                in a world with creators, each simulated day of the population's
 *                              supply side ({@link org.feedgym.env.UserInfos#supplyDays}); empty
 *                              without creators
 */
public record ReplicateRecord(String agent, int replicate, double coverage, double exposureGini,
                              double homogenizationJaccard, int pairs, java.util.List<org.feedgym.env.SupplyDay> supply)
        implements java.io.Serializable {

    public ReplicateRecord {
        supply = supply == null ? java.util.List.of() : java.util.List.copyOf(supply);
    }

    /** Figures of a world without creators. */
    public ReplicateRecord(String agent, int replicate, double coverage, double exposureGini,
                           double homogenizationJaccard, int pairs) {
        this(agent, replicate, coverage, exposureGini, homogenizationJaccard, pairs, null);
    }

    /** These figures with the population's supply days. */
    public ReplicateRecord withSupply(java.util.List<org.feedgym.env.SupplyDay> days) {
        return new ReplicateRecord(agent, replicate, coverage, exposureGini, homogenizationJaccard, pairs, days);
    }
}
