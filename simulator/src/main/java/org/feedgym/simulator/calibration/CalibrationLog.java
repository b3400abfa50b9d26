package org.feedgym.simulator.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.data.DataCatalog;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.data.LogCatalog;
import org.feedgym.env.data.MappedLog;
import org.feedgym.env.data.UserSplit;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.feedgym.simulator.fidelity.Selection;

/**
 * A real log made ready for replay: its users split into fitting and held-out users, a world
 * whose catalog is built from the fitting users' rows only (no leakage: item embeddings, quality
 * and harm labels never see a held-out row), and per user the logged exposures a simulated user
 * is shown.
 *
 * <p>Each user's rows are cut in two: the first {@code warmUpShare} of them only start the
 * simulated user (the items it liked there are watched to the end, so its interest starts from
 * its history); the rest are compared. Both sides of a comparison carry the signals
 * {@code like} and {@code hate} the log has.
 */
public final class CalibrationLog {

    private final MappedLog log;
    private final UserSplit split;
    private final World world;
    private final CalibrationConfig config;
    private final List<String> signals;
    private final Selection selection;
    private final List<UserExposures> users;

    /**
     * Reads the log named by {@code world.calibrationLog()} and builds the replay world.
     *
     * @param world    a world config with a calibration section
     * @param rootSeed the run's root seed (user split and replay seeds derive from it)
     * @param pool     pool for building the world, or null
     * @throws IOException              when the log cannot be read (the message names file and column)
     * @throws IllegalArgumentException when the log has no usable rows
     */
    public static CalibrationLog read(WorldConfig world, long rootSeed, ForkJoinPool pool) throws IOException {
        MappedLog log = DatasetRegistry.builtIn().readLog(world.calibrationLog());
        return of(log, world, rootSeed, pool);
    }

    /** A calibration log over an already read log. */
    public static CalibrationLog of(MappedLog log, WorldConfig world, long rootSeed, ForkJoinPool pool)
            throws IOException {
        if (log.size() == 0) {
            throw new IllegalArgumentException("the log has no usable rows");
        }
        CalibrationConfig c = world.calibration();
        UserSplit split = UserSplit.of(log, Seeds.derive(rootSeed, "calibration-split", 0), c.fittingShare());
        if (split.fittingIndices().length == 0 || split.heldOutIndices().length == 0) {
            throw new IllegalArgumentException("the log has " + log.userCount() + " user(s): too few to hold out "
                    + "some and fit to the rest");
        }
        DataCatalog data = LogCatalog.build(log, split.fittingUsers(), world.calibrationLog(), CatalogOptions.defaults());
        World replayWorld = WorldFactory.create(world.withCatalog(world.calibrationLog()), data, pool);
        return new CalibrationLog(log, split, replayWorld, c, rootSeed);
    }

    private CalibrationLog(MappedLog log, UserSplit split, World world, CalibrationConfig config, long rootSeed) {
        this.log = log;
        this.split = split;
        this.world = world;
        this.config = config;
        this.signals = java.util.stream.Stream.of("like", "hate").filter(log::hasSignal).toList();
        this.selection = config.selection() == null
                ? (signals.size() == 2 ? Selection.likeOrHate() : Selection.all())
                : "all".equals(config.selection()) ? Selection.all() : Selection.likeOrHate();
        if (!selection.anyOf().stream().allMatch(signals::contains)) {
            throw new org.feedgym.env.params.FieldException("selection", "selection 'like-or-hate' needs the log's"
                    + " like and hate signals; it has " + log.signalNames());
        }
        List<UserExposures> all = new ArrayList<>();
        for (int u = 0; u < log.userCount(); u++) {
            all.add(exposures(u, rootSeed));
        }
        this.users = List.copyOf(all);
    }

    private UserExposures exposures(int u, long rootSeed) {
        int start = log.userStart(u);
        int end = log.userEnd(u);
        int warm = (int) Math.floor((end - start) * config.warmUpShare());
        boolean byLike = log.hasSignal("like");
        int[] warmUp = java.util.stream.IntStream.range(start, start + warm)
                .filter(r -> !byLike || log.signal("like", r)).map(log::item).toArray();
        int[] items = java.util.stream.IntStream.range(start + warm, end).map(log::item).toArray();
        double[] times = java.util.stream.IntStream.range(start + warm, end).mapToDouble(log::timeSeconds).toArray();
        boolean[] known = new boolean[end - start - warm];
        for (int r = start + warm; r < end; r++) {
            known[r - start - warm] = !Double.isNaN(log.watchRatio(r));
        }
        return new UserExposures(u, Seeds.derive(rootSeed, "calibration-user", u), warmUp, items, times, known,
                start + warm, end);
    }

    /**
     * One user's replay input.
     *
     * @param user     log user index
     * @param seed     the simulated user's seed (fixed: common random numbers across parameter values)
     * @param warmUp   items watched to the end before the compared rows
     * @param items    compared items, in logged order
     * @param times    their logged times, seconds
     * @param watchKnown per compared row, whether the log knows its watch ratio (a simulated row
     *                 keeps its watch ratio only where the real one is known, so both sides have
     *                 the same rows for the watch targets)
     * @param rowStart first compared log row
     * @param rowEnd   one past the last
     */
    public record UserExposures(int user, long seed, int[] warmUp, int[] items, double[] times,
                                boolean[] watchKnown, int rowStart,
                                int rowEnd) {
    }

    /** The replay world: the log's catalog (fitting users only) with the config's user model. */
    public World world() {
        return world;
    }

    /** The catalog (catalog index = log item index). */
    public Catalog catalog() {
        return world.catalog();
    }

    /** What reading the log read, kept and skipped (for the manifest). */
    public org.feedgym.env.data.ReadReport readReport() {
        return log.report();
    }

    /** The calibration section. */
    public CalibrationConfig config() {
        return config;
    }

    /** The signals compared: {@code like} and {@code hate}, those the log has. */
    public List<String> signals() {
        return signals;
    }

    /** The rows compared: like-or-hate, or all. */
    public Selection selection() {
        return selection;
    }

    /** The fitting users' exposures, in user order. */
    public List<UserExposures> fitting() {
        return users.stream().filter(e -> split.fitting(e.user())).toList();
    }

    /** The held-out users' exposures, in user order. */
    public List<UserExposures> heldOut() {
        return users.stream().filter(e -> !split.fitting(e.user())).toList();
    }

    /** The log's compared rows of these users, as an interaction table (before selection). */
    public InteractionTable real(List<UserExposures> of) {
        InteractionTable.Builder b = new InteractionTable.Builder(signals);
        for (UserExposures e : of) {
            for (int r = e.rowStart(); r < e.rowEnd(); r++) {
                int item = log.item(r);
                double duration = log.durationMillis(r) / 1000.0;
                boolean[] s = new boolean[signals.size()];
                for (int k = 0; k < s.length; k++) {
                    s[k] = log.signal(signals.get(k), r);
                }
                b.add(e.user(), item, (long) Math.floor(log.timeSeconds(r)), log.watchRatio(r),
                        duration > 0 ? duration : Double.NaN, catalog().topic(item), s);
            }
        }
        return b.build();
    }
}
