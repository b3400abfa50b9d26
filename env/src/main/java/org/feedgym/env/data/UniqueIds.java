package org.feedgym.env.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses a repeated id in a table where each row is one entity (a video, a movie), so that a
 * duplicate never becomes an extra catalog item. Readers call {@link #add} once a row is kept
 * (a skipped row claims no id); the second row with an id is a {@link DataFormatException}
 * naming its line and the line of the first, e.g.
 * {@code /data/movielens-latest-small/movies.csv: line 4, column 'movieId': duplicate movieId 1 (first on line 2)}.
 */
final class UniqueIds {

    private final String column;
    private final Map<Long, Long> firstLine = new HashMap<>();

    /** @param column the id column, named in errors */
    UniqueIds(String column) {
        this.column = column;
    }

    /**
     * Claims {@code id} for this row.
     *
     * @throws DataFormatException when an earlier row has the same id
     */
    void add(Row row, long id) throws DataFormatException {
        Long first = firstLine.putIfAbsent(id, row.line());
        if (first != null) {
            throw row.error(column, "duplicate " + column + " " + id + " (first on line " + first + ")");
        }
    }
}
