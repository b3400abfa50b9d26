package org.feedgym.env.world;

import org.feedgym.env.FeedObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.Environment;
import org.feedgym.env.StepResult;
import org.feedgym.env.TimeLimit;
import org.feedgym.env.contract.EnvironmentContract;
import org.junit.jupiter.api.Test;

class TimeLimitTest implements EnvironmentContract<FeedObservation, Integer> {

    @Override
    public Environment<FeedObservation, Integer> createEnvironment() {
        return new TimeLimit<>(new FeedEnvironment(FeedEnvironmentTest.WORLD), 5);
    }

    @Test
    void truncatesOnTheLimitStep() {
        Environment<FeedObservation, Integer> env = createEnvironment();
        env.reset(2L);
        StepResult<FeedObservation> step = null;
        for (int t = 0; t < 5; t++) {
            step = env.step(0);
            if (t < 4) {
                assertFalse(step.done(), "ended early at step " + t + ": " + step.info());
            }
        }
        assertTrue(step.truncated());
        assertFalse(step.terminated());
    }

    @Test
    void specDescribesTheWholeStack() {
        Environment<FeedObservation, Integer> env = createEnvironment();
        assertEquals("time-limit > feed", env.spec().stack());
        assertEquals(5, env.spec().arguments().get("maxSteps"));
    }
}
