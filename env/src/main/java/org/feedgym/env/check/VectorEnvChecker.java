package org.feedgym.env.check;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.Seeds;

/**
 * Checks that a {@link VectorEnvironment} honours the contract, as Gymnasium's vector-env
 * checks do, plus what FeedGym promises beyond them. Usage:
 * <pre>{@code
 * CheckReport report = VectorEnvChecker.report(() -> world.vectorEnvironment(null), 16, 2_000);
 * report.lines().forEach(System.out::println);
 * }</pre>
 *
 * <p>It runs two fresh environments over the same {@code users} seeds in lockstep with seeded
 * random actions and verifies: the batch has one row per seed and every active user's
 * observation lies in the single observation space; rewards are finite; terminated and
 * truncated are never both set; an ended user stays ended with zero outcomes (autoreset
 * disabled); both copies agree exactly (determinism); each of the first users, run alone in an
 * environment of one, follows the trajectory it had in the batch (independence from N); a masked
 * reset restarts exactly the masked users; and an out-of-range action is refused before anyone
 * moves.
 */
public final class VectorEnvChecker {

    static final String SPACES = "observation and action spaces";
    static final String RESET = "reset determinism under a seed";
    static final String STEPS = "step determinism (same seeds and actions, same outcomes)";
    static final String FLAGS = "terminated/truncated semantics (autoreset disabled: ended users stay ended)";
    static final String BOUNDS = "observation bounds";
    static final String REWARDS = "finite rewards";
    static final String ALONE = "each user's trajectory does not depend on the batch";
    static final String MASK = "masked reset restarts only the masked users";

    /**
     * The checks that assume users independent of one another: they do not apply to a population
     * whose users share a supply side (a world with creators), where what one user watches shapes
     * what all are offered later and users wait, inactive, for each other at day boundaries.
     */
    public static final java.util.List<String> INDEPENDENT_USER_CHECKS = java.util.List.of(FLAGS, ALONE, MASK);

    private VectorEnvChecker() {
    }

