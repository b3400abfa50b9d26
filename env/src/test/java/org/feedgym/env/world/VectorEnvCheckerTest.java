package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.feedgym.env.EnvSpec;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.VectorWrapper;
import org.feedgym.env.check.CheckReport;
import org.feedgym.env.check.VectorEnvChecker;
import org.junit.jupiter.api.Test;

/** The vector checker rejects deliberately broken environments, each under the check it breaks. */
class VectorEnvCheckerTest {

    private static final World WORLD = TestWorlds.small(5L);

    /** A wrapper that breaks the contract in one way after each step. */
    private static final class Broken extends VectorWrapper {
        private final java.util.function.BiConsumer<Broken, StepOutcomes> breakIt;

        Broken(java.util.function.BiConsumer<Broken, StepOutcomes> breakIt) {
            super(WORLD.vectorEnvironment(null));
            this.breakIt = breakIt;
        }

        @Override
        public StepOutcomes step(int[] actions) {
            StepOutcomes out = inner.step(actions);
            breakIt.accept(this, out);
            return out;
        }

        @Override
        public EnvSpec spec() {
            return new EnvSpec("broken", Map.of(), inner.spec());
        }
    }

    private static CheckReport check(java.util.function.BiConsumer<Broken, StepOutcomes> breakIt) {
        return VectorEnvChecker.report(() -> new Broken(breakIt), 8, 2_000);
    }

    private static void assertFailsOnly(CheckReport report, String check) {
        assertFalse(report.passed(), "a broken environment passed");
        assertTrue(report.problems().stream().anyMatch(p -> p.startsWith(check)),
                () -> "expected a failure of '" + check + "', got " + report.problems());
    }

    @Test
    void theUnbrokenEnvironmentPasses() {
        CheckReport report = check((env, out) -> { });
        assertTrue(report.passed(), String.join("\n", report.lines()));
    }

    @Test
    void anEndedUserThatIsSteppedAgainFailsTheFlagSemantics() {
        assertFailsOnly(check((env, out) -> {
            if (out.size() > 1 && out.shownItem(1) < 0) {
                out.recordResponse(1, 0, 0, 0.5, 1, false, false, false, false, 0.1);
            }
        }), "terminated/truncated semantics");
    }

    @Test
    void aRewardThatDiffersBetweenInstancesFailsDeterminism() {
        AtomicInteger calls = new AtomicInteger();
        assertFailsOnly(check((env, out) -> out.setReward(0, calls.incrementAndGet())),
                "step determinism");
    }

    @Test
    void aRewardThatDependsOnTheBatchSizeFailsIndependence() {
        assertFailsOnly(check((env, out) -> out.setReward(0, out.reward(0) + env.numEnvs())),
                "each user's trajectory does not depend on the batch");
    }

    @Test
    void aFeatureOutsideItsBoundFailsTheBounds() {
        assertFailsOnly(check((env, out) -> env.observations().features()[0] = 5f), "observation bounds");
    }

    @Test
    void aNonFiniteRewardFails() {
        assertFailsOnly(check((env, out) -> {
            if (out.size() > 2) {
                out.setReward(2, Double.NaN);
            }
        }), "finite rewards");
    }
}
