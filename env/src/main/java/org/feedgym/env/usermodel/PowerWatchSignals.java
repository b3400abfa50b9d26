package org.feedgym.env.usermodel;

/**
 * Registry type {@value #TYPE}: each signal's probability is a rate times a power of the watch
 * ratio times a quality factor, capped at 1 (see {@link PowerWatchSignalsParameters}). The
 * expected probability puts E[watch^power] from the response model in place of watch^power.
 */
public final class PowerWatchSignals implements SignalModel {

    /** Registry id. */
    public static final String TYPE = "power-watch";

    private final double[] rate = new double[Signal.values().length];
    private final double[] power = new double[rate.length];
    private final double[] qualityWeight = new double[rate.length];
    private final double qualityBase;

    public PowerWatchSignals(PowerWatchSignalsParameters p) {
        set(Signal.LIKE, p.likeRate(), p.likePower(), p.likeQuality());
        set(Signal.SHARE, p.shareRate(), p.sharePower(), p.shareQuality());
        set(Signal.COMMENT, p.commentRate(), p.commentPower(), p.commentQuality());
        set(Signal.DOWNLOAD, p.downloadRate(), p.downloadPower(), p.downloadQuality());
        this.qualityBase = p.qualityBase();
    }

    private void set(Signal s, double r, double pw, double q) {
        rate[s.ordinal()] = r;
        power[s.ordinal()] = pw;
        qualityWeight[s.ordinal()] = q;
    }

    @Override
    public double probability(Signal signal, double watch, double quality) {
        int i = signal.ordinal();
        double m = power[i] == 2 ? watch * watch : Math.pow(watch, power[i]);
        return of(i, m, quality);
    }

    @Override
    public double expectedProbability(Signal signal, ResponseModel response, double z, double quality) {
        int i = signal.ordinal();
        return of(i, response.expectedWatchPower(z, power[i]), quality);
    }

    @Override
    public double expectedProbability(Signal signal, ResponseModel response, double z, double expectedWatch,
                                      double quality) {
        int i = signal.ordinal();
        return of(i, response.expectedWatchPower(z, power[i], expectedWatch), quality);
    }

    private double of(int i, double m, double quality) {
        double w = qualityWeight[i];
        double factor = (1 - w) + w * (qualityBase + quality);
        return Math.min(1, rate[i] * m * factor);
    }
}
