package org.feedgym.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.feedgym.simulator.sweep.EngineOptions;
import org.junit.jupiter.api.Test;

class SparkTrialExecutorConfTest {

    @Test
    void withoutAMasterTheSweepRunsLocallyWithTheThreadCountOnLoopbackAndNoWebUi() {
        SparkConf conf = SparkTrialExecutor.conf(new EngineOptions(3, null));
        assertEquals("local[3]", conf.get("spark.master"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
    }

    @Test
    void aClusterMasterKeepsTheWebUiAndGetsTheMeasuredExecutorSettings() {
        SparkConf conf = SparkTrialExecutor.conf(new EngineOptions(2, "spark://10.0.0.1:7077"));
        assertEquals("spark://10.0.0.1:7077", conf.get("spark.master"));
        assertEquals(false, conf.contains("spark.ui.enabled"));
        assertEquals("1", conf.get("spark.executorEnv.OMP_NUM_THREADS"));
        assertEquals("-XX:+UseParallelGC -Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                conf.get("spark.executor.extraJavaOptions"));
    }
}
