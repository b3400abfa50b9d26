package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class MlpTest {

    private static float[] randomRows(int n, int dim, long seed) {
        RandomGenerator g = Seeds.generator(seed);
        float[] x = new float[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) g.nextGaussian();
        }
        return x;
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        float[] x = randomRows(4, 12, 1L);
        float[] a = Mlp.create(Mlp.Head.Q, 12, 5, List.of(16, 8), 0.01, 7L).output(x, 4);
        float[] b = Mlp.create(Mlp.Head.Q, 12, 5, List.of(16, 8), 0.01, 7L).output(x, 4);
        float[] c = Mlp.create(Mlp.Head.Q, 12, 5, List.of(16, 8), 0.01, 8L).output(x, 4);
        assertArrayEquals(a, b);
        assertNotEquals(a[0], c[0]);
    }

    @Test
    void theJavaForwardPassAgreesWithDl4jBeforeAndAfterTraining() {
        Mlp net = Mlp.create(Mlp.Head.Q, 12, 5, List.of(16, 8), 0.01, 7L);
        float[] x = randomRows(32, 12, 2L);
        for (int round = 0; round < 2; round++) {
            float[] batch = net.output(x, 32);
            for (int i = 0; i < 32; i++) {
                float[] row = new float[12];
                System.arraycopy(x, i * 12, row, 0, 12);
                float[] one = net.outputOne(row);
                for (int a = 0; a < 5; a++) {
                    assertEquals(batch[i * 5 + a], one[a], 1e-5, "row " + i + " action " + a + " round " + round);
                }
            }
            net.fit(x, randomRows(32, 5, 3L), 32);
        }
    }

    @Test
    void argmaxBreaksTiesTowardsTheLowerIndex() {
        assertEquals(1, Mlp.argmax(new float[] {0f, 2f, 2f, 1f}, 0, 4));
        assertEquals(0, Mlp.argmax(new float[] {9f, 3f, 3f}, 1, 2));
    }

    @Test
    void describesItsLayers() {
        assertEquals("MLP 12-16-8-5 (ReLU, Adam), 389 parameters",
                Mlp.create(Mlp.Head.Q, 12, 5, List.of(16, 8), 0.01, 7L).describe());
    }

    @Test
    void loadCopiesEveryValueIntoAnArrayAndAViewFallsBackToElementWise() {
        float[] values = new float[6 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5f - 3;
        }
        org.nd4j.linalg.api.ndarray.INDArray array = org.nd4j.linalg.factory.Nd4j.create(
                org.nd4j.linalg.api.buffer.DataType.FLOAT, 6, 5);
        Mlp.load(array, values);
        assertArrayEquals(values, array.data().asFloat());
        assertEquals(values[7], array.getFloat(1, 2));
        Mlp.load(array, new float[values.length]);
        assertArrayEquals(new float[values.length], array.data().asFloat(), "a second load overwrites the first");
    }
}
