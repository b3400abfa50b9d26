package org.feedgym.agents.intervention;

import java.util.List;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code non-personalised}, the feed option not based on profiling that DSA
 * Article 38 requires very large platforms to offer. A share of users opts in and gets the
 * non-personalised feed; the others get the inner agent. Whether user {@code u} (its index in the
 * evaluated population) opts in is drawn from {@code derive(optInSeed, "opt-in", u)}, so the same
 * users opt in for every agent of an experiment and comparisons stay paired.
 *
 * @param share     share of users who opt in, in [0, 1]; default 0.5; 0 changes nothing
 * @param feed      the non-personalised feed: {@code popularity} (the default: the most-viewed
 *                  candidate) or {@code recency} (the most recently uploaded candidate, by the
 *                  catalog's upload day; equally recent ones by popularity). Items without upload
 *                  times (the synthetic and data catalogs) are all of day 0, so there recency
 *                  orders as popularity does; items uploaded during a run are the most recent
 * @param optInSeed the seed of the opt-in decisions; default 1
 */
public record NonPersonalisedParameters(Double share, String feed, Long optInSeed) {

    /** The non-personalised feeds. */
    public static final List<String> FEEDS = List.of("popularity", "recency");

    public NonPersonalisedParameters {
        try {
            share = ParameterChecks.doubleIn("share", share, 0.5, 0, 1);
            feed = ParameterChecks.oneOf("feed", feed, "popularity", FEEDS);
            optInSeed = optInSeed == null ? 1L : optInSeed;
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
    }
}
