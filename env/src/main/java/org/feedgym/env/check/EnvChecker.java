package org.feedgym.env.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.feedgym.env.Environment;
import org.feedgym.env.ResetResult;
import org.feedgym.env.StepResult;
import org.feedgym.env.random.Seeds;

/**
 * Checks that an environment honours the FeedGym contract. Usage:
 * <pre>{@code
 * List<String> problems = EnvChecker.check(() -> world.environment(), 3, 500);
 * EnvChecker.assertValid(() -> world.environment(), 3, 500); // throws listing every problem
 * }</pre>
 *
 * <p>For each of {@code episodes} seeds it runs two fresh environments in lockstep with the same
 * random actions and verifies: reset and step observations lie in the observation space; rewards
 * are finite; terminated and truncated are never both set; both copies produce equal
 * observations, rewards and flags (determinism); stepping an ended episode throws
 * {@link IllegalStateException}; an action outside the action space throws
 * {@link IllegalArgumentException}; and {@code reset(seed)} after an episode reproduces it.
 */
public final class EnvChecker {

    private EnvChecker() {
    }

    /**
     * Runs the checks.
     *
     * @param factory   creates a fresh environment on each call
     * @param episodes  number of seeded episodes to run, at least 1
     * @param stepLimit steps after which an episode is abandoned if it has not ended
     * @return every violation found, empty when the environment passes
     */
    public static <O, A> List<String> check(Supplier<? extends Environment<O, A>> factory, int episodes,
                                            int stepLimit) {
        return report(factory, episodes, stepLimit).problems();
    }

    /** The checks by name. */
    static final String SPACES = "observation and action spaces";
    static final String RESET = "reset determinism under a seed";
    static final String STEPS = "step determinism (same seed and actions, same episode)";
    static final String FLAGS = "terminated/truncated semantics";
    static final String BOUNDS = "observation bounds";
    static final String REWARDS = "finite rewards";
    static final String SPEC = "spec";

    /**
     * Runs the checks and reports each by name, with what it exercised.
     *
     * @param factory   creates a fresh environment on each call
     * @param episodes  number of seeded episodes to run, at least 1
     * @param stepLimit steps after which an episode is abandoned if it has not ended
     */
    public static <O, A> CheckReport report(Supplier<? extends Environment<O, A>> factory, int episodes,
                                            int stepLimit) {
        CheckReport.Builder report = new CheckReport.Builder(
                java.util.List.of(SPACES, RESET, STEPS, FLAGS, BOUNDS, REWARDS, SPEC));
        long[] steps = new long[1];
        int[] ends = new int[2];
        String spaces = "";
        for (int e = 0; e < episodes; e++) {
            long seed = Seeds.derive(20_240_601L, "env-checker", e);
            try (Environment<O, A> a = factory.get(); Environment<O, A> b = factory.get()) {
                spaces = a.observationSpace().describe() + ", actions " + a.actionSpace().describe();
                List<String> problems = new ArrayList<>();
                checkEpisode(a, b, seed, stepLimit, problems, steps, ends);
                for (String p : problems) {
                    report.fail(p.substring(0, p.indexOf('|')), p.substring(p.indexOf('|') + 1));
                }
            } catch (RuntimeException ex) {
                report.fail(STEPS, "episode with seed " + seed + " threw " + ex);
            }
        }
        report.check(SPACES, spaces + "; every sampled action contained, action -1 refused");
        report.check(RESET, episodes + " seeds, each reset twice in two environments and replayed");
        report.check(STEPS, steps[0] + " steps in lockstep");
        report.check(FLAGS, "never both set; " + ends[0] + " terminated, " + ends[1] + " truncated; step after "
                + "the end refused");
        report.check(BOUNDS, "every observation inside the observation space");
        report.check(REWARDS, steps[0] + " rewards");
        report.check(SPEC, "equal for two environments of one factory");
        return report.build();
    }

