package org.feedgym.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench env against an earlier build, run in its own class loader in alternation with this one. */
class BaselineBuildTest {

    private static final EnvBenchmark.Settings TINY = new EnvBenchmark.Settings(200, 400, 10, 8, 1, 1);

    /** This build's classes and dependencies, loaded a second time as if they were another build. */
    private static BaselineBuild sameCodeAgain() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return BaselineBuild.of(Path.of("same-code"), urls);
    }

    @Test
    void theBaselineRunsItsOwnCopyOfTheBenchmarkAndTheSameCodeMakesTheSameUserSteps() throws Exception {
        try (BaselineBuild earlier = sameCodeAgain()) {
            Map<String, Object> theirs = earlier.runEnv(200, 400, 10, 8, 1, 1);
            Map<String, Object> mine = EnvBenchmark.run(TINY);
            assertNotSame(EnvBenchmark.class, Class.forName(EnvBenchmark.class.getName(), false, earlier.loader()),
                    "the baseline's benchmark is its own class");
            assertEquals(mine.get("userSteps"), theirs.get("userSteps"), "same seeds, same code");
            assertEquals(org.feedgym.env.linalg.LaneDot.implementation(8), mine.get("dotProducts"));
            long[] passes = (long[]) mine.get("userStepsPerSecondPasses");
            assertEquals(TINY.passes(), passes.length);
            assertTrue(passes[0] > 0, "a pass's rate " + passes[0]);
            assertTrue(mine.get("loadAverageBefore") instanceof String && mine.get("loadAverageAfter") instanceof String);

            Map<String, Object> compared = EnvBenchmark.compare(TINY, earlier, 2);
            assertEquals(List.of("benchmark", "userStepsPerSecond", "baselineUserStepsPerSecond", "ratio",
                    "sameUserSteps", "baseline", "rounds", "loadAverageBefore", "loadAverageAfter", "current",
                    "earlier"), List.copyOf(compared.keySet()));
            assertEquals(true, compared.get("sameUserSteps"));
            assertEquals(2, ((List<?>) compared.get("current")).size());
            assertEquals(2, ((List<?>) compared.get("earlier")).size());
            double ratio = (Double) compared.get("ratio");
            assertTrue(ratio > 0 && Double.isFinite(ratio), "ratio " + ratio);
        }
    }

    @Test
    void aCheckoutWithoutABuildIsRefusedWithTheCommandThatBuildsIt(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaselineBuild.open(dir));
        assertTrue(e.getMessage().startsWith("--baseline " + dir + ": no FeedGym build there"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn -B -q -DskipTests -pl simulator -am package"), e.getMessage());
    }
}
