package org.feedgym.env.data;

import java.io.IOException;
import java.util.List;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.HarmClass;

/**
 * Dataset {@code tiktok-claims} ({@link TikTokVideos}): text = transcript; counts = the video's
 * views, likes, shares, comments, downloads; quality = rank of the composite engagement score
 * ({@link EngagementWeights}); duration = {@code video_duration_sec}; topics are clusters. Harm rules:
 * <ul>
 *   <li>{@code moderation} (default): harmful = a <em>claim</em> whose author the platform has
 *       acted on (banned or under review): 3,042 of 19,084 videos (15.9%). Why: a claim alone
 *       (50% of videos) is not misinformation (most are trivia); the moderation status is the
 *       only independent signal in the data that the claim was a problem. Score = 0.5·claim +
 *       (0.3 banned | 0.2 under review | 0 active) + 0.2·not verified, capped at 1. Class
 *       misinformation.</li>
 *   <li>{@code claim}: harmful = every claim; same score.</li>
 *   <li>{@code lexicon}: {@link HarmLexicon} over transcripts.</li>
 *   <li>{@code none}: nothing harmful, score 0.</li>
 * </ul>
 */
final class TikTokClaimsDataset implements DatasetReader {

    @Override
    public String type() {
        return "tiktok-claims";
    }

    @Override
    public String defaultPath() {
        return "tiktok-claims";
    }

    @Override
    public List<String> harmRules() {
        return List.of("moderation", "claim", "lexicon", "none");
    }

    @Override
    public boolean clustered(LogColumns columns) {
        return true;
    }

    @Override
    public DataCatalog load(CatalogConfig config, CatalogOptions options) throws IOException {
        TikTokVideos v = TikTokVideos.read(DatasetRegistry.path(config), DatasetRegistry.readOptions(config),
                config.engagementWeights());
        int n = CatalogAssembly.cap(v.size(), config);
        CatalogAssembly items = new CatalogAssembly(n);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = v.engagementScore(i);
        }
        double[] quality = CatalogAssembly.percentileRanks(score);
        HarmLexicon lexicon = CatalogAssembly.lexicon(config);
        for (int i = 0; i < n; i++) {
            items.text[i] = v.transcript(i);
            items.id[i] = v.videoId(i);
            items.quality[i] = quality[i];
            items.duration[i] = v.durationSeconds(i) > 0 ? v.durationSeconds(i) : config.defaultDurationSeconds();
            items.counts(i, v.views(i), v.likes(i), v.shares(i), v.comments(i), v.downloads(i));
            double s = Math.min(1, (v.claim(i) ? 0.5 : 0) + switch (v.authorStatus(i)) {
                case BANNED -> 0.3;
                case UNDER_REVIEW -> 0.2;
                case ACTIVE -> 0.0;
            } + (v.verified(i) ? 0 : 0.2));
            switch (config.harmRule()) {
                case "moderation" -> items.harm(i, s,
                        v.claim(i) && v.authorStatus(i) != TikTokVideos.AuthorStatus.ACTIVE, HarmClass.MISINFORMATION);
                case "claim" -> items.harm(i, s, v.claim(i), HarmClass.MISINFORMATION);
                case "lexicon" -> items.lexicon(i, lexicon);
                default -> items.harm(i, 0, false, HarmClass.NONE);
            }
        }
        return items.build(config, options, v.report(), null, true);
    }
}
