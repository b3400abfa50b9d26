package org.feedgym.simulator.run;

import org.feedgym.env.OppositeFeedback;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.Catalog;

/**
 * Keeps, per user, the topics of the items shown in a Bubble Escape Potential window (started
 * and bounded by the rule of {@link OppositeFeedback}, on the item positions and the clock at
 * which each item was shown), in order. One recorder
 * watches the original population and one the twins'; {@link BubbleEscapePotential} compares
 * them.
 */
public final class BepWindowRecorder implements StepListener {

    private final Catalog catalog;
    private final OppositeFeedback window;
    private final int[] position;
    private final int[] startedAt;
    private final int[] topics;
    private final int[] length;

    /** A recorder for {@code users} users and this window. */
    public BepWindowRecorder(Catalog catalog, int users, OppositeFeedback window) {
        this.catalog = catalog;
        this.window = window;
        this.position = new int[users];
        this.startedAt = new int[users];
        java.util.Arrays.fill(startedAt, -1);
        this.topics = new int[users * window.steps()];
        this.length = new int[users];
    }

    @Override
    public void onStep(StepOutcomes o) {
        for (int u = 0; u < position.length; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            if (startedAt[u] < 0 && window.starts(position[u], o.shownAtSeconds(u))) {
                startedAt[u] = position[u];
            }
            if (window.covers(startedAt[u], position[u])) {
                topics[u * window.steps() + length[u]++] = catalog.topic(item);
            }
            position[u]++;
        }
    }

    /** Items of user {@code u} shown in the window (fewer than its length when the episode ended). */
    public int length(int u) {
        return length[u];
    }

    /** The topic of user {@code u}'s {@code i}-th item in the window, {@code i} &lt; {@link #length}. */
    public int topic(int u, int i) {
        return topics[u * window.steps() + java.util.Objects.checkIndex(i, length[u])];
    }
}
