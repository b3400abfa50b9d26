package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class KuaiRecTest {

    private static final String CAPTION_HEADER = "video_id,manual_cover_text,caption,topic_tag,first_level_category_id,"
            + "first_level_category_name,second_level_category_id,second_level_category_name,third_level_category_id,"
            + "third_level_category_name\n";

    @TempDir
    Path dir;

    @Test
    void readsTheRealItemTablesAsExactly10728ItemsDespiteBareCrs() throws IOException {
        KuaiRecItems items = KuaiRecItems.read(RealData.folder("kuairec"), ReadOptions.STRICT);
        assertEquals(10_728, items.size());
        FileReport captions = items.report().files().get(1);
        assertEquals(10_728, captions.rows());
        assertEquals(10_728, captions.kept());
        assertEquals(4L, captions.notes().get("bare CR inside a field (not a line break)"));
        assertEquals("08f6ec40059c5a7ecdcebf615d080d9cf8f59f9497f6d66e8d5ccabdc7cab2d9", captions.file().sha256());
        assertArrayEquals(new int[] {27, 9}, items.tags(1));
        assertEquals(List.of("颜值", "颜值随拍"), items.categories(0));
        int withCr = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.caption(i).indexOf('\r') >= 0) {
                withCr++;
            }
        }
        assertEquals(4, withCr);
        assertTrue(items.caption(items.size() - 1) != null);
    }

    @Test
    void readsTheRealUserTableKeepingEmptyOnehotCellsAsMinusOne() throws IOException {
        KuaiRecUsers users = KuaiRecUsers.read(RealData.folder("kuairec"), ReadOptions.STRICT);
        assertEquals(7_176, users.size());
        FileReport f = users.report().files().get(0);
        assertEquals(201L, f.notes().get("empty onehot_feat4 (kept as -1)"));
        assertEquals("(0,10]", users.followRange(0));
        int minus = 0;
        for (int i = 0; i < users.size(); i++) {
            if (users.onehot(i, 4) == -1) {
                minus++;
            }
        }
        assertEquals(201, minus);
    }

    @Test
    void aBareCrInAnUnquotedCaptionDoesNotEndTheRecord() throws IOException {
        Files.writeString(dir.resolve(KuaiRecItems.CATEGORIES), "video_id,feat\n0,[8]\n1,\"[27, 9]\"\n");
        Files.writeString(dir.resolve(KuaiRecItems.CAPTIONS), CAPTION_HEADER
                + "0,UNKNOWN,第一行\r第二行,\"[a,b]\",8,颜值,673,颜值随拍,-124,UNKNOWN\n"
                + "1,封面,,[],27,高新数码,-124,UNKNOWN,-124,UNKNOWN\n", StandardCharsets.UTF_8);
        KuaiRecItems items = KuaiRecItems.read(dir, ReadOptions.STRICT);
        assertEquals(2, items.size());
        assertEquals("第一行\r第二行", items.caption(0));
        assertEquals(List.of("a", "b"), items.topicTags(0));
        assertEquals("", items.coverText(0));
        assertEquals("封面 高新数码", items.text(1));
        assertArrayEquals(new int[] {27, 9}, items.tags(1));
    }

    @Test
    void aMalformedTagListIsAStructuralError() throws IOException {
        Files.writeString(dir.resolve(KuaiRecItems.CATEGORIES), "video_id,feat\n0,[8]\n1,\"[27; 9]\"\n");
        Files.writeString(dir.resolve(KuaiRecItems.CAPTIONS), CAPTION_HEADER);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> KuaiRecItems.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve(KuaiRecItems.CATEGORIES) + ": line 3, column 'feat': expected a list of"
                + " integers, got '[27; 9]'",
                e.getMessage());
    }

    @Test
    void anEmptyTagListSkipsTheItemOrFailsInStrictMode() throws IOException {
        Files.writeString(dir.resolve(KuaiRecItems.CATEGORIES), "video_id,feat\n0,[8]\n1,[]\n");
        Files.writeString(dir.resolve(KuaiRecItems.CAPTIONS), CAPTION_HEADER);
        KuaiRecItems items = KuaiRecItems.read(dir, ReadOptions.LENIENT);
        assertEquals(1, items.size());
        assertEquals(1L, items.report().files().get(0).skipped().get("empty feat list"));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> KuaiRecItems.read(dir, ReadOptions.STRICT));
        assertEquals(3, e.line());
    }
}
