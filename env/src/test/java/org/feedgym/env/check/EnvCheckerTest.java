package org.feedgym.env.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.EnvSpec;
import org.feedgym.env.Environment;
import org.feedgym.env.ResetResult;
import org.feedgym.env.Space;
import org.feedgym.env.StepResult;
import org.junit.jupiter.api.Test;

class EnvCheckerTest {

    /** A counter environment with switchable defects. */
    static final class Toy implements Environment<Integer, Integer> {
        private final boolean nondeterministic;
        private final boolean observationOutOfSpace;
        private final boolean stepsAfterEnd;
        private final Random noise = new Random();
        private int state;
        private boolean done = true;

        Toy(boolean nondeterministic, boolean observationOutOfSpace, boolean stepsAfterEnd) {
            this.nondeterministic = nondeterministic;
            this.observationOutOfSpace = observationOutOfSpace;
            this.stepsAfterEnd = stepsAfterEnd;
        }

        @Override
        public Space<Integer> observationSpace() {
            return new DiscreteSpace(10);
        }

        @Override
        public Space<Integer> actionSpace() {
            return new DiscreteSpace(2);
        }

        @Override
        public ResetResult<Integer> reset(long seed) {
            state = 0;
            done = false;
            return new ResetResult<>(0, Map.of());
        }

        @Override
        public ResetResult<Integer> reset() {
            return reset(0);
        }

        @Override
        public StepResult<Integer> step(Integer action) {
            if (done && !stepsAfterEnd) {
                throw new IllegalStateException("call reset first");
            }
            if (action == null || action < 0 || action > 1) {
                throw new IllegalArgumentException("bad action " + action);
            }
            state += action + 1;
            done = state >= 9;
            double reward = nondeterministic ? noise.nextDouble() : action;
            int obs = observationOutOfSpace ? state + 10 : Math.min(state, 9);
            return new StepResult<>(obs, reward, done, false, Map.of());
        }

        @Override
        public EnvSpec spec() {
            return new EnvSpec("toy", Map.of(), null);
        }
    }

    @Test
    void aCorrectEnvironmentPasses() {
        List<String> problems = EnvChecker.check(() -> new Toy(false, false, false), 3, 100);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void nondeterminismIsReported() {
        List<String> problems = EnvChecker.check(() -> new Toy(true, false, false), 2, 100);
        assertTrue(problems.stream().anyMatch(p -> p.contains("diverged")), problems.toString());
    }

    @Test
    void observationsOutsideTheSpaceAreReported() {
        List<String> problems = EnvChecker.check(() -> new Toy(false, true, false), 1, 100);
        assertTrue(problems.stream().anyMatch(p -> p.contains("not in Discrete(10)")), problems.toString());
    }

    @Test
    void steppingAnEndedEpisodeMustThrow() {
        List<String> problems = EnvChecker.check(() -> new Toy(false, false, true), 1, 100);
        assertTrue(problems.stream().anyMatch(p -> p.contains("did not throw IllegalStateException")),
                problems.toString());
    }
}
