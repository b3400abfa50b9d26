package org.feedgym.studies.homogenization;

/**
 * Item sets as rows of a {@code long[]} bitset: row {@code u} occupies words
 * {@code [u·words, (u+1)·words)}. The Jaccard index of two rows is the shared metric's,
 * {@link org.feedgym.simulator.metrics.Inequality#jaccard(long[], int, int, int)}.
 */
final class Bits {

    private Bits() {
    }

    /** Words per row for {@code items} items. */
    static int words(int items) {
        return (items + 63) >>> 6;
    }

    static boolean test(long[] bits, int base, int item) {
        return (bits[base + (item >>> 6)] & (1L << item)) != 0;
    }

    static void set(long[] bits, int base, int item) {
        bits[base + (item >>> 6)] |= 1L << item;
    }

    /** Members of the row starting at {@code base} that are below {@code limit}. */
    static int countBelow(long[] bits, int base, int limit) {
        int full = limit >>> 6;
        int n = 0;
        for (int w = 0; w < full; w++) {
            n += Long.bitCount(bits[base + w]);
        }
        int rest = limit & 63;
        if (rest != 0) {
            n += Long.bitCount(bits[base + full] & ((1L << rest) - 1));
        }
        return n;
    }
}
