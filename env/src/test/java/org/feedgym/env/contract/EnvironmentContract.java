package org.feedgym.env.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.env.Environment;
import org.feedgym.env.ResetResult;
import org.feedgym.env.StepResult;
import org.feedgym.env.check.EnvChecker;
import org.junit.jupiter.api.Test;

/**
 * The contract every FeedGym environment's test implements: the environment passes the
 * {@link EnvChecker}, refuses to step before a reset, and its spec names it.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface EnvironmentContract<O, A> {

    /** A fresh environment. */
    Environment<O, A> createEnvironment();

    /** Episodes the checker runs; override for slow environments. */
    default int checkedEpisodes() {
        return 4;
    }

    @Test
    default void passesTheEnvChecker() {
        List<String> problems = EnvChecker.check(this::createEnvironment, checkedEpisodes(), 2_000);
        assertTrue(problems.isEmpty(), () -> "env checker found:\n" + String.join("\n", problems));
    }

    @Test
    default void refusesToStepBeforeReset() {
        try (Environment<O, A> env = createEnvironment()) {
            A action = env.actionSpace().sample(new java.util.Random(1));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> env.step(action));
            assertTrue(e.getMessage().contains("reset"), e.getMessage());
        }
    }

    @Test
    default void specNamesTheEnvironmentAndIsStable() {
        try (Environment<O, A> a = createEnvironment(); Environment<O, A> b = createEnvironment()) {
            assertNotNull(a.spec());
            assertFalse(a.spec().id().isBlank());
            assertEquals(a.spec(), b.spec());
        }
    }

    @Test
    default void episodesEndWithExactlyOneFlag() {
        try (Environment<O, A> env = createEnvironment()) {
            ResetResult<O> start = env.reset(11L);
            assertTrue(env.observationSpace().contains(start.observation()));
            java.util.Random r = new java.util.Random(3);
            StepResult<O> step;
            int steps = 0;
            do {
                step = env.step(env.actionSpace().sample(r));
                steps++;
            } while (!step.done() && steps < 100_000);
            assertTrue(step.done(), "episode did not end within 100000 steps");
            assertTrue(step.terminated() ^ step.truncated());
        }
    }
}
