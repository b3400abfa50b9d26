package org.feedgym.env.world;

/**
 * Where the items creators may upload sit in a catalog: after the {@code baseItems} items of day
 * 0, for each upload day 1 .. days − 1 and each topic, {@code perDay} slots (as many as a day's
 * uploads, so that a day whose uploads all fall on one topic still finds a slot for each). Slot
 * {@code j} of topic {@code t} on day {@code d} is item
 * {@code baseItems + ((d − 1)·topics + t)·perDay + j}. A slot's item becomes visible to a
 * population only once a creator uploads it ({@link Creators}); unused slots are never shown.
 *
 * @param baseItems items of the catalog before any upload
 * @param days      simulated days ({@code episode.days}); uploads happen on days 1 .. days − 1
 * @param topics    the catalog's topic count
 * @param perDay    uploads per day by all creators together
 */
record UploadSlots(int baseItems, int days, int topics, int perDay) {

    UploadSlots {
        if (baseItems < 1 || days < 1 || topics < 1 || perDay < 0) {
            throw new IllegalArgumentException("upload slots need baseItems, days and topics >= 1 and perDay >= 0");
        }
        long size = (long) (days - 1) * topics * perDay;
        if (baseItems + size > WorldConfig.UPLOAD_CATALOG_LIMIT) {
            throw new IllegalArgumentException("creators: " + size + " upload slots ((days - 1) x topics x count x"
                    + " uploadsPerDay) are too many; at most " + (WorldConfig.UPLOAD_CATALOG_LIMIT - baseItems));
        }
    }

    /** Number of upload slots. */
    int size() {
        return (days - 1) * topics * perDay;
    }

    /** The catalog item of slot {@code j} of {@code topic} on upload day {@code day} (≥ 1). */
    int item(int day, int topic, int j) {
        return baseItems + ((day - 1) * topics + topic) * perDay + j;
    }

    /** The topic of slot item {@code item}. */
    int topic(int item) {
        return ((item - baseItems) / perDay) % topics;
    }

    /** The upload day of slot item {@code item}. */
    int day(int item) {
        return (item - baseItems) / (perDay * topics) + 1;
    }
}
