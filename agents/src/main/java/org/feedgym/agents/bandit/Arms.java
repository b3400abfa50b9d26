package org.feedgym.agents.bandit;

import java.util.List;
import org.feedgym.env.world.Catalog;

/**
 * What one arm of a feed bandit stands for. Statistics are shared by the whole population (one
 * bandit learns from every user's feedback), and each decision is among the arms of the K
 * offered candidates.
 */
public enum Arms {

    /**
     * One arm per topic of the catalog: few arms, so the bandit learns fast, but it cannot tell
     * two items of a topic apart (among candidates of the chosen topic the first wins).
     */
    TOPIC("topic"),

    /**
     * One arm per catalog item: fine-grained, but each arm is pulled only when the item is
     * offered, so learning is slow on large catalogs.
     */
    ITEM("item");

    /** The ids accepted in configs, in declaration order. */
    public static final List<String> IDS = List.of("topic", "item");

    private final String id;

    Arms(String id) {
        this.id = id;
    }

    /** The config id, e.g. {@code topic}. */
    public String id() {
        return id;
    }

    /** The arms named by a config id. */
    public static Arms of(String id) {
        for (Arms a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("arms must be one of " + IDS + ", got '" + id + "'");
    }

    /** Number of arms over {@code catalog}. */
    public int count(Catalog catalog) {
        return this == TOPIC ? catalog.topicCount() : catalog.size();
    }

    /** The arm of catalog item {@code item}. */
    public int arm(Catalog catalog, int item) {
        return this == TOPIC ? catalog.topic(item) : item;
    }
}
