package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.CatalogConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCatalogTest {

    private static final LogColumns COLUMNS = columns(null);
    private static final int USERS = 40;

    @TempDir
    Path dir;

    private static LogColumns columns(String category) {
        Map<String, String> signals = new LinkedHashMap<>();
        signals.put("like", "label=1");
        signals.put("hate", "label=0");
        return new LogColumns("u", "i", "t", null, null, null, null, signals, category, null);
    }

    private CatalogConfig config(Path file, LogColumns columns, String harmRule, java.util.List<String> categories) {
        return new CatalogConfig("log", null, columns.category() == null ? 2 : null, null, 4, null, null,
                file.toString(), null, null, harmRule, null, null, null, null, null, columns, null, categories);
    }

    private CatalogOptions options() {
        return new CatalogOptions(new EmbeddingCache(dir.resolve("cache")), line -> { });
    }

    /**
     * Every user meets items i0..i9; item j is hated by users u with (u + j) % 5 < j % 4 (so items
     * differ in hate rate); held-out users also meet i10, which only they see, and hate it. With
     * {@code flipHeldOut}, every held-out user's labels are flipped.
     */
    private Path write(String name, UserSplit split, MappedLog ids, boolean flipHeldOut) throws IOException {
        StringBuilder b = new StringBuilder("u,i,t,label,genre\n");
        for (int u = 0; u < USERS; u++) {
            boolean heldOut = split != null && !split.fitting(index(ids, "user" + u));
            for (int j = 0; j <= 10; j++) {
                if (j == 10 && (split == null || !heldOut)) {
                    continue;
                }
                int label = j == 10 ? 0 : (u + j) % 5 < j % 4 ? 0 : 1;
                if (heldOut && flipHeldOut) {
                    label = 1 - label;
                }
                b.append("user").append(u).append(",i").append(j).append(',').append(1000 * j + u).append(',')
                        .append(label).append(',').append(j % 2 == 0 ? "even" : "odd").append('\n');
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, b);
        return file;
    }

    private static int index(MappedLog log, String id) {
        for (int u = 0; u < log.userCount(); u++) {
            if (log.userId(u).equals(id)) {
                return u;
            }
        }
        throw new AssertionError(id);
    }

    private static MappedLog read(Path file, LogColumns columns) throws IOException {
        return MappedLogReader.read(file, ',', columns, ReadOptions.STRICT, "log");
    }

    @Test
    void harmLabelsDoNotDependOnTheHeldOutUsersRows() throws IOException {
        MappedLog ids = read(write("ids.csv", null, null, false), COLUMNS);
        UserSplit split = UserSplit.eightyTwenty(ids, 11);
        assertTrue(split.heldOutIndices().length > 0 && split.fittingIndices().length > 0);
        MappedLog original = read(write("original.csv", split, ids, false), COLUMNS);
        MappedLog flipped = read(write("flipped.csv", split, ids, true), COLUMNS);
        Catalog a = LogCatalog.build(original, split.fittingUsers(), config(dir.resolve("original.csv"), COLUMNS,
                null, null), options()).catalog();
        Catalog b = LogCatalog.build(flipped, split.fittingUsers(), config(dir.resolve("flipped.csv"), COLUMNS,
                null, null), options()).catalog();
        assertEquals(a.size(), b.size());
        int harmful = 0;
        for (int j = 0; j < a.size(); j++) {
            assertEquals(a.harm(j), b.harm(j), "harm score of item " + j);
            assertEquals(a.harmful(j), b.harmful(j), "harm label of item " + j);
            assertEquals(a.quality(j), b.quality(j), "quality of item " + j);
            assertArrayEquals(a.embedding(j), b.embedding(j), "embedding of item " + j);
            harmful += a.harmful(j) ? 1 : 0;
        }
        assertTrue(harmful > 0, "the rule is not vacuous: some items are harmful");
        // The same log with every user fitting does see the flipped rows.
        Catalog all = LogCatalog.build(flipped, u -> true, config(dir.resolve("flipped.csv"), COLUMNS, null, null),
                options()).catalog();
        boolean differs = false;
        for (int j = 0; j < a.size(); j++) {
            differs |= all.harm(j) != b.harm(j);
        }
        assertTrue(differs, "held-out rows would move the labels if they were used");
    }

    @Test
    void anItemSeenOnlyByHeldOutUsersGetsAnEntryThatIsNotHarmful() throws IOException {
        MappedLog ids = read(write("ids.csv", null, null, false), COLUMNS);
        UserSplit split = UserSplit.eightyTwenty(ids, 11);
        MappedLog log = read(write("log.csv", split, ids, false), COLUMNS);
        Catalog c = LogCatalog.build(log, split.fittingUsers(), config(dir.resolve("log.csv"), COLUMNS, null, null),
                options()).catalog();
        int onlyHeldOut = itemIndex(log, "i10");
        assertEquals(11, c.size());
        assertFalse(c.harmful(onlyHeldOut), "hated by every held-out user, but no fitting user saw it");
        assertEquals(0, c.views(onlyHeldOut));
        // With every user fitting, the same item is harmful.
        Catalog all = LogCatalog.build(log, u -> true, config(dir.resolve("log.csv"), COLUMNS, null, null), options())
                .catalog();
        assertTrue(all.harmful(onlyHeldOut));
    }

    private static int itemIndex(MappedLog log, String id) {
        for (int j = 0; j < log.itemCount(); j++) {
            if (log.itemId(j).equals(id)) {
                return j;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void categoriesBecomeTopicsAndTheCategoriesRuleMarksHarm() throws IOException {
        LogColumns columns = columns("genre");
        Path file = write("cat.csv", null, null, false);
        DataCatalog d = DatasetRegistry.builtIn().load(config(file, columns, "categories", java.util.List.of("odd")),
                options());
        Catalog c = d.catalog();
        MappedLog log = read(file, columns);
        for (int j = 0; j < c.size(); j++) {
            assertEquals(log.category(j).equals("odd"), c.harmful(j), log.itemId(j));
        }
        assertEquals("even", c.topics().get(0).name());
        assertEquals(log.interactions(), d.interactions());
    }

    @Test
    void fittingUsersWithoutRowsCannotBuildACatalog() throws IOException {
        Path file = write("none.csv", null, null, false);
        MappedLog log = read(file, COLUMNS);
        IntPredicate nobody = u -> false;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogCatalog.build(log, nobody, config(file, COLUMNS, null, null), options()));
        assertEquals("log: the fitting users have no rows to build a catalog from", e.getMessage());
        assertNotEquals(0, log.size());
    }
}
