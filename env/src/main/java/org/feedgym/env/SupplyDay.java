package org.feedgym.env;

/**
 * One simulated day of a world with creators, as one population saw it: what was uploaded at the
 * start of the day, the catalog it made, and how much of what users were shown that day was new.
 *
 * @param day                  the day, from 1 (day 0 is the catalog before any upload)
 * @param uploads              items uploaded at the start of the day
 * @param harmfulUploads       of them, items of a harmful topic
 * @param catalogEntropyBits   Shannon entropy of the topic distribution of every item that can be
 *                             shown from this day on, in bits
 * @param itemsShown           items shown to the population during the day
 * @param newItemsShown        of them, items uploaded during the run (on this day or before)
 * @param newItemWatchSeconds  seconds watched of those new items
 * @param watchSeconds         seconds watched of every item shown during the day
 */
public record SupplyDay(int day, int uploads, int harmfulUploads, double catalogEntropyBits, long itemsShown,
                        long newItemsShown, double newItemWatchSeconds, double watchSeconds)
        implements java.io.Serializable {

    /** Harmful share of the day's uploads; NaN on a day without uploads. */
    public double harmfulUploadShare() {
        return uploads == 0 ? Double.NaN : (double) harmfulUploads / uploads;
    }

    /** Share of the day's shown items that were new; NaN on a day nobody was shown anything. */
    public double newItemExposureShare() {
        return itemsShown == 0 ? Double.NaN : (double) newItemsShown / itemsShown;
    }
}
