package org.feedgym.agents.intervention;

import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.Catalog;

/** The {@code harm-filter} intervention (see {@link HarmFilterParameters}). */
final class HarmFilterRule implements CandidateRule {

    private final HarmFilterParameters parameters;
    private final boolean[] flagged;

    HarmFilterRule(HarmFilterParameters parameters, Catalog catalog) {
        this.parameters = parameters;
        this.flagged = flags(parameters, catalog);
    }

    /** Every item's moderation decision: flagged with probability recall if harmful, else the false-positive rate. */
    static boolean[] flags(HarmFilterParameters parameters, Catalog catalog) {
        boolean[] flags = new boolean[catalog.size()];
        for (int i = 0; i < flags.length; i++) {
            double p = catalog.harmful(i) ? parameters.recall() : parameters.falsePositiveRate();
            flags[i] = Seeds.generator(parameters.classifierSeed(), "moderation", i).nextDouble() < p;
        }
        return flags;
    }

    /** True if moderation flagged catalog item {@code item}. */
    boolean flagged(int item) {
        return flagged[item];
    }

    @Override
    public int window() {
        return parameters.cap() == null ? 0 : parameters.window() - 1;
    }

    @Override
    public int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
                      RecentItems recent, RandomGenerator random) {
        int k = observations.candidateCount();
        if (masks(u, recent)) {
            for (int c = 0; c < k; c++) {
                if (flagged[observations.candidate(u, c)]) {
                    scores[offset + c] -= MASKED;
                }
            }
        }
        return CandidateRule.best(scores, offset, k, innerChoice);
    }

    /** True when flagged items are masked for user {@code u} now: always without a cap, else once the window holds cap of them. */
    private boolean masks(int u, RecentItems recent) {
        if (parameters.cap() == null) {
            return true;
        }
        int n = recent.count(u);
        int count = 0;
        for (int i = Math.max(0, n - window()); i < n; i++) {
            if (flagged[recent.item(u, i)]) {
                count++;
            }
        }
        return count >= parameters.cap();
    }
}
