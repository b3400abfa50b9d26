package org.feedgym.env.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LaneDotTest {

    /** The definition of the class comment, written as plainly as possible. */
    private static float byDefinition(float[] a, int ao, float[] b, int bo, int d) {
        float[] lane = new float[LaneDot.LANES];
        for (int j = 0; j < d; j++) {
            lane[j % LaneDot.LANES] = Math.fma(a[ao + j], b[bo + j], lane[j % LaneDot.LANES]);
        }
        return ((lane[0] + lane[4]) + (lane[2] + lane[6])) + ((lane[1] + lane[5]) + (lane[3] + lane[7]));
    }

    private static float[] randomFloats(SplittableRandom random, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            // Mixed magnitudes, so that the order of the additions shows in the last bits.
            x[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4)));
        }
        return x;
    }

    @Test
    void theScalarImplementationFollowsTheLaneDefinitionForEveryLength() {
        SplittableRandom random = new SplittableRandom(7);
        for (int d = 1; d <= 41; d++) {
            for (int trial = 0; trial < 50; trial++) {
                float[] a = randomFloats(random, d + 3);
                float[] b = randomFloats(random, d + 5);
                assertEquals(Float.floatToRawIntBits(byDefinition(a, 3, b, 5, d)),
                        Float.floatToRawIntBits(LaneDot.scalar(a, 3, b, 5, d)), "d = " + d);
            }
        }
    }

    @Test
    void theVectorApiImplementationGivesTheScalarBits() {
        SplittableRandom random = new SplittableRandom(11);
        for (int d : new int[] {8, 16, 24, 32, 64, 384}) {
            for (int trial = 0; trial < 500; trial++) {
                float[] a = randomFloats(random, d + 8);
                float[] b = randomFloats(random, d + 1);
                assertEquals(Float.floatToRawIntBits(LaneDot.scalar(a, 8, b, 1, d)),
                        Float.floatToRawIntBits(VectorLaneDot.dot(a, 8, b, 1, d)), "d = " + d);
            }
        }
        // Signed zeros, subnormals and an overflow to infinity go through the same IEEE steps (a NaN's
        // sign bit is the hardware's choice, so no input here makes one).
        float[] a = {-0f, 0f, 1e38f, 1e-45f, 1e38f, 3f, -0f, 2f};
        float[] b = {0f, -0f, 1f, 1e-45f, 10f, Float.MIN_NORMAL, 5f, -0f};
        assertEquals(Float.floatToRawIntBits(LaneDot.scalar(a, 0, b, 0, 8)),
                Float.floatToRawIntBits(VectorLaneDot.dot(a, 0, b, 0, 8)));
    }

    @Test
    void dotRowsGivesEachRowsDotProductBitForBitInBothImplementations() {
        SplittableRandom random = new SplittableRandom(13);
        for (int d : new int[] {8, 16, 24, 32, 64, 10, 3}) {
            int items = 40;
            float[] table = randomFloats(random, items * d);
            for (int count = 0; count <= 27; count++) {
                int offset = random.nextInt(4);
                int[] rows = new int[offset + count];
                for (int c = 0; c < rows.length; c++) {
                    rows[c] = random.nextInt(items);
                }
                float[] b = randomFloats(random, d + 5);
                float[] expected = new float[count];
                for (int c = 0; c < count; c++) {
                    expected[c] = byDefinition(table, rows[offset + c] * d, b, 5, d);
                }
                // The public entry (the Vector API or plain Java, as the JVM allows) ...
                float[] viaEntry = new float[count];
                LaneDot.dotRows(table, rows, offset, count, d, b, 5, viaEntry);
                assertSameBits(expected, viaEntry, "LaneDot.dotRows, d = " + d);
                // ... and the eight-row Vector API kernel itself, called directly.
                if (d % LaneDot.LANES == 0) {
                    float[] vector = new float[count];
                    VectorLaneDot.dotRows(table, rows, offset, count, d, b, 5, vector);
                    assertSameBits(expected, vector, "VectorLaneDot.dotRows, d = " + d);
                }
            }
        }
    }

    private static void assertSameBits(float[] expected, float[] actual, String what) {
        for (int c = 0; c < expected.length; c++) {
            assertEquals(Float.floatToRawIntBits(expected[c]), Float.floatToRawIntBits(actual[c]),
                    what + ", row " + c + " of " + expected.length);
        }
    }

    @Test
    void theTestRunnerTakesTheVectorApiPathWhereTheHardwareHasIt() {
        // The pom's test JVM flags add the module, as the launcher does; without them this is "scalar".
        String expected = VectorLaneDot.hardwareSupported() ? "vector-api" : "scalar";
        assertEquals(expected, LaneDot.implementation(32));
        assertEquals("scalar", LaneDot.implementation(10), "a length that is not whole lanes runs in plain Java");
    }

    @Test
    void agreesWithADoubleSumToFloatPrecision() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 1000; trial++) {
            float[] a = new float[32];
            float[] b = new float[32];
            double exact = 0;
            double magnitude = 0;
            for (int j = 0; j < 32; j++) {
                a[j] = (float) random.nextGaussian();
                b[j] = (float) random.nextGaussian();
                exact += (double) a[j] * b[j];
                magnitude += Math.abs((double) a[j] * b[j]);
            }
            assertEquals(exact, LaneDot.dot(a, 0, b, 0, 32), 4 * Math.ulp((float) magnitude));
        }
    }

    private static double[] randomDoubles(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(-6, 7));
        }
        return x;
    }

    @Test
    void theDoubleDotFollowsItsLaneDefinitionInBothImplementations() {
        SplittableRandom random = new SplittableRandom(13);
        for (int d = 1; d <= 53; d++) {
            for (int trial = 0; trial < 40; trial++) {
                double[] a = randomDoubles(random, d + 2);
                double[] b = randomDoubles(random, d + 6);
                double[] lane = new double[LaneDot.DOUBLE_LANES];
                for (int j = 0; j < d; j++) {
                    lane[j % 4] = Math.fma(a[2 + j], b[6 + j], lane[j % 4]);
                }
                long expected = Double.doubleToRawLongBits((lane[0] + lane[2]) + (lane[1] + lane[3]));
                assertEquals(expected, Double.doubleToRawLongBits(LaneDot.scalar(a, 2, b, 6, d)), "d = " + d);
                if (d % LaneDot.DOUBLE_LANES == 0) {
                    assertEquals(expected, Double.doubleToRawLongBits(VectorLaneDot.dot(a, 2, b, 6, d)), "d = " + d);
                }
            }
        }
    }

    @Test
    void zerosAppendedToBothVectorsChangeNothing() {
        SplittableRandom random = new SplittableRandom(17);
        for (int d = 1; d <= 30; d++) {
            double[] a = randomDoubles(random, d + 4);
            double[] b = randomDoubles(random, d + 4);
            // Products of ±0 make the unpadded lanes start from signed zeros.
            a[0] = -0.0;
            b[d - 1] = -0.0;
            double plain = LaneDot.scalar(a, 0, b, 0, d);
            java.util.Arrays.fill(a, d, d + 4, 0);
            java.util.Arrays.fill(b, d, d + 4, 0);
            int padded = (d + 3) / 4 * 4;
            assertEquals(Double.doubleToRawLongBits(plain), Double.doubleToRawLongBits(LaneDot.dot(a, 0, b, 0, padded)),
                    "d = " + d);
        }
    }

    @Test
    void theGramMatrixIsTheDotProductOfEveryPairOfColumnsInBothImplementations() {
        SplittableRandom random = new SplittableRandom(19);
        for (int m : new int[] {1, 2, 3, 5, 8, 17}) {
            for (int n : new int[] {4, 8, 52}) {
                int stride = n + 4;
                double[] columns = randomDoubles(random, m * stride);
                double[] vector = new double[m * m];
                double[] scalar = new double[m * m];
                java.util.Arrays.fill(vector, 7.0);
                java.util.Arrays.fill(scalar, 7.0);
                VectorLaneDot.lowerGram(columns, stride, m, n, vector);
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b <= a; b++) {
                        scalar[a * m + b] = LaneDot.scalar(columns, a * stride, columns, b * stride, n);
                    }
                }
                for (int i = 0; i < m * m; i++) {
                    assertEquals(Double.doubleToRawLongBits(scalar[i]), Double.doubleToRawLongBits(vector[i]),
                            "m = " + m + ", n = " + n + ", entry " + i);
                }
            }
        }
    }

    @Test
    void dotsGivesEachColumnsDotProductBitForBitInBothImplementations() {
        SplittableRandom random = new SplittableRandom(23);
        for (int m : new int[] {1, 3, 4, 5, 8, 17}) {
            // Lengths that are not whole lanes take the plain-Java branch of the public entry.
            for (int n : new int[] {4, 5, 7, 8, 52}) {
                int stride = n + 4;
                double[] columns = randomDoubles(random, m * stride);
                double[] x = randomDoubles(random, n + 3);
                double[] entry = new double[m];
                LaneDot.dots(x, 3, columns, stride, m, n, entry);
                double[] vector = new double[m];
                if (n % LaneDot.DOUBLE_LANES == 0) {
                    VectorLaneDot.dots(x, 3, columns, stride, m, n, vector);
                }
                for (int a = 0; a < m; a++) {
                    String where = "m = " + m + ", n = " + n + ", column " + a;
                    long expected = Double.doubleToRawLongBits(LaneDot.scalar(x, 3, columns, a * stride, n));
                    assertEquals(expected, Double.doubleToRawLongBits(entry[a]), where);
                    if (n % LaneDot.DOUBLE_LANES == 0) {
                        assertEquals(expected, Double.doubleToRawLongBits(vector[a]), where);
                    }
                }
            }
        }
    }
}
