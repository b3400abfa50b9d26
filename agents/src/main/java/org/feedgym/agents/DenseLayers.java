package org.feedgym.agents;

/**
 * A dense layer computed in plain Java, for the neural agents that score one user or one
 * observation at a time on a copy of their DL4J weights (one ND4J call costs far more than the
 * arithmetic of a small network).
 */
public final class DenseLayers {

    private DenseLayers() {
    }

    /**
     * {@code out[0..nOut) = activation(bias + inᵀ W)}, with W row-major {@code nIn × nOut} (DL4J's
     * layout); inputs equal to zero are skipped, which makes sparse inputs cheap.
     *
     * @param relu true for a ReLU hidden layer, false for a linear (output) layer
     */
    public static void forward(float[] in, int nIn, float[] weights, float[] bias, int nOut, float[] out,
                               boolean relu) {
        System.arraycopy(bias, 0, out, 0, nOut);
        for (int i = 0; i < nIn; i++) {
            float xi = in[i];
            if (xi != 0f) {
                int row = i * nOut;
                for (int j = 0; j < nOut; j++) {
                    out[j] += xi * weights[row + j];
                }
            }
        }
        if (relu) {
            for (int j = 0; j < nOut; j++) {
                if (out[j] < 0f) {
                    out[j] = 0f;
                }
            }
        }
    }
}
