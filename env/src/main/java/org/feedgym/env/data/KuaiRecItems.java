package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KuaiRec 2.0 item side tables (see {@code shared/data/kuairec/SOURCE.md}):
 * {@value #CATEGORIES} (video id → list of tag ids) joined with {@value #CAPTIONS} (cover text,
 * caption, topic tags and a three-level category, in Chinese).
 *
 * <p>Quirks handled: the tag list is a Python-style list, quoted when it has a comma
 * ({@code "[27, 9]"}); captions are UTF-8 Chinese with emoji; 4 captions hold a bare CR inside an
 * unquoted field, which is kept in the text and does not end the record; {@code UNKNOWN} and
 * category id −124 mean unknown; an empty caption is allowed. Items are in the order of
 * {@value #CATEGORIES}; a caption row for a video not in it is skipped and counted. A
 * {@code video_id} repeated in {@value #CATEGORIES} is refused, naming both lines
 * ({@link UniqueIds}).
 */
public final class KuaiRecItems {

    /** Tag-list file name. */
    public static final String CATEGORIES = "item_categories.csv";
    /** Caption and category file name. */
    public static final String CAPTIONS = "kuairec_caption_category.csv";

    private static final String UNKNOWN = "UNKNOWN";

    private final long[] videoId;
    private final int[][] tags;
    private final String[] coverText;
    private final String[] caption;
    private final String[][] topicTags;
    private final String[][] categories;
    private final ReadReport report;

    private KuaiRecItems(long[] videoId, int[][] tags, String[] coverText, String[] caption, String[][] topicTags,
                         String[][] categories, ReadReport report) {
        this.videoId = videoId;
        this.tags = tags;
        this.coverText = coverText;
        this.caption = caption;
        this.topicTags = topicTags;
        this.categories = categories;
        this.report = report;
    }

    /**
     * Reads both item tables from the dataset folder.
     *
     * @param dir     folder holding {@value #CATEGORIES} and {@value #CAPTIONS}
     * @param options strict or lenient
     */
    public static KuaiRecItems read(Path dir, ReadOptions options) throws IOException {
        List<Long> ids = new ArrayList<>();
        List<int[]> tagLists = new ArrayList<>();
        UniqueIds videoKeys = new UniqueIds("video_id");
        FileReport categoriesReport = CsvTable.read(dir.resolve(CATEGORIES), CsvTable.Layout.CSV,
                List.of("video_id", "feat"), options, row -> {
                    long id = row.requiredLong("video_id");
                    int[] list = intList(row, "feat", row.requiredText("feat"));
                    if (list.length == 0) {
                        throw row.skip("empty feat list", "feat");
                    }
                    videoKeys.add(row, id);
                    ids.add(id);
                    tagLists.add(list);
                });
        int n = ids.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        String[] cover = new String[n];
        String[] cap = new String[n];
        String[][] topic = new String[n][];
        String[][] cats = new String[n][];
        Arrays.fill(cover, "");
        Arrays.fill(cap, "");
        Arrays.fill(topic, new String[0]);
        Arrays.fill(cats, new String[0]);
        // A second caption row for a video would silently replace the first.
        UniqueIds captioned = new UniqueIds("video_id");
        FileReport captionsReport = CsvTable.read(dir.resolve(CAPTIONS), CsvTable.Layout.CSV.allowingNoRows(),
                List.of("video_id", "manual_cover_text", "caption", "topic_tag", "first_level_category_name",
                        "second_level_category_name", "third_level_category_name"), options, row -> {
                    long id = row.requiredLong("video_id");
                    Integer i = index.get(id);
                    if (i == null) {
                        throw row.skip("video_id not in " + CATEGORIES, "video_id");
                    }
                    captioned.add(row, id);
                    String c = row.text("manual_cover_text");
                    cover[i] = c.equals(UNKNOWN) ? "" : c;
                    cap[i] = row.text("caption");
                    topic[i] = stringList(row.text("topic_tag"));
                    List<String> names = new ArrayList<>(3);
                    for (String col : new String[] {"first_level_category_name", "second_level_category_name",
                        "third_level_category_name"}) {
                        String name = row.text(col);
                        if (!name.isEmpty() && !name.equals(UNKNOWN)) {
                            names.add(name);
                        }
                    }
                    cats[i] = names.toArray(String[]::new);
                });
        long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
        return new KuaiRecItems(idArray, tagLists.toArray(int[][]::new), cover, cap, topic, cats,
                new ReadReport("kuairec", List.of(categoriesReport, captionsReport)));
    }

    /** Parses {@code [27, 9]} or {@code [8]} or {@code []}. */
    static int[] intList(Row row, String column, String value) throws DataFormatException {
        String v = value.strip();
        if (v.length() < 2 || v.charAt(0) != '[' || v.charAt(v.length() - 1) != ']') {
            throw row.error(column, "expected a list like [1, 2], got '" + value + "'");
        }
        String inner = v.substring(1, v.length() - 1).strip();
        if (inner.isEmpty()) {
            return new int[0];
        }
        String[] parts = inner.split(",");
        int[] out = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                out[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw row.error(column, "expected a list of integers, got '" + value + "'");
            }
        }
        return out;
    }

    /** Parses {@code [a,b]} (no inner quotes) into its elements; anything else is one element. */
    static String[] stringList(String value) {
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /** Number of items. */
    public int size() {
        return videoId.length;
    }

    /** Source video id. */
    public long videoId(int i) {
        return videoId[i];
    }

    /** Tag ids (a copy; at least one). The first is the item's primary topic in a catalog. */
    public int[] tags(int i) {
        return tags[i].clone();
    }

    /** Manual cover text, {@code ""} when {@code UNKNOWN}. */
    public String coverText(int i) {
        return coverText[i];
    }

    /** Caption (may be empty; may hold a bare CR). */
    public String caption(int i) {
        return caption[i];
    }

    /** Topic tags (hashtags), possibly none. */
    public List<String> topicTags(int i) {
        return List.of(topicTags[i]);
    }

    /** Known category names, first level first (unknown levels left out). */
    public List<String> categories(int i) {
        return List.of(categories[i]);
    }

    /** Item text for embeddings: cover text, caption, topic tags and category names, space-joined. */
    public String text(int i) {
        StringBuilder b = new StringBuilder();
        append(b, coverText[i]);
        append(b, caption[i]);
        for (String t : topicTags[i]) {
            append(b, t);
        }
        for (String c : categories[i]) {
            append(b, c);
        }
        return b.toString();
    }

    /** {@link #text(int)} for every item. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(text(i));
        }
        return out;
    }

    private static void append(StringBuilder b, String s) {
        if (!s.isBlank()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.strip());
        }
    }

    /** Both files' reports. */
    public ReadReport report() {
        return report;
    }
}
