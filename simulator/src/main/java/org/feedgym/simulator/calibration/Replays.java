package org.feedgym.simulator.calibration;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.ExposureReplay;
import org.feedgym.env.world.ReplayedExposure;
import org.feedgym.simulator.fidelity.InteractionTable;

/**
 * Simulated users shown the logged exposures of real users under one user model: the
 * simulated side of every comparison. Row {@code i} of {@link Result#table()} is the simulated
 * answer to row {@code i} of {@link CalibrationLog#real} for the same users (same user, item and
 * time), so predictions line up with logged rows.
 *
 * <p>Users run in parallel on the pool but are combined in user order, and each user's draws
 * come from its own fixed seed, so the result does not depend on the number of threads and the
 * same seeds serve every parameter value (common random numbers).
 */
public final class Replays {

    private Replays() {
    }

    /**
     * The simulated rows and the model's predictions.
     *
     * @param table    simulated rows (watch ratio and item duration where the log knows the watch
     *                 ratio, topic, simulated like/hate)
     * @param pLike    per row, the model's P(like) before the watch was drawn
     * @param pHate    per row, P(hate)
     * @param affinity per row, the interest–item cosine before the response
     */
    public record Result(InteractionTable table, double[] pLike, double[] pHate, double[] affinity) {
    }

    /**
     * Replays {@code users} under {@code model}.
     *
     * @param log   the calibration log (catalog, persona, idle gap, signals)
     * @param model the user model
     * @param users the users, in user order
     * @param pool  where users run, or null for this thread
     */
    public static Result run(CalibrationLog log, UserModelConfig model, List<CalibrationLog.UserExposures> users,
                             ForkJoinPool pool) {
        return run(log, model, users, pool, true);
    }

    /**
     * Replays {@code users} under {@code model}, the predictions left NaN (the same sampled rows,
     * several times faster: what an objective needs).
     */
    public static InteractionTable sample(CalibrationLog log, UserModelConfig model,
                                          List<CalibrationLog.UserExposures> users, ForkJoinPool pool) {
        return run(log, model, users, pool, false).table();
    }

    private static Result run(CalibrationLog log, UserModelConfig model, List<CalibrationLog.UserExposures> users,
                              ForkJoinPool pool, boolean predictions) {
        ExposureReplay full = new ExposureReplay(log.world().withUserModel(model), log.config().idleGapSeconds());
        ExposureReplay replay = predictions ? full : full.withoutPredictions();
        String persona = log.config().persona();
        IntStream indices = IntStream.range(0, users.size());
        List<List<ReplayedExposure>> rows;
        if (pool == null) {
            rows = indices.mapToObj(i -> replay(replay, persona, users.get(i))).toList();
        } else {
            try {
                rows = pool.submit(() -> indices.parallel().mapToObj(i -> replay(replay, persona, users.get(i)))
                        .toList()).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        InteractionTable.Builder b = new InteractionTable.Builder(log.signals());
        int n = rows.stream().mapToInt(List::size).sum();
        double[] like = new double[n];
        double[] hate = new double[n];
        double[] affinity = new double[n];
        int k = 0;
        for (int i = 0; i < users.size(); i++) {
            CalibrationLog.UserExposures u = users.get(i);
            for (int j = 0; j < rows.get(i).size(); j++) {
                ReplayedExposure e = rows.get(i).get(j);
                boolean known = u.watchKnown()[j];
                boolean[] s = new boolean[log.signals().size()];
                for (int q = 0; q < s.length; q++) {
                    s[q] = log.signals().get(q).equals("like") ? e.liked() : e.hated();
                }
                b.add(u.user(), e.item(), (long) Math.floor(e.timeSeconds()), known ? e.watch() : Double.NaN,
                        known ? log.catalog().durationSeconds(e.item()) : Double.NaN, log.catalog().topic(e.item()), s);
                like[k] = e.pLike();
                hate[k] = e.pHate();
                affinity[k] = e.affinity();
                k++;
            }
        }
        return new Result(b.build(), like, hate, affinity);
    }

    private static List<ReplayedExposure> replay(ExposureReplay replay, String persona,
                                                 CalibrationLog.UserExposures u) {
        return replay.replay(persona, u.seed(), u.warmUp(), u.items(), u.times());
    }
}
