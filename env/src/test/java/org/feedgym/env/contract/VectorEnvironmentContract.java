package org.feedgym.env.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.check.CheckReport;
import org.feedgym.env.check.VectorEnvChecker;
import org.junit.jupiter.api.Test;

/**
 * The contract every FeedGym vector environment's test implements: it passes the
 * {@link VectorEnvChecker}, refuses to step before a reset, states its autoreset mode, and its
 * spec names it.
 */
public interface VectorEnvironmentContract {

    /** A fresh vector environment. */
    VectorEnvironment createVectorEnvironment();

    /** Users per checked batch; override for slow environments. */
    default int checkedUsers() {
        return 12;
    }

    @Test
    default void passesTheVectorEnvChecker() {
        CheckReport report = VectorEnvChecker.report(this::createVectorEnvironment, checkedUsers(), 5_000);
        assertTrue(report.passed(), () -> "vector env checker found:\n" + String.join("\n", report.lines()));
    }

    @Test
    default void refusesToStepBeforeReset() {
        try (VectorEnvironment env = createVectorEnvironment()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> env.step(new int[1]));
            assertTrue(e.getMessage().contains("reset"), e.getMessage());
        }
    }

    @Test
    default void statesAutoresetDisabledAndANamedStableSpec() {
        try (VectorEnvironment a = createVectorEnvironment(); VectorEnvironment b = createVectorEnvironment()) {
            assertEquals(VectorEnvironment.AutoresetMode.DISABLED, a.autoresetMode());
            assertFalse(a.spec().id().isBlank());
            assertEquals(a.spec(), b.spec());
        }
    }
}
