package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.run.HeapAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population the heap cannot hold ends with one actionable line and no output, not with the
 * JVM's stack trace: refused before it is built when its state alone exceeds the heap, or at the
 * out-of-heap error otherwise. The CLI runs in a JVM of its own with a 48 MiB heap.
 */
class HeapExhaustedCliTest {

    /** Runs {@code users} users of the small config in a CLI JVM with a 48 MiB heap; returns its stderr. */
    private static String runWithSmallHeap(Path dir, int users, int expectedExit) throws Exception {
        Path config = dir.resolve("big.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"users\": 80", "\"users\": " + users));
        Path out = dir.resolve("out");
        Path err = dir.resolve("stderr.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), FeedGymCli.class.getName(), "run", config.toString(),
                "--out", out.toString(), "--threads", "1"))
                .redirectErrorStream(false).redirectError(err.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the CLI finished");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
        assertFalse(Files.exists(out), "no output directory");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("big.json", "stderr.txt", "stdout.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "nothing else left behind");
        }
        return stderr;
    }

    @Test
    void aPopulationWhoseStateAloneExceedsTheHeapIsRefusedBeforeItIsBuilt(@TempDir Path dir) throws Exception {
        // 400,000 users of the small world: 745 bytes each of state and observations, 284 MiB.
        String stderr = runWithSmallHeap(dir, 400_000, FeedGymCli.EXIT_BAD_INPUT);
        assertTrue(stderr.startsWith("error: a population of 400,000 users needs at least 284 MiB of heap for its"
                + " state and observations (745 bytes a user), more than this JVM's maximum heap of "), stderr);
        assertTrue(stderr.contains("FEEDGYM_JAVA_OPTS=\"-Xmx2g"), stderr); // 2.5 times 284 MiB, at least 2 GiB
    }

    @Test
    void aRunThatOutgrowsTheHeapSaysHowToGiveItMoreAndLeavesNoOutput(@TempDir Path dir) throws Exception {
        // 60,000 users: their state and observations (43 MiB) fit the check, the run does not.
        String stderr = runWithSmallHeap(dir, 60_000, FeedGymCli.EXIT_INTERNAL);
        assertTrue(stderr.startsWith("error: the Java heap ran out (maximum "), stderr);
        assertTrue(stderr.contains("FEEDGYM_JAVA_OPTS=\"-Xmx2g"), stderr); // twice 48 MiB, at least 2 GiB
    }

    @Test
    void anOutOfMemoryErrorIsFoundBehindTheWrappersAPoolPutsAroundIt() {
        assertTrue(HeapAdvice.outOfHeap(new RuntimeException(new java.util.concurrent.ExecutionException(
                new OutOfMemoryError("Java heap space")))));
        assertFalse(HeapAdvice.outOfHeap(new RuntimeException(new IllegalStateException("other"))));
    }
}
