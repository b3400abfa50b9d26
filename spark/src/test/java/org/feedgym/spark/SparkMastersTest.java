package org.feedgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparkMastersTest {

    @Test
    void aLocalMasterTriesATaskOnceUnlessItNamesMaxFailures() {
        assertEquals(1, SparkMasters.maxFailures("local[2]", "8"));
        assertEquals(1, SparkMasters.maxFailures("local", null));
        assertEquals(3, SparkMasters.maxFailures("local[2,3]", null));
        assertEquals(2, SparkMasters.maxFailures("local[*, 2]", null));
    }

    @Test
    void aClusterMasterTriesATaskSparkTaskMaxFailuresTimesFourByDefault() {
        assertEquals(4, SparkMasters.maxFailures("spark://10.0.0.1:7077", null));
        assertEquals(6, SparkMasters.maxFailures("spark://10.0.0.1:7077", "6"));
    }

    @Test
    void localMastersRunInThisJvmWithTheirThreadCount() {
        assertTrue(SparkMasters.isLocal("local[2,2]"));
        assertFalse(SparkMasters.isLocal("spark://h:7077"));
        assertEquals(2, SparkMasters.localThreads("local[2,2]"));
        assertEquals(1, SparkMasters.localThreads("local"));
        assertEquals(-1, SparkMasters.localThreads("yarn"));
    }
}
