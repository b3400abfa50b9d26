package org.feedgym.env.world;

/**
 * A population that cannot fit in this JVM's heap: the arrays of its users' state and
 * observations alone exceed the maximum heap, so it is refused before anything is allocated rather
 * than running out of heap part way through a run.
 */
public final class PopulationTooLarge extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long neededBytes;

    PopulationTooLarge(int users, long neededBytes, long bytesPerUser, long maxHeapBytes) {
        super(String.format(java.util.Locale.ROOT, "a population of %,d users needs at least %,d MiB of heap for its"
                        + " state and observations (%,d bytes a user), more than this JVM's maximum heap of %,d MiB",
                users, neededBytes >> 20, bytesPerUser, maxHeapBytes >> 20));
        this.neededBytes = neededBytes;
    }

    /** The heap the population's state and observations need, in bytes (a lower bound for the run). */
    public long neededBytes() {
        return neededBytes;
    }
}
