package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MovieLens {@code ml-latest-small} (see {@code shared/data/movielens-latest-small/SOURCE.md}):
 * movies with their {@code |}-separated genres, ratings as an {@link InteractionLog} (signal =
 * rating in [0.5, 5], time = timestamp × 1000 ms), and user tags joined to each movie's text.
 *
 * <p>Quirks handled: CRLF line endings; titles quoted because they hold commas
 * ({@code "American President, The (1995)"}); accented UTF-8 titles; the genre
 * {@code (no genres listed)} (kept as a genre of its own). A rating of a movie absent from
 * {@value #MOVIES} or outside [0.5, 5] skips its row; {@value #TAGS} is optional.
 *
 * <p>Refused (a {@link DataFormatException} naming file, line, column and value): a
 * {@code movieId} already on an earlier row of {@value #MOVIES} (naming both lines,
 * {@link UniqueIds}), and a {@code timestamp} whose milliseconds do not fit 64 bits
 * ({@link TimeRules}). Ratings that repeat an earlier rating exactly (all four columns) are kept
 * and counted ({@link DuplicateRows}); the real file has none.
 */
public final class MovieLensData {

    /** Movies file name. */
    public static final String MOVIES = "movies.csv";
    /** Ratings file name. */
    public static final String RATINGS = "ratings.csv";
    /** Tags file name (optional). */
    public static final String TAGS = "tags.csv";

    private final long[] movieId;
    private final String[] title;
    private final String[][] genres;
    private final String[] tags;
    private final InteractionLog ratings;
    private final ReadReport report;

    private MovieLensData(long[] movieId, String[] title, String[][] genres, String[] tags, InteractionLog ratings,
                          ReadReport report) {
        this.movieId = movieId;
        this.title = title;
        this.genres = genres;
        this.tags = tags;
        this.ratings = ratings;
        this.report = report;
    }

    /**
     * Reads the dataset.
     *
     * @param dir     folder holding {@value #MOVIES}, {@value #RATINGS} and optionally {@value #TAGS}
     * @param options strict or lenient
     */
    public static MovieLensData read(Path dir, ReadOptions options) throws IOException {
        List<Long> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String[]> genreLists = new ArrayList<>();
        UniqueIds movieKeys = new UniqueIds("movieId");
        FileReport moviesReport = CsvTable.read(dir.resolve(MOVIES), CsvTable.Layout.CSV,
                List.of("movieId", "title", "genres"), options, row -> {
                    long id = row.requiredLong("movieId");
                    String t = row.requiredText("title");
                    String g = row.text("genres");
                    String[] list = g.isEmpty() ? new String[] {"(no genres listed)"} : g.split("\\|");
                    movieKeys.add(row, id);
                    ids.add(id);
                    titles.add(t);
                    genreLists.add(list);
                });
        int n = ids.size();
        long[] movieIds = ids.stream().mapToLong(Long::longValue).toArray();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(movieIds[i], i);
        }

        List<long[]> rows = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        List<String> ratingColumns = List.of("userId", "movieId", "rating", "timestamp");
        DuplicateRows repeats = new DuplicateRows(ratingColumns);
        FileReport ratingsReport = CsvTable.read(dir.resolve(RATINGS), CsvTable.Layout.CSV,
                ratingColumns, options, row -> {
                    long user = row.requiredLong("userId");
                    long movie = row.requiredLong("movieId");
                    double rating = row.requiredDouble("rating");
                    long seconds = row.requiredLong("timestamp");
                    Integer i = index.get(movie);
                    if (i == null) {
                        throw row.skip("movieId not in " + MOVIES, "movieId");
                    }
                    if (!(rating >= 0.5 && rating <= 5.0)) {
                        throw row.skip("rating outside [0.5, 5]", "rating");
                    }
                    long millis = TimeRules.secondsToMillis(row, "timestamp", seconds);
                    repeats.check(row);
                    rows.add(new long[] {user, i, millis});
                    values.add((float) rating);
                });
        DuplicateRows.judge(ratingsReport, options, System.err::println);
        int m = rows.size();
        if (m == 0) {
            throw new DataFormatException(dir.resolve(RATINGS).toString(), 0, null,
                    "no usable rows (" + ratingsReport.summary() + ")");
        }
        long[] users = new long[m];
        int[] items = new int[m];
        float[] signal = new float[m];
        long[] time = new long[m];
        for (int r = 0; r < m; r++) {
            users[r] = rows.get(r)[0];
            items[r] = (int) rows.get(r)[1];
            time[r] = rows.get(r)[2];
            signal[r] = values.get(r);
        }
        InteractionLog log = InteractionLog.of(users, movieIds, items, signal, time);

        List<FileReport> reports = new ArrayList<>(List.of(moviesReport, ratingsReport));
        StringBuilder[] tagText = new StringBuilder[n];
        Path tagsFile = dir.resolve(TAGS);
        if (Files.exists(tagsFile)) {
            reports.add(CsvTable.read(tagsFile, CsvTable.Layout.CSV.allowingNoRows(),
                    List.of("userId", "movieId", "tag"), options, row -> {
                        long movie = row.requiredLong("movieId");
                        String tag = row.requiredText("tag");
                        Integer i = index.get(movie);
                        if (i == null) {
                            throw row.skip("movieId not in " + MOVIES, "movieId");
                        }
                        if (tagText[i] == null) {
                            tagText[i] = new StringBuilder(tag.strip());
                        } else {
                            tagText[i].append(' ').append(tag.strip());
                        }
                    }));
        } else {
            // Optional, but it changes the items' texts, so their embeddings and the topics built
            // from them: say so rather than give another catalog in silence.
            System.err.println("warning: " + tagsFile + " not found: the items' texts are their titles and genres"
                    + " only, so their embeddings differ from those of a folder with tags");
        }
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            tags[i] = tagText[i] == null ? "" : tagText[i].toString();
        }
        return new MovieLensData(movieIds, titles.toArray(String[]::new), genreLists.toArray(String[][]::new), tags,
                log, new ReadReport("movielens", reports));
    }

    /** Number of movies (in {@value #MOVIES} order; also the item index of {@link #ratings()}). */
    public int size() {
        return movieId.length;
    }

    /** Source movie id. */
    public long movieId(int i) {
        return movieId[i];
    }

    /** Title with year, e.g. {@code American President, The (1995)}. */
    public String title(int i) {
        return title[i];
    }

    /** Genres; the first is the movie's primary topic in a catalog. */
    public List<String> genres(int i) {
        return List.of(genres[i]);
    }

    /** The movie's user tags, space-joined ({@code ""} when none). */
    public String tags(int i) {
        return tags[i];
    }

    /** Item text for embeddings: title, genres and tags. */
    public String text(int i) {
        String g = String.join(" ", genres[i]);
        return tags[i].isEmpty() ? title[i] + " " + g : title[i] + " " + g + " " + tags[i];
    }

    /** {@link #text(int)} for every movie. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(text(i));
        }
        return out;
    }

    /** Ratings: signal = rating, time = epoch ms. */
    public InteractionLog ratings() {
        return ratings;
    }

    /** What was read, per file. */
    public ReadReport report() {
        return report;
    }
}
