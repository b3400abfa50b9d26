package org.feedgym.env.world;

import java.util.Objects;

/**
 * A content topic of the catalog.
 *
 * @param name      unique name, e.g. {@code comedy} or {@code body-image}
 * @param harmClass the harm taxonomy class; {@link HarmClass#NONE} for benign topics
 */
public record Topic(String name, HarmClass harmClass) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(harmClass, "harmClass");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }

    /** True for topics of a harm class. */
    public boolean harmful() {
        return harmClass != HarmClass.NONE;
    }
}
