package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import org.feedgym.simulator.metrics.Inequality;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.StepOutcomesFixture;
import org.junit.jupiter.api.Test;

/** With sampled pairs the recorder keeps only the sampled users' lists and gives the same Jaccard. */
class ExposureRecorderSampleTest {

    @Test
    void sampledPairsAreTheDrawsOfThePairGeneratorInOrder() {
        int users = 40;
        int maxPairs = 7;
        ExposureRecorder r = new ExposureRecorder(30, users, Seeds.generator(9), maxPairs);
        StepOutcomes o = StepOutcomesFixture.create(users);
        int[][] shown = new int[users][3];
        for (int step = 0; step < 3; step++) {
            for (int u = 0; u < users; u++) {
                shown[u][step] = (u * 7 + step * 3) % 30;
                StepOutcomesFixture.show(o, u, shown[u][step], 0, 1, 10, false, 0);
            }
            r.onStep(o);
        }
        // The expected value drawn the way the recorder did before it sampled up front.
        RandomGenerator pairs = Seeds.generator(9);
        double sum = 0;
        for (int p = 0; p < maxPairs; p++) {
            int a = pairs.nextInt(users);
            int b = pairs.nextInt(users - 1);
            if (b >= a) {
                b++;
            }
            sum += Inequality.jaccard(java.util.Arrays.stream(shown[a]).sorted().distinct().toArray(),
                    java.util.Arrays.stream(shown[b]).sorted().distinct().toArray());
        }
        ReplicateRecord rec = r.finish("a", 0);
        assertEquals(maxPairs, rec.pairs());
        assertEquals(sum / maxPairs, rec.homogenizationJaccard(), 1e-15);
    }
}