    /**
     * Runs the checks.
     *
     * @param factory   creates a fresh environment on each call
     * @param users     users per batch, at least 2
     * @param stepLimit steps after which the run is abandoned if users are still active
     */
    public static CheckReport report(Supplier<? extends VectorEnvironment> factory, int users, int stepLimit) {
        if (users < 2) {
            throw new IllegalArgumentException("users must be >= 2, got " + users);
        }
        CheckReport.Builder report = new CheckReport.Builder(
                java.util.List.of(SPACES, RESET, STEPS, FLAGS, BOUNDS, REWARDS, ALONE, MASK));
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(20_240_601L, "vector-env-checker", u);
        }
        int alone = Math.min(3, users);
        try (VectorEnvironment a = factory.get(); VectorEnvironment b = factory.get()) {
            VectorEnvironment[] singles = new VectorEnvironment[alone];
            for (int u = 0; u < alone; u++) {
                singles[u] = factory.get();
                singles[u].reset(new long[] {seeds[u]});
            }
            int k = a.singleActionSpace().n();
            ObservationBatch oa = a.reset(seeds);
            ObservationBatch ob = b.reset(seeds);
            if (a.numEnvs() != users || oa.users() != users) {
                report.fail(SPACES, "reset with " + users + " seeds gave " + a.numEnvs() + " users");
            }
            if (oa.candidateCount() != k) {
                report.fail(SPACES, "observations hold " + oa.candidateCount() + " candidates; the action space is "
                        + a.singleActionSpace().describe());
            }
            compareBatches(oa, ob, "reset", RESET, report);
            checkBounds(a, oa, "reset", report);
            for (int u = 0; u < alone; u++) {
                compareRows(oa, u, singles[u].observations(), 0, "reset", ALONE, report);
            }
            checkIllegalActionIsRefused(a, users, k, report);

            RandomGenerator random = Seeds.generator(20_240_601L, "vector-env-checker-actions", 0);
            int[] actions = new int[users];
            int[] one = new int[1];
            boolean[] ended = new boolean[users];
            long steps = 0;
            int terminated = 0;
            int truncated = 0;
            int t = 0;
            for (; t < stepLimit && !a.allDone(); t++) {
                for (int u = 0; u < users; u++) {
                    actions[u] = random.nextInt(k);
                }
                StepOutcomes sa = a.step(actions);
                double[] rewardsA = new double[users];
                boolean[] flagsA = new boolean[2 * users];
                for (int u = 0; u < users; u++) {
                    rewardsA[u] = sa.reward(u);
                    flagsA[2 * u] = sa.terminated(u);
                    flagsA[2 * u + 1] = sa.truncated(u);
                }
                int[] shownA = new int[users];
                for (int u = 0; u < users; u++) {
                    shownA[u] = sa.shownItem(u);
                }
                StepOutcomes sb = b.step(actions);
                String where = "step " + t;
                for (int u = 0; u < users; u++) {
                    if (ended[u]) {
                        if (shownA[u] != -1 || rewardsA[u] != 0 || flagsA[2 * u] || flagsA[2 * u + 1]
                                || oa.active(u)) {
                            report.fail(FLAGS, where + ", user " + u + ": an ended user was stepped");
                        }
                        continue;
                    }
                    steps++;
                    if (!Double.isFinite(rewardsA[u])) {
                        report.fail(REWARDS, where + ", user " + u + ": reward " + rewardsA[u]);
                    }
                    if (flagsA[2 * u] && flagsA[2 * u + 1]) {
                        report.fail(FLAGS, where + ", user " + u + ": terminated and truncated both true");
                    }
                    if (rewardsA[u] != sb.reward(u) || shownA[u] != sb.shownItem(u)
                            || flagsA[2 * u] != sb.terminated(u) || flagsA[2 * u + 1] != sb.truncated(u)) {
                        report.fail(STEPS, where + ", user " + u + ": two environments diverged");
                    }
                    if (u < alone) {
                        one[0] = actions[u];
                        StepOutcomes so = singles[u].step(one);
                        if (so.reward(0) != rewardsA[u] || so.shownItem(0) != shownA[u]
                                || so.terminated(0) != flagsA[2 * u] || so.truncated(0) != flagsA[2 * u + 1]) {
                            report.fail(ALONE, where + ", user " + u + ": alone it got another outcome");
                        }
                    }
                    boolean done = flagsA[2 * u] || flagsA[2 * u + 1];
                    if (done) {
                        ended[u] = true;
                        terminated += flagsA[2 * u] ? 1 : 0;
                        truncated += flagsA[2 * u + 1] ? 1 : 0;
                    } else if (oa.active(u) != true) {
                        report.fail(FLAGS, where + ", user " + u + ": inactive without an end flag");
                    }
                }
                compareBatches(oa, ob, where, STEPS, report);
                checkBounds(a, oa, where, report);
                for (int u = 0; u < alone; u++) {
                    if (!ended[u]) {
                        compareRows(oa, u, singles[u].observations(), 0, where, ALONE, report);
                    }
                }
            }
            for (VectorEnvironment single : singles) {
                single.close();
            }
            checkMaskedReset(a, b, seeds, report);
            report.check(SPACES, a.singleObservationSpace().describe() + ", actions " + a.singleActionSpace().describe()
                    + ", " + users + " users; action " + k + " refused with nobody moved");
            report.check(RESET, "two environments reset with the same " + users + " seeds");
            report.check(STEPS, steps + " user-steps over " + t + " batch steps in lockstep");
            report.check(FLAGS, "never both set; " + terminated + " terminated, " + truncated + " truncated; ended "
                    + "users stayed ended");
            report.check(BOUNDS, "every active user's observation inside " + a.singleObservationSpace().describe());
            report.check(REWARDS, steps + " rewards");
            report.check(ALONE, alone + " users run alone matched the batch step for step");
            report.check(MASK, "after the run, one masked user restarted as a fresh reset; the others unchanged");
        } catch (RuntimeException ex) {
            report.fail(STEPS, "the run threw " + ex);
        }
        return report.build();
    }

    private static void checkIllegalActionIsRefused(VectorEnvironment env, int users, int k, CheckReport.Builder report) {
        float[] before = env.observations().features().clone();
        int[] bad = new int[users];
        bad[users - 1] = k;
        try {
            env.step(bad);
            report.fail(SPACES, "action " + k + " (outside Discrete(" + k + ")) was accepted");
        } catch (IllegalArgumentException expected) {
            if (!Arrays.equals(before, env.observations().features())) {
                report.fail(SPACES, "a refused step moved some users");
            }
        }
    }

    private static void checkMaskedReset(VectorEnvironment a, VectorEnvironment b, long[] seeds,
                                         CheckReport.Builder report) {
        boolean[] mask = new boolean[seeds.length];
        mask[0] = true;
        float[] othersBefore = Arrays.copyOfRange(a.observations().features(), a.observations().dimension(),
                a.observations().features().length);
        ObservationBatch restarted = a.reset(seeds, mask);
        ObservationBatch fresh = b.reset(seeds);
        compareRows(restarted, 0, fresh, 0, "masked reset", MASK, report);
        if (!restarted.active(0)) {
            report.fail(MASK, "the masked user is not active after its reset");
        }
        float[] othersAfter = Arrays.copyOfRange(restarted.features(), restarted.dimension(),
                restarted.features().length);
        if (!Arrays.equals(othersBefore, othersAfter)) {
            report.fail(MASK, "users outside the mask changed");
        }
    }

    private static void checkBounds(VectorEnvironment env, ObservationBatch batch, String where,
                                    CheckReport.Builder report) {
        float[] v = new float[batch.dimension()];
        int[] c = new int[batch.candidateCount()];
        for (int u = 0; u < batch.users(); u++) {
            if (!batch.active(u)) {
                continue;
            }
            batch.copyVector(u, v, 0);
            for (int j = 0; j < c.length; j++) {
                c[j] = batch.candidate(u, j);
            }
            FeedObservation o = new FeedObservation(v, c);
            if (!env.singleObservationSpace().contains(o)) {
                report.fail(BOUNDS, where + ", user " + u + ": observation outside "
                        + env.singleObservationSpace().describe());
            }
        }
    }

    private static void compareBatches(ObservationBatch a, ObservationBatch b, String where, String check,
                                       CheckReport.Builder report) {
        for (int u = 0; u < a.users(); u++) {
            compareRows(a, u, b, u, where, check, report);
        }
    }

    private static void compareRows(ObservationBatch a, int ua, ObservationBatch b, int ub, String where, String check,
                                    CheckReport.Builder report) {
        for (int j = 0; j < a.dimension(); j++) {
            if (Float.floatToIntBits(a.feature(ua, j)) != Float.floatToIntBits(b.feature(ub, j))) {
                report.fail(check, where + ", user " + ua + ": observations differ at feature " + j);
                return;
            }
        }
        for (int c = 0; c < a.candidateCount(); c++) {
            if (a.candidate(ua, c) != b.candidate(ub, c)) {
                report.fail(check, where + ", user " + ua + ": candidates differ");
                return;
            }
        }
    }
}
