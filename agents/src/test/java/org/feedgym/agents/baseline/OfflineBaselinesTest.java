package org.feedgym.agents.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.env.data.InteractionLog;
import org.junit.jupiter.api.Test;

/** The offline floors: popularity counts training rows, random is seeded per user. */
class OfflineBaselinesTest {

    private static final InteractionLog LOG = InteractionLog.of(2, 3, new int[] {0, 0, 1}, new int[] {2, 0, 2},
            new float[] {1, 0, 1}, new long[] {0, 1, 0});

    @Test
    void popularityScoresEveryItemByItsTrainingRows() {
        PopularityAgent agent = new PopularityAgent();
        agent.fit(LOG);
        double[] s = new double[3];
        agent.scoreItems(1, s);
        assertArrayEquals(new double[] {1, 0, 2}, s, "a hate (signal 0) is a row too");
        assertFalse(agent.predictsSignal());
    }

    @Test
    void randomScoresDependOnTheSeedAndUserButNotOnTheOrderUsersAreScored() {
        RandomAgent a = new RandomAgent(new AgentContext(1, 1, 0, 5));
        RandomAgent b = new RandomAgent(new AgentContext(1, 1, 0, 5));
        a.fit(LOG);
        b.fit(LOG);
        double[] a0 = new double[3];
        double[] a1 = new double[3];
        double[] b1 = new double[3];
        double[] b0 = new double[3];
        a.scoreItems(0, a0);
        a.scoreItems(1, a1);
        b.scoreItems(1, b1);
        b.scoreItems(0, b0);
        assertArrayEquals(a0, b0);
        assertArrayEquals(a1, b1);
        assertFalse(Arrays.equals(a0, a1));
        assertTrue(Arrays.stream(a0).allMatch(v -> v >= 0 && v < 1));
    }
}
