package org.feedgym.studies.homogenization;

/**
 * Working memory of one chunk of users, allocated once per simulation so that choosing an item
 * allocates nothing. A chunk is processed by one thread at a time.
 */
final class Scratch {

    /** Scores of every item for the current user (index = item). */
    final double[] scores;
    /** The current user's ranking so far. */
    final int[] ranked;
    /** The newest items, in the order drawn so far. */
    final int[] newItems;
    final TopSelection selection;
    /** Stream for utilities evaluated on demand. */
    final PairStream utility = new PairStream(0);
    /** Stream for the list's random parts (positions and order of the new items). */
    final PairStream list = new PairStream(0);

    Scratch(int items, int itemsPerStep) {
        scores = new double[items];
        ranked = new int[items];
        newItems = new int[itemsPerStep];
        selection = new TopSelection(items);
    }
}
