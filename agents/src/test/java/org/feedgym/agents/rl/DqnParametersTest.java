package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DqnParametersTest {

    private static DqnParameters with(String field, Object value) {
        Object[] v = new Object[13];
        List<String> names = List.of("hiddenLayers", "learningRate", "gamma", "epsilonStart", "epsilonEnd",
                "epsilonAnnealSteps", "targetUpdatePeriod", "replaySize", "batchSize", "trainingSteps", "trainEvery",
                "learningStarts", "implementation");
        v[names.indexOf(field)] = value;
        return new DqnParameters((List<Integer>) cast(v[0]), (Double) v[1], (Double) v[2], (Double) v[3],
                (Double) v[4], (Integer) v[5], (Integer) v[6], (Integer) v[7], (Integer) v[8], (Integer) v[9],
                (Integer) v[10], (Integer) v[11], (DqnImplementation) v[12]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    private static void rejects(String field, Object value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(field, value));
        assertEquals(message, e.getMessage());
    }

    @Test
    void fillsEveryDefault() {
        DqnParameters p = DqnParameters.defaults();
        assertEquals(List.of(64, 64), p.hiddenLayers());
        assertEquals(0.001, p.learningRate());
        assertEquals(0.9, p.gamma());
        assertEquals(1.0, p.epsilonStart());
        assertEquals(0.05, p.epsilonEnd());
        assertEquals(10_000, p.epsilonAnnealSteps());
        assertEquals(1_000, p.targetUpdatePeriod());
        assertEquals(50_000, p.replaySize());
        assertEquals(32, p.batchSize());
        assertEquals(50_000, p.trainingSteps());
        assertEquals(4, p.trainEvery());
        assertEquals(1_000, p.learningStarts());
        assertEquals(DqnImplementation.DL4J, p.implementation());
    }

    @Test
    void rejectsAGammaOutsideZeroToOne() {
        rejects("gamma", 1.5, "gamma must be in [0.0, 1.0], got 1.5");
    }

    @Test
    void rejectsANonPositiveLearningRate() {
        rejects("learningRate", 0.0, "learningRate must be in (0.0, 1.0], got 0.0");
    }

    @Test
    void rejectsAnEpsilonEndAboveTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DqnParameters(null, null,
                null, 0.5, 0.8, null, null, null, null, null, null, null, null));
        assertEquals("epsilonEnd must be in [0.0, 0.5], got 0.8", e.getMessage());
    }

    @Test
    void rejectsAReplayMemorySmallerThanABatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DqnParameters(null, null,
                null, null, null, null, null, 16, 32, null, null, null, null));
        assertEquals("replaySize must be in [32, 10000000], got 16", e.getMessage());
    }

    @Test
    void rejectsEmptyAndNonPositiveHiddenLayers() {
        rejects("hiddenLayers", List.of(), "hiddenLayers must list 1 to 8 layer sizes, got 0");
        rejects("hiddenLayers", List.of(64, 0), "hiddenLayers[1] must be in [1, 4096], got 0");
        rejects("hiddenLayers", Arrays.asList(64, null), "hiddenLayers[1] must be in [1, 4096], got null");
    }

    @Test
    void rejectsZeroTargetPeriodBatchTrainingStepsAndTrainEvery() {
        rejects("targetUpdatePeriod", 0, "targetUpdatePeriod must be in [1, 1000000000], got 0");
        rejects("batchSize", 0, "batchSize must be in [1, 4096], got 0");
        rejects("trainingSteps", 0, "trainingSteps must be in [1, 1000000000], got 0");
        rejects("trainEvery", 0, "trainEvery must be in [1, 10000], got 0");
        rejects("epsilonAnnealSteps", -1, "epsilonAnnealSteps must be in [0, 1000000000], got -1");
        rejects("learningStarts", -5, "learningStarts must be in [0, 1000000000], got -5");
    }

    @Test
    void rejectsAnUnknownImplementation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DqnImplementation.of("tf"));
        assertEquals("implementation must be one of [dl4j, rl4j], got 'tf'", e.getMessage());
    }

    @Test
    void implementationsAreWrittenByTheirConfigNames() {
        assertEquals(DqnImplementation.RL4J, DqnImplementation.of("rl4j"));
        assertEquals("dl4j", DqnImplementation.DL4J.id());
        assertEquals(List.of("dl4j", "rl4j"), DqnImplementation.IDS);
    }

    @Test
    void annealsEpsilonLinearlyThenHolds() {
        EpsilonSchedule e = new EpsilonSchedule(1.0, 0.1, 100);
        assertEquals(1.0, e.value(0), 1e-12);
        assertEquals(0.55, e.value(50), 1e-12);
        assertEquals(0.1, e.value(100), 1e-12);
        assertEquals(0.1, e.value(10_000), 1e-12);
        assertEquals(0.3, new EpsilonSchedule(0.5, 0.3, 0).value(0), 1e-12);
    }

    @Test
    void withManyTrainingUsersTheDefaultsMakeOneLargerUpdatePerVectorStepAtTheSameReplayRatio() {
        DqnParameters one = new DqnParameters(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 1);
        DqnParameters four = new DqnParameters(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 4);
        DqnParameters many = new DqnParameters(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 64);
        assertEquals(4, one.trainEvery());
        assertEquals(32, one.batchSize());
        assertEquals(4, four.trainEvery());
        assertEquals(32, four.batchSize());
        assertEquals(64, many.trainEvery());
        assertEquals(512, many.batchSize());
        DqnParameters given = new DqnParameters(null, null, null, null, null, null, null, null, 32, null, 4, null,
                null, 64);
        assertEquals(4, given.trainEvery(), "a given schedule is kept");
        assertEquals(32, given.batchSize());
        DqnParameters huge = new DqnParameters(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 4096);
        assertEquals(4096, huge.batchSize(), "the batch is capped at 4,096");
    }
}
