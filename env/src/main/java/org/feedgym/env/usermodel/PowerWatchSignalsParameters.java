package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link PowerWatchSignals}: for each signal X, P(X) =
 * {@code min(1, xRate · watch^xPower · ((1 − xQuality) + xQuality·(qualityBase + quality)))}.
 * Defaults are FeedGym's original (assumptions): like 0.25, share 0.06, comment 0.05, download
 * 0.03, all with power 2, all but comment scaled by {@code 0.5 + quality}.
 *
 * @param likeRate         in [0, 1]; default 0.25
 * @param likePower        exponent of the watch ratio, in (0, 10]; default 2
 * @param likeQuality      weight of the quality factor, in [0, 1]; default 1
 * @param shareRate        in [0, 1]; default 0.06
 * @param sharePower       in (0, 10]; default 2
 * @param shareQuality     in [0, 1]; default 1
 * @param commentRate      in [0, 1]; default 0.05
 * @param commentPower     in (0, 10]; default 2
 * @param commentQuality   in [0, 1]; default 0
 * @param downloadRate     in [0, 1]; default 0.03
 * @param downloadPower    in (0, 10]; default 2
 * @param downloadQuality  in [0, 1]; default 1
 * @param qualityBase      the quality factor is {@code qualityBase + quality}, in [0, 10]; default 0.5
 */
public record PowerWatchSignalsParameters(Double likeRate, Double likePower, Double likeQuality, Double shareRate,
                                          Double sharePower, Double shareQuality, Double commentRate,
                                          Double commentPower, Double commentQuality, Double downloadRate,
                                          Double downloadPower, Double downloadQuality, Double qualityBase) {

    public PowerWatchSignalsParameters {
        likeRate = ParameterChecks.doubleIn("likeRate", likeRate, 0.25, 0, 1);
        likePower = ParameterChecks.doubleAboveAtMost("likePower", likePower, 2.0, 0, 10);
        likeQuality = ParameterChecks.doubleIn("likeQuality", likeQuality, 1.0, 0, 1);
        shareRate = ParameterChecks.doubleIn("shareRate", shareRate, 0.06, 0, 1);
        sharePower = ParameterChecks.doubleAboveAtMost("sharePower", sharePower, 2.0, 0, 10);
        shareQuality = ParameterChecks.doubleIn("shareQuality", shareQuality, 1.0, 0, 1);
        commentRate = ParameterChecks.doubleIn("commentRate", commentRate, 0.05, 0, 1);
        commentPower = ParameterChecks.doubleAboveAtMost("commentPower", commentPower, 2.0, 0, 10);
        commentQuality = ParameterChecks.doubleIn("commentQuality", commentQuality, 0.0, 0, 1);
        downloadRate = ParameterChecks.doubleIn("downloadRate", downloadRate, 0.03, 0, 1);
        downloadPower = ParameterChecks.doubleAboveAtMost("downloadPower", downloadPower, 2.0, 0, 10);
        downloadQuality = ParameterChecks.doubleIn("downloadQuality", downloadQuality, 1.0, 0, 1);
        qualityBase = ParameterChecks.doubleIn("qualityBase", qualityBase, 0.5, 0, 10);
    }
}
