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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population the heap cannot hold ends with one actionable line and no output, not with the
 * JVM's stack trace: the CLI runs in a JVM of its own with a 48 MiB heap.
 */
class HeapExhaustedCliTest {

    @Test
    void aRunThatOutgrowsTheHeapSaysHowToGiveItMoreAndLeavesNoOutput(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("big.json");
        Files.writeString(config, TestConfigs.SMALL.replace("\"users\": 80", "\"users\": 400000"));
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
        assertEquals(FeedGymCli.EXIT_INTERNAL, p.exitValue(), stderr);
        assertTrue(stderr.startsWith("error: the Java heap ran out (maximum "), stderr);
        assertTrue(stderr.contains("FEEDGYM_JAVA_OPTS=\"-Xmx2g"), stderr); // twice 48 MiB, at least 2 GiB
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
        assertFalse(Files.exists(out), "no output directory");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("big.json", "stderr.txt", "stdout.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "nothing else left behind");
        }
    }

    @Test
    void anOutOfMemoryErrorIsFoundBehindTheWrappersAPoolPutsAroundIt() {
        assertTrue(FeedGymCli.outOfHeap(new RuntimeException(new java.util.concurrent.ExecutionException(
                new OutOfMemoryError("Java heap space")))));
        assertFalse(FeedGymCli.outOfHeap(new RuntimeException(new IllegalStateException("other"))));
    }
}
