package org.feedgym.env.params;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownKeyTest {

    private static final List<String> CATALOG = List.of("type", "items", "topics", "harmfulTopics", "dimensions", "path",
            "delimiter", "columns");

    @Test
    void aTypoGetsTheNearestAllowedKey() {
        assertEquals("unknown key 'itemz' (did you mean 'items'?); allowed keys: [columns, delimiter, dimensions,"
                + " harmfulTopics, items, path, topics, type]", UnknownKey.message("itemz", CATALOG));
        assertEquals("unknown key 'paht' (did you mean 'path'?); allowed keys: [columns, delimiter, dimensions,"
                + " harmfulTopics, items, path, topics, type]", UnknownKey.message("paht", CATALOG));
        assertEquals("unknown key 'HarmfulTopic' (did you mean 'harmfulTopics'?); allowed keys: [columns, delimiter,"
                + " dimensions, harmfulTopics, items, path, topics, type]", UnknownKey.message("HarmfulTopic", CATALOG));
    }

    @Test
    void aKeyFarFromEveryAllowedOneGetsNoSuggestion() {
        assertEquals("unknown key 'epsilon'; allowed keys: [arms, c]", UnknownKey.message("epsilon", List.of("c", "arms")));
        // 'size' is three edits from 'type', the nearest: too far for a four-letter key.
        assertEquals("unknown key 'size'; allowed keys: [columns, delimiter, dimensions, harmfulTopics, items, path,"
                + " topics, type]", UnknownKey.message("size", CATALOG));
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, UnknownKey.distance("paht", "path"));
        assertEquals(3, UnknownKey.distance("size", "type"));
        assertEquals(0, UnknownKey.distance("", ""));
        assertEquals(5, UnknownKey.distance("", "items"));
    }
}
