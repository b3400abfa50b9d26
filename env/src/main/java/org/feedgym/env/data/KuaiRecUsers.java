package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * KuaiRec 2.0 {@value #FILE}: one row per user with activity level, flags, follow / fan / friend
 * counts and their bucket strings, registration age and 18 encrypted categorical features.
 *
 * <p>Quirks handled: bucket strings that contain commas are quoted ({@code "(0,10]"}); the
 * {@code onehot_feat*} columns have empty cells (201 in {@code onehot_feat4}), kept as −1 and
 * counted in the notes. A missing required value (id, activity, counts) skips the row.
 */
public final class KuaiRecUsers {

    /** File name. */
    public static final String FILE = "user_features.csv";

    /** Number of {@code onehot_feat*} columns. */
    public static final int ONEHOT = 18;

    private final long[] userId;
    private final String[] activeDegree;
    private final boolean[] videoAuthor;
    private final boolean[] liveStreamer;
    private final long[] follows;
    private final long[] fans;
    private final long[] friends;
    private final long[] registerDays;
    private final String[] followRange;
    private final int[] onehot;
    private final ReadReport report;

    private KuaiRecUsers(List<Object[]> rows, ReadReport report) {
        int n = rows.size();
        userId = new long[n];
        activeDegree = new String[n];
        videoAuthor = new boolean[n];
        liveStreamer = new boolean[n];
        follows = new long[n];
        fans = new long[n];
        friends = new long[n];
        registerDays = new long[n];
        followRange = new String[n];
        onehot = new int[n * ONEHOT];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            userId[i] = (Long) r[0];
            activeDegree[i] = (String) r[1];
            videoAuthor[i] = (Boolean) r[2];
            liveStreamer[i] = (Boolean) r[3];
            follows[i] = (Long) r[4];
            fans[i] = (Long) r[5];
            friends[i] = (Long) r[6];
            registerDays[i] = (Long) r[7];
            followRange[i] = (String) r[8];
            System.arraycopy((int[]) r[9], 0, onehot, i * ONEHOT, ONEHOT);
        }
        this.report = report;
    }

    /**
     * Reads the user table.
     *
     * @param path the CSV file, or the folder holding {@value #FILE}
     */
    public static KuaiRecUsers read(Path path, ReadOptions options) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        List<String> required = new ArrayList<>(List.of("user_id", "user_active_degree", "is_live_streamer",
                "is_video_author", "follow_user_num", "follow_user_num_range", "fans_user_num", "friend_user_num",
                "register_days"));
        for (int k = 0; k < ONEHOT; k++) {
            required.add("onehot_feat" + k);
        }
        List<Object[]> rows = new ArrayList<>();
        UniqueIds ids = new UniqueIds("user_id");
        FileReport fr = CsvTable.read(file, CsvTable.Layout.CSV, required, options, row -> {
            long id = row.requiredLong("user_id");
            ids.add(row, id);
            String degree = row.requiredText("user_active_degree");
            boolean live = row.requiredLong("is_live_streamer") != 0;
            boolean author = row.requiredLong("is_video_author") != 0;
            long follow = row.requiredLong("follow_user_num");
            long fan = row.requiredLong("fans_user_num");
            long friend = row.requiredLong("friend_user_num");
            long days = row.requiredLong("register_days");
            String range = row.text("follow_user_num_range");
            int[] codes = new int[ONEHOT];
            for (int k = 0; k < ONEHOT; k++) {
                String col = "onehot_feat" + k;
                if (row.text(col).isEmpty()) {
                    row.note("empty " + col + " (kept as -1)");
                    codes[k] = -1;
                } else {
                    codes[k] = row.requiredInt(col);
                }
            }
            rows.add(new Object[] {id, degree, author, live, follow, fan, friend, days, range, codes});
        });
        return new KuaiRecUsers(rows, new ReadReport("kuairec-users", List.of(fr)));
    }

    /** Number of users. */
    public int size() {
        return userId.length;
    }

    /** Source user id. */
    public long userId(int i) {
        return userId[i];
    }

    /** {@code full_active}, {@code high_active}, {@code middle_active} or {@code UNKNOWN}. */
    public String activeDegree(int i) {
        return activeDegree[i];
    }

    /** True when the user has posted videos. */
    public boolean videoAuthor(int i) {
        return videoAuthor[i];
    }

    /** True when the user live-streams. */
    public boolean liveStreamer(int i) {
        return liveStreamer[i];
    }

    /** Accounts the user follows. */
    public long follows(int i) {
        return follows[i];
    }

    /** Followers. */
    public long fans(int i) {
        return fans[i];
    }

    /** Friends. */
    public long friends(int i) {
        return friends[i];
    }

    /** Days since registration. */
    public long registerDays(int i) {
        return registerDays[i];
    }

    /** The follow-count bucket as written, e.g. {@code (10,50]}. */
    public String followRange(int i) {
        return followRange[i];
    }

    /** Encrypted categorical feature {@code k} in [0, {@value #ONEHOT}); −1 when the cell was empty. */
    public int onehot(int i, int k) {
        return onehot[i * ONEHOT + k];
    }

    /** What was read. */
    public ReadReport report() {
        return report;
    }
}
