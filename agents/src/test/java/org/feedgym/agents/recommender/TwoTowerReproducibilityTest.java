package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.junit.jupiter.api.Test;

/**
 * The same seed and log give bit-identical scores in another JVM: a child JVM (same class path,
 * same JVM flags, the same ND4J thread count from the environment) fits and prints the SHA-256 of
 * every score's bits, which must equal this JVM's.
 */
class TwoTowerReproducibilityTest {

    /** SHA-256 over the bits of every score of 40 users after fitting the planted log with seed 12. */
    static String fingerprint() throws TrainingDivergedException, NoSuchAlgorithmException {
        TwoTowerAgent agent = new TwoTowerAgent(TwoTowerAgentTest.small(8, null, 2, null),
                new AgentContext(1, 1, 0, 12));
        agent.fit(TwoTowerAgentTest.clusters(11));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        double[] scores = new double[160];
        ByteBuffer bits = ByteBuffer.allocate(8 * scores.length);
        for (int u = 0; u < 40; u++) {
            agent.scoreItems(u, scores);
            bits.clear();
            for (double s : scores) {
                bits.putLong(Double.doubleToRawLongBits(s));
            }
            sha.update(bits.array());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Entry point of the child JVM: prints the fingerprint. */
    public static void main(String[] args) throws Exception {
        System.out.println("fingerprint " + fingerprint());
    }

    @Test
    void anotherJvmWithTheSameSeedGivesBitIdenticalScores() throws Exception {
        String here = fingerprint();
        assertEquals(here, fingerprint(), "same JVM, second fit");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM flags of this test JVM (heap, GC, off-heap limit), as Surefire passed them.
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-Dorg.bytedeco")).toList());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TwoTowerReproducibilityTest.class.getName());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
        assertEquals(0, child.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("fingerprint ")).findFirst()
                .orElseThrow(() -> new IOException("child printed no fingerprint: " + out));
        assertEquals("fingerprint " + here, line);
    }
}
