package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SocialNetworkTest {

    @Test
    void theThresholdIsTheLargestThatKeepsTheNetworkConnected() {
        // Weights (0,1) 0.9, (1,2) 0.8, (0,3) 0.3, (0,2) 0.2, (2,3) 0.1, (1,3) 0.05. A maximum
        // spanning tree takes 0.9, 0.8 and then 0.3 to reach user 3: τ = 0.3. At any τ above 0.3
        // user 3 is cut off.
        double[] w = new double[16];
        set(w, 0, 1, 0.9);
        set(w, 1, 2, 0.8);
        set(w, 0, 3, 0.3);
        set(w, 0, 2, 0.2);
        set(w, 2, 3, 0.1);
        set(w, 1, 3, 0.05);
        for (int u = 0; u < 4; u++) {
            w[u * 4 + u] = 5;
        }
        SocialNetwork net = SocialNetwork.fromCovariance(w, 4);
        assertEquals(0.3, net.threshold(), 0);
        assertTrue(net.linked(0, 1) && net.linked(1, 2) && net.linked(0, 3) && net.linked(3, 0));
        assertFalse(net.linked(0, 2) || net.linked(2, 3) || net.linked(1, 3));
        assertFalse(net.linked(0, 0), "no self links, however large a user's own variance");
    }

    @Test
    void covarianceIsComputedAcrossAttributesLikeNumpyCovOfTheRows() {
        // Users [1,0,0] and [0,1,0], mean 1/3 each: centred [2/3,-1/3,-1/3] and [-1/3,2/3,-1/3];
        // cov = (−2/9 − 2/9 + 1/9)/2 = −1/6; var = (4/9 + 1/9 + 1/9)/2 = 1/3.
        double[] cov = SocialNetwork.covariance(new double[] {1, 0, 0, 0, 1, 0}, 2, 3);
        assertEquals(1.0 / 3, cov[0], 1e-15);
        assertEquals(-1.0 / 6, cov[1], 1e-15);
        assertEquals(-1.0 / 6, cov[2], 1e-15);
    }

    private static void set(double[] w, int a, int b, double v) {
        w[a * 4 + b] = v;
        w[b * 4 + a] = v;
    }
}
