package org.feedgym.studies.homogenization;

/**
 * The social network of Chaney et al. (2018): users are linked where the covariance of their
 * preference vectors reaches a threshold, the largest threshold that still keeps the network
 * connected. That threshold is the smallest edge of a maximum spanning tree of the covariance
 * graph (the bottleneck of the best-connected path), found by Prim's algorithm in
 * {@code O(users²)}. No user is linked to itself.
 *
 * <p>(The T-RECS replication's {@code gen_social_network} instead stops at the first threshold
 * where every user has at least one entry at or above it, the user's own variance included;
 * FeedGym follows the protocol's wording, a connected graph.)
 */
final class SocialNetwork {

    private final int users;
    private final boolean[] adjacency;
    private final double threshold;

    private SocialNetwork(int users, boolean[] adjacency, double threshold) {
        this.users = users;
        this.adjacency = adjacency;
        this.threshold = threshold;
    }

    /** The network of users with preferences {@code users × k} row-major. */
    static SocialNetwork of(double[] preferences, int users, int k) {
        return fromCovariance(covariance(preferences, users, k), users);
    }

    /** Sample covariance between users across attributes (as numpy's {@code cov} of the rows). */
    static double[] covariance(double[] preferences, int users, int k) {
        double[] centred = new double[users * k];
        for (int u = 0; u < users; u++) {
            double mean = 0;
            for (int a = 0; a < k; a++) {
                mean += preferences[u * k + a];
            }
            mean /= k;
            for (int a = 0; a < k; a++) {
                centred[u * k + a] = preferences[u * k + a] - mean;
            }
        }
        double[] cov = new double[users * users];
        double denominator = Math.max(1, k - 1);
        for (int u = 0; u < users; u++) {
            for (int v = 0; v <= u; v++) {
                double s = 0;
                for (int a = 0; a < k; a++) {
                    s += centred[u * k + a] * centred[v * k + a];
                }
                cov[u * users + v] = s / denominator;
                cov[v * users + u] = s / denominator;
            }
        }
        return cov;
    }

    /** The network of a symmetric {@code users × users} weight matrix (diagonal ignored). */
    static SocialNetwork fromCovariance(double[] cov, int users) {
        double t = bottleneck(cov, users);
        boolean[] adj = new boolean[users * users];
        for (int u = 0; u < users; u++) {
            for (int v = 0; v < users; v++) {
                adj[u * users + v] = u != v && cov[u * users + v] >= t;
            }
        }
        return new SocialNetwork(users, adj, t);
    }

    /** The largest t such that the graph of off-diagonal weights ≥ t is connected. */
    static double bottleneck(double[] w, int n) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        boolean[] inTree = new boolean[n];
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        inTree[0] = true;
        for (int v = 1; v < n; v++) {
            best[v] = w[v];
        }
        double min = Double.POSITIVE_INFINITY;
        for (int added = 1; added < n; added++) {
            int next = -1;
            for (int v = 0; v < n; v++) {
                if (!inTree[v] && (next < 0 || best[v] > best[next])) {
                    next = v;
                }
            }
            min = Math.min(min, best[next]);
            inTree[next] = true;
            for (int v = 0; v < n; v++) {
                if (!inTree[v]) {
                    best[v] = Math.max(best[v], w[next * n + v]);
                }
            }
        }
        return min;
    }

    /** Whether {@code u} and {@code v} are linked. */
    boolean linked(int u, int v) {
        return adjacency[u * users + v];
    }

    /** The threshold. */
    double threshold() {
        return threshold;
    }

    /** Users. */
    int users() {
        return users;
    }
}
