package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensDataTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealDataset() throws IOException {
        MovieLensData ml = MovieLensData.read(RealData.folder("movielens-latest-small"), ReadOptions.STRICT);
        assertEquals(9_742, ml.size());
        assertEquals(100_836, ml.ratings().size());
        assertEquals(610, ml.ratings().userCount());
        assertEquals(3, ml.report().files().size());
        assertEquals(3_683, ml.report().files().get(2).kept());
        assertEquals("aa289ca83157595d0df6aea1be6a4ded676ddc4385472e8313a8ed9805352646",
                ml.report().files().get(1).file().sha256());
        assertTrue(ml.report().files().get(0).notes().get("CRLF line endings") > 9_742);
        int accented = 0;
        for (int i = 0; i < ml.size(); i++) {
            if (ml.title(i).chars().anyMatch(c -> c > 127)) {
                accented++;
            }
        }
        assertTrue(accented > 0);
        assertTrue(ml.report().summary().startsWith("movielens: movies.csv: 9742 rows, 9742 kept"),
                ml.report().summary());
    }

    @Test
    void readsQuotedTitlesGenresTagsAndSecondsAsMillis() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\r\n"
                + "1,\"American President, The (1995)\",Comedy|Drama|Romance\r\n"
                + "2,Amélie (2001),(no genres listed)\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating,timestamp\r\n"
                + "5,2,4.5,964982703\r\n5,1,3.0,964981247\r\n6,99,4.0,1\r\n6,1,7.0,1\r\n");
        Files.writeString(dir.resolve(MovieLensData.TAGS), "userId,movieId,tag,timestamp\r\n"
                + "5,1,\"politics, satire\",1\r\n5,1,funny,2\r\n");
        MovieLensData ml = MovieLensData.read(dir, ReadOptions.LENIENT);
        assertEquals("American President, The (1995)", ml.title(0));
        assertEquals(List.of("Comedy", "Drama", "Romance"), ml.genres(0));
        assertEquals("Amélie (2001)", ml.title(1));
        assertEquals("politics, satire funny", ml.tags(0));
        InteractionLog r = ml.ratings();
        assertEquals(2, r.size());
        assertEquals(964_981_247_000L, r.timeMillis(0));
        assertEquals(0, r.item(0));
        assertEquals(4.5f, r.signal(1));
        FileReport ratings = ml.report().files().get(1);
        assertEquals(1L, ratings.skipped().get("movieId not in movies.csv"));
        assertEquals(1L, ratings.skipped().get("rating outside [0.5, 5]"));
    }

    @Test
    void aStrayCrAtTheEndOfTheHeaderIsTrimmedLikeOneInADataRow() throws IOException {
        // CR CR LF: the first CR is a bare CR inside the last field, of the header and of the row.
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\r\n1,A (1990),Drama\r\n");
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating,timestamp\r\r\n"
                + "5,1,4.5,964982703\r\r\n");
        MovieLensData ml = MovieLensData.read(dir, ReadOptions.STRICT);
        assertEquals(1, ml.ratings().size());
        assertEquals(964_982_703_000L, ml.ratings().timeMillis(0));
        assertEquals(1L, ml.report().files().get(1).notes().get("stray CR at the end of the header"));
    }

    @Test
    void aStrayCrAtTheEndOfATextFieldIsDroppedSoGenresStayOne() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\r\r\n1,A (1990),Drama\r\r\n"
                + "2,B (1991),Comedy|Drama\r\r\n3,\"C\rD (1992)\",Drama\r\n");
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating,timestamp\r\n5,1,4.5,964982703\r\n");
        MovieLensData ml = MovieLensData.read(dir, ReadOptions.STRICT);
        assertEquals(List.of("Drama"), ml.genres(0));
        assertEquals(List.of("Comedy", "Drama"), ml.genres(1));
        assertEquals("C\rD (1992)", ml.title(2), "a bare CR inside a field that is not the last one is kept");
        assertEquals(2L, ml.report().files().get(0).notes().get("stray CR at the end of a row"));
    }

    @Test
    void aControlCharacterInAHeaderNameIsShownEscaped() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\n1,A (1990),Drama\n");
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating\r,time\u0007stamp\n"
                + "5,1,4.5,964982703\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve(MovieLensData.RATINGS) + ": line 1, column 'timestamp': required column is missing"
                + " from the header [userId, movieId, rating, time\\u0007stamp]", e.getMessage());
    }

    @Test
    void aRatingsFileWithOnlyAHeaderIsAnError() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\n1,A (1990),Drama\n");
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating,timestamp\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve(MovieLensData.RATINGS) + ": the file has a header but no data rows", e.getMessage());
    }

    @Test
    void invalidUtf8IsAStructuralError() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\n1,A (1990),Drama\n");
        byte[] bad = "userId,movieId,rating,timestamp\n1,1,4.0,1\n1,1,\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(MovieLensData.RATINGS), bad);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve(MovieLensData.RATINGS) + ": line 3: not UTF-8 text: invalid byte 0xff at byte"
                + " offset 46", e.getMessage());
    }

    @Test
    void aQuoteLeftOpenNamesTheRowItOpensInAndWhereTheParserStopped() throws IOException {
        Files.writeString(dir.resolve(MovieLensData.MOVIES), "movieId,title,genres\n1,A (1990),Drama\n"
                + "2,\"B (1991),Comedy\n3,C (1992),Drama\n4,\"D, The\" (1993),Drama\n");
        Files.writeString(dir.resolve(MovieLensData.RATINGS), "userId,movieId,rating,timestamp\n1,1,4.0,1\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir, ReadOptions.LENIENT));
        assertTrue(e.getMessage().startsWith(dir.resolve(MovieLensData.MOVIES) + ": line 3: cannot parse the row that"
                + " starts here: invalid character between encapsulated token and delimiter (the parser stopped at line 5,"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; is a quoted field left open?)"), e.getMessage());
    }
}
