package org.feedgym.env.data;

/**
 * Weights of the composite engagement score: each count is min–max normalised over the dataset
 * to [0, 1], then {@code score = (like·L + share·S + comment·C + download·D + view·V) / (L + S + C
 * + D + V)}. Dividing by the sum keeps the score in [0, 1] whatever the weights; with the
 * defaults (0.3, 0.2, 0.2, 0.2, 0.1, which sum to 1, the same weights as the reward) it is the
 * plain weighted sum. Every component may be omitted ({@code null}) and gets its default.
 *
 * @param like     weight of the like count, &ge; 0; default 0.3
 * @param share    weight of the share count, &ge; 0; default 0.2
 * @param comment  weight of the comment count, &ge; 0; default 0.2
 * @param download weight of the download count, &ge; 0; default 0.2
 * @param view     weight of the view count, &ge; 0; default 0.1
 */
public record EngagementWeights(Double like, Double share, Double comment, Double download, Double view) {

    public EngagementWeights {
        like = weight("like", like, 0.3);
        share = weight("share", share, 0.2);
        comment = weight("comment", comment, 0.2);
        download = weight("download", download, 0.2);
        view = weight("view", view, 0.1);
        double sum = like + share + comment + download + view;
        if (!(sum > 0)) {
            throw new IllegalArgumentException("engagement weights must not all be 0, got sum " + sum);
        }
    }

    /** The defaults 0.3 like, 0.2 share, 0.2 comment, 0.2 download, 0.1 view. */
    public static EngagementWeights defaults() {
        return new EngagementWeights(null, null, null, null, null);
    }

    private static double weight(String field, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v >= 0 && v <= 1e6)) {
            throw new IllegalArgumentException(field + " weight must be in [0, 1000000], got " + v);
        }
        return v;
    }

    /**
     * Composite scores of n items from their raw counts.
     *
     * @return one score in [0, 1] per item; 0 for every item when all counts are equal
     */
    public double[] score(double[] likes, double[] shares, double[] comments, double[] downloads, double[] views) {
        int n = likes.length;
        double[] s = new double[n];
        double sum = like + share + comment + download + view;
        addNormalised(s, likes, like / sum);
        addNormalised(s, shares, share / sum);
        addNormalised(s, comments, comment / sum);
        addNormalised(s, downloads, download / sum);
        addNormalised(s, views, view / sum);
        for (int i = 0; i < n; i++) {
            s[i] = Math.min(1, Math.max(0, s[i]));
        }
        return s;
    }

    private static void addNormalised(double[] into, double[] counts, double w) {
        if (counts.length != into.length) {
            throw new IllegalArgumentException("count arrays must have one length, got " + counts.length
                    + " and " + into.length);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double c : counts) {
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        if (!(hi > lo) || w == 0) {
            return;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] += w * (counts[i] - lo) / (hi - lo);
        }
    }
}
