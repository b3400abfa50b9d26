package org.feedgym.env.world;

import java.util.random.RandomGenerator;

/**
 * Offers each user K distinct candidates per step, none of them in the user's recent history:
 * round-robin neighbours of the three most recently watched items (from the
 * {@link NeighbourTable}), then items drawn from the most-viewed pool, then uniformly random
 * items. Slots a source cannot fill (no history yet, pool exhausted) go to the next source.
 *
 * <p>Draws come from the user's own candidate generator, so candidates never depend on other
 * users; de-duplication uses a per-thread stamp array instead of a set, so a step allocates
 * nothing.
 *
 * <p>In a world with creators only the items live in the user's population are offered
 * ({@link LiveNeighbours}: the catalog's items of day 0 and those uploaded so far): neighbours
 * come from its grown table, random items from its live items, and the popular pool holds items
 * of day 0 (uploads start without views).
 */
final class CandidateGenerator {

    private static final int NEIGHBOUR_SOURCES = 3;

    private final Catalog catalog;
    private final NeighbourTable neighbours;
    private final int[] popularOrder;
    private final int popularPool;
    private final int k;
    private final int neighbourSlots;
    private final int popularSlots;
    private final ThreadLocal<Stamps> stamps;

    CandidateGenerator(Catalog catalog, NeighbourTable neighbours, CandidatesConfig config) {
        this.catalog = catalog;
        this.neighbours = neighbours;
        this.k = config.k();
        this.neighbourSlots = (int) Math.round(k * config.neighbourShare());
        this.popularSlots = Math.min(k - neighbourSlots, (int) Math.round(k * config.popularShare()));
        int day0 = (int) java.util.stream.IntStream.range(0, catalog.size()).filter(i -> catalog.uploadDay(i) == 0).count();
        this.popularPool = Math.min(config.popularPool(), day0);
        this.popularOrder = java.util.stream.IntStream.range(0, catalog.size()).filter(i -> catalog.uploadDay(i) == 0)
                .boxed()
                .sorted((a, b) -> {
                    int c = Double.compare(catalog.views(b), catalog.views(a));
                    return c != 0 ? c : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue).limit(popularPool).toArray();
        int size = catalog.size();
        this.stamps = ThreadLocal.withInitial(() -> new Stamps(size));
    }

    /** Fills user {@code u}'s K candidates from the whole catalog. */
    void fill(UserStates s, int u) {
        fill(s, u, neighbours, null);
    }

    /**
     * Fills user {@code u}'s K candidates.
     *
     * @param table the neighbour table to read
     * @param live  the items that may be offered, or {@code null} for every item of the catalog
     */
    void fill(UserStates s, int u, Neighbours table, LiveNeighbours live) {
        Stamps st = stamps.get();
        int mark = st.next();
        int[] seen = st.seen;
        int hc = s.historyCount[u];
        for (int a = 0; a < hc; a++) {
            seen[s.recentItem(u, a)] = mark;
        }
        int base = u * k;
        int filled = 0;
        RandomGenerator r = s.candidateRandom[u];

        int sources = Math.min(NEIGHBOUR_SOURCES, hc);
        int width = table.width();
        if (sources > 0) {
            for (int rank = 0; rank < width && filled < neighbourSlots; rank++) {
                for (int src = 0; src < sources && filled < neighbourSlots; src++) {
                    int item = table.neighbour(s.recentItem(u, src), rank);
                    if (seen[item] != mark) {
                        seen[item] = mark;
                        s.candidates[base + filled++] = item;
                    }
                }
            }
        }
        int popularTarget = filled + popularSlots + (neighbourSlots - Math.min(filled, neighbourSlots));
        popularTarget = Math.min(k, popularTarget);
        for (int attempt = 0; filled < popularTarget && attempt < 4 * k; attempt++) {
            int item = popularOrder[r.nextInt(popularPool)];
            if (seen[item] != mark) {
                seen[item] = mark;
                s.candidates[base + filled++] = item;
            }
        }
        int n = live == null ? catalog.size() : live.count();
        for (int attempt = 0; filled < k && attempt < 8 * k; attempt++) {
            int item = live == null ? r.nextInt(n) : live.item(r.nextInt(n));
            if (seen[item] != mark) {
                seen[item] = mark;
                s.candidates[base + filled++] = item;
            }
        }
        if (filled < k) {
            // Tiny or saturated catalogs: a deterministic scan from a random start finishes the list.
            int start = r.nextInt(n);
            for (int j = 0; j < n && filled < k; j++) {
                int item = live == null ? (start + j) % n : live.item((start + j) % n);
                if (seen[item] != mark) {
                    seen[item] = mark;
                    s.candidates[base + filled++] = item;
                }
            }
        }
    }

    /** Per-thread marks: an item is taken in the current fill when its stamp equals the mark. */
    private static final class Stamps {
        final int[] seen;
        int mark;

        Stamps(int size) {
            seen = new int[size];
        }

        int next() {
            if (++mark == Integer.MAX_VALUE) {
                java.util.Arrays.fill(seen, 0);
                mark = 1;
            }
            return mark;
        }
    }
}