    /** Runs {@link #check} and throws an {@link AssertionError} listing every violation. */
    public static <O, A> void assertValid(Supplier<? extends Environment<O, A>> factory, int episodes,
                                          int stepLimit) {
        List<String> problems = check(factory, episodes, stepLimit);
        if (!problems.isEmpty()) {
            throw new AssertionError("environment violates the contract:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static <O, A> void checkEpisode(Environment<O, A> a, Environment<O, A> b, long seed, int stepLimit,
                                            List<String> problems, long[] steps, int[] ends) {
        if (!a.spec().equals(b.spec())) {
            problems.add(SPEC + "|two environments from the same factory have different specs");
        }
        ResetResult<O> ra = a.reset(seed);
        ResetResult<O> rb = b.reset(seed);
        if (!a.observationSpace().contains(ra.observation())) {
            problems.add(BOUNDS + "|seed " + seed + ": reset observation is not in " + a.observationSpace().describe());
        }
        if (!Objects.deepEquals(ra.observation(), rb.observation())) {
            problems.add(RESET + "|seed " + seed + ": reset(seed) is not deterministic");
        }
        RandomGenerator actions = Seeds.generator(seed, "env-checker-actions", 0);
        List<A> taken = new ArrayList<>();
        List<Double> rewards = new ArrayList<>();
        boolean ended = false;
        for (int t = 0; t < stepLimit && !ended; t++) {
            A action = a.actionSpace().sample(actions);
            if (!a.actionSpace().contains(action)) {
                problems.add(SPACES + "|action space sampled " + action + ", which it does not contain");
                return;
            }
            taken.add(action);
            StepResult<O> sa = a.step(action);
            StepResult<O> sb = b.step(action);
            rewards.add(sa.reward());
            String where = "seed " + seed + ", step " + t + ": ";
            if (!a.observationSpace().contains(sa.observation())) {
                problems.add(BOUNDS + "|" + where + "observation is not in " + a.observationSpace().describe());
            }
            if (!Double.isFinite(sa.reward())) {
                problems.add(REWARDS + "|" + where + "reward is not finite: " + sa.reward());
            }
            if (sa.terminated() && sa.truncated()) {
                problems.add(FLAGS + "|" + where + "terminated and truncated are both true");
            }
            if (!Objects.deepEquals(sa.observation(), sb.observation()) || sa.reward() != sb.reward()
                    || sa.terminated() != sb.terminated() || sa.truncated() != sb.truncated()) {
                problems.add(STEPS + "|" + where + "two environments with the same seed and actions diverged");
                return;
            }
            ended = sa.done();
            steps[0]++;
            if (sa.terminated()) {
                ends[0]++;
            } else if (sa.truncated()) {
                ends[1]++;
            }
        }
        if (ended) {
            A any = a.actionSpace().sample(actions);
            try {
                a.step(any);
                problems.add(FLAGS + "|seed " + seed + ": step after the episode ended did not throw IllegalStateException");
            } catch (IllegalStateException expected) {
                // the contract
            }
        }
        // Replaying the same seed and actions must give the same rewards.
        a.reset(seed);
        for (int t = 0; t < taken.size(); t++) {
            StepResult<O> replay = a.step(taken.get(t));
            if (replay.reward() != rewards.get(t)) {
                problems.add(RESET + "|seed " + seed + ", step " + t + ": reset(seed) did not reproduce the episode");
                break;
            }
        }
        checkRejectsIllegalAction(b, seed, problems);
    }

    @SuppressWarnings("unchecked")
    private static <O, A> void checkRejectsIllegalAction(Environment<O, A> env, long seed, List<String> problems) {
        env.reset(seed);
        Object illegal = -1;
        try {
            if (env.actionSpace().contains((A) illegal)) {
                return;
            }
            env.step((A) illegal);
            problems.add(SPACES + "|seed " + seed + ": an action outside the action space (-1) was accepted");
        } catch (IllegalArgumentException expected) {
            // the contract
        } catch (ClassCastException notAnIntegerSpace) {
            // actions are not integers; nothing to probe
        }
    }
}
