package org.feedgym.env.world;

/** Each item's nearest items by embedding cosine, most similar first: what the candidate generator reads. */
interface Neighbours {

    /** Neighbours kept per item. */
    int width();

    /** The {@code rank}-th nearest neighbour of {@code item} (rank 0 = most similar). */
    int neighbour(int item, int rank);
}
