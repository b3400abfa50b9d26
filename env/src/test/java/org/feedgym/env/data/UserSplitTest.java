package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSplitTest {

    private static final LogColumns COLUMNS = new LogColumns("u", "i", "t", null, null, null, null,
            Map.of("like", "liked"), null, null);

    @TempDir
    Path dir;

    private MappedLog write(String name, List<String> rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "u,i,t,liked\n" + String.join("\n", rows) + "\n");
        return MappedLogReader.read(file, ',', COLUMNS, ReadOptions.STRICT, "log");
    }

    private static List<String> rows(int users) {
        List<String> rows = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int k = 0; k < 3; k++) {
                rows.add("user" + u + ",item" + (u + k) % 7 + "," + (1000 * k + u) + "," + (k % 2));
            }
        }
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameSplitWhateverTheRowOrder() throws IOException {
        List<String> rows = rows(300);
        MappedLog sorted = write("a.csv", rows);
        Collections.shuffle(rows, new java.util.Random(3));
        MappedLog shuffled = write("b.csv", rows);
        UserSplit a = UserSplit.eightyTwenty(sorted, 42);
        UserSplit b = UserSplit.eightyTwenty(shuffled, 42);
        assertArrayEquals(a.fittingIndices(), b.fittingIndices());
        assertArrayEquals(a.fittingIndices(), UserSplit.eightyTwenty(sorted, 42).fittingIndices());
    }

    @Test
    void aUsersSideDoesNotDependOnWhichOtherUsersTheLogHas() throws IOException {
        MappedLog all = write("all.csv", rows(300));
        MappedLog fewer = write("fewer.csv", rows(300).subList(0, 150));
        UserSplit a = UserSplit.eightyTwenty(all, 7);
        UserSplit b = UserSplit.eightyTwenty(fewer, 7);
        for (int u = 0; u < fewer.userCount(); u++) {
            assertEquals(a.fitting(index(all, fewer.userId(u))), b.fitting(u), fewer.userId(u));
        }
    }

    private static int index(MappedLog log, String id) {
        for (int u = 0; u < log.userCount(); u++) {
            if (log.userId(u).equals(id)) {
                return u;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void aboutEightyPercentOfTheRealKuaiRandUsersFit() throws IOException {
        Path file = RealData.folder("kuairand-like-hate-subset").resolve(KuaiRandDataset.FILE);
        MappedLog log = MappedLogReader.read(file, '\t', LogColumns.kuairand(), ReadOptions.LENIENT, "kuairand");
        UserSplit split = UserSplit.eightyTwenty(log, 2026);
        int fitting = split.fittingIndices().length;
        assertEquals(664, fitting + split.heldOutIndices().length);
        // Binomial(664, 0.8): sd = 10.3 users; 4 sd either side of 531.2.
        assertTrue(fitting > 490 && fitting < 573, "fitting users: " + fitting);
        assertFalse(java.util.Arrays.equals(split.fittingIndices(),
                UserSplit.eightyTwenty(log, 2027).fittingIndices()), "another seed, another split");
    }

    @Test
    void aShareOutsideZeroToOneIsRejected() throws IOException {
        MappedLog log = write("c.csv", rows(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserSplit.of(log, 1, 1.0));
        assertEquals("fittingShare must be in (0, 1), got 1.0", e.getMessage());
    }
}
