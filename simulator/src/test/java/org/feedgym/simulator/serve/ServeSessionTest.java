package org.feedgym.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSessionTest {

    private static final String CONFIG = """
            {"name": "serve-test", "seed": 5,
             "world": {"catalog": {"type": "synthetic", "items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                       "candidates": {"k": 5}, "episode": {"maxSteps": 40, "days": 0}},
             "evaluation": {"users": 12, "replicates": 1},
             "agents": [{"type": "random"}]}
            """;

    /** The Python side of a session, played by the test thread over pipes. */
    private static final class Client implements AutoCloseable {
        final PipedOutputStream requests = new PipedOutputStream();
        final PipedInputStream answers = new PipedInputStream(1 << 20);
        final Frames.Reader reader = new Frames.Reader(answers);
        final Thread thread;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Client(ServeSession.Evaluator evaluator) throws IOException {
            PipedInputStream in = new PipedInputStream(requests, 1 << 20);
            PipedOutputStream out = new PipedOutputStream(answers);
            ServeSession session = new ServeSession(new Frames.Reader(in), new Frames.Writer(out), evaluator,
                    System.err);
            thread = new Thread(() -> {
                try {
                    session.run();
                    out.close();
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            thread.start();
        }

        void send(int op, ByteBuffer body) throws IOException {
            ByteBuffer frame = ByteBuffer.allocate(5 + body.remaining()).order(ByteOrder.LITTLE_ENDIAN);
            frame.putInt(body.remaining()).put((byte) op).put(body);
            requests.write(frame.array());
            requests.flush();
        }

        void send(int op, String text) throws IOException {
            send(op, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }

        Frames.Frame receive() throws IOException {
            return reader.read();
        }

        @Override
        public void close() throws Exception {
            requests.close();
            thread.join(10_000);
        }
    }

    private static final ServeSession.Evaluator NO_EVALUATION = (r, l, c, o, t) -> {
        throw new AssertionError("no evaluation expected");
    };

    private static ByteBuffer le(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String open(Client c, int users) throws IOException {
        ObjectMapper m = new ObjectMapper();
        c.send(Frames.OPEN, m.writeValueAsString(m.createObjectNode().put("configText", CONFIG)
                .put("source", "<test>").put("users", users)));
        Frames.Frame f = c.receive();
        assertEquals(Frames.OPENED, f.op(), () -> f.op() == Frames.ERROR ? f.text() : "");
        int n = f.body().getInt();
        byte[] json = new byte[n];
        f.body().get(json);
        return new String(json, StandardCharsets.UTF_8);
    }

    @Test
    void aBadConfigIsAnsweredWithAnErrorFrameNamingFilePathAndRule() throws Exception {
        try (Client c = new Client(NO_EVALUATION)) {
            c.send(Frames.OPEN, "{\"configText\": " + new ObjectMapper().writeValueAsString(
                    CONFIG.replace("\"k\": 5", "\"k\": 0")) + ", \"source\": \"<test>\", \"users\": 2}");
            Frames.Frame f = c.receive();
            assertEquals(Frames.ERROR, f.op());
            assertEquals(Frames.CONFIG_ERROR, f.body().get(0));
            String message = f.text().substring(1);
            assertEquals("<test>: $.world.candidates.k: k must be in [2, 500], got 0", message);
        }
    }

    @Test
    void resetAndStepAnswerTheNumbersOfTheVectorEnvironment() throws Exception {
        int users = 3;
        long[] seeds = {7, 8, 9};
        int[] actions = {1, 4, 0};
        LoadedConfig loaded = new ConfigLoader(AgentRegistry.builtIn()).parse("<test>", CONFIG);
        World world = RunService.buildWorld(loaded, null);
        VectorEnvironment env = world.vectorEnvironment(null);
        env.reset(seeds);
        StepOutcomes expected = env.step(actions);
        float[] expectedFeatures = expected.observations().features().clone();

        try (Client c = new Client(NO_EVALUATION)) {
            JsonNode meta = new ObjectMapper().readTree(open(c, users));
            int dim = meta.get("dimension").asInt();
            int k = meta.get("k").asInt();
            assertEquals(world.observationDimension(), dim);
            ByteBuffer reset = le(8 * users + 1);
            for (long s : seeds) {
                reset.putLong(s);
            }
            c.send(Frames.RESET, reset.put((byte) 0).flip());
            assertEquals(Frames.OBSERVED, c.receive().op());
            ByteBuffer step = le(4 * users + 1);
            for (int a : actions) {
                step.putInt(a);
            }
            c.send(Frames.STEP, step.put((byte) 0).flip());
            Frames.Frame f = c.receive();
            assertEquals(Frames.STEPPED, f.op());
            ByteBuffer b = f.body();
            for (int u = 0; u < users; u++) {
                assertEquals(expected.reward(u), b.getDouble(), "reward of user " + u);
            }
            b.position(32 * users);
            float[] features = new float[users * dim];
            b.asFloatBuffer().get(features);
            assertArrayEquals(expectedFeatures, features);
            b.position(32 * users + 4 * users * dim + 4 * users * k);
            for (int u = 0; u < users; u++) {
                assertEquals(expected.shownItem(u), b.getInt(), "item of user " + u);
            }
        }
    }

    @Test
    void aPopulationOutsideTheUserRangeIsRefusedAndTheSessionGoesOn() throws Exception {
        try (Client c = new Client(NO_EVALUATION)) {
            for (String users : new String[] {"0", "10000001", "1000000000000"}) {
                c.send(Frames.OPEN, "{\"configText\": " + new ObjectMapper().writeValueAsString(CONFIG)
                        + ", \"source\": \"<test>\", \"users\": " + users + "}");
                Frames.Frame f = c.receive();
                assertEquals(Frames.ERROR, f.op());
                assertTrue(f.text().endsWith("num_users must be in [1, 10000000], got " + users), f.text());
            }
            open(c, 2);
        }
    }

    @Test
    void aStepBeforeResetIsRefusedAndTheSessionGoesOn() throws Exception {
        try (Client c = new Client(NO_EVALUATION)) {
            open(c, 1);
            c.send(Frames.STEP, le(5).putInt(0).put((byte) 0).flip());
            Frames.Frame f = c.receive();
            assertEquals(Frames.ERROR, f.op());
            assertTrue(f.text().contains("step before reset"), f.text());
            c.send(Frames.RESET, le(9).putLong(1).put((byte) 0).flip());
            assertEquals(Frames.OBSERVED, c.receive().op());
        }
    }

    @Test
    void theSessionEndsWhenItsInputEnds() throws Exception {
        Client c = new Client(NO_EVALUATION);
        open(c, 2);
        c.close();
        assertFalse(c.thread.isAlive());
        assertNull(c.failure.get());
        assertNull(c.receive());
    }

    @Test
    void anEvaluationAsksThePolicyAndWritesARunDirectoryWithThePythonAgent(@TempDir Path tmp) throws Exception {
        ServeSession.Evaluator evaluator = (registry, loader, loaded, out, threads) -> {
            RunService.Result r = new RunService(registry, loader.mapper(), Clock.systemUTC()).run(loaded, out, threads);
            return new ServeSession.Evaluated(r.directory(), null, "table");
        };
        Path out = tmp.resolve("run");
        try (Client c = new Client(evaluator)) {
            ObjectMapper m = new ObjectMapper();
            c.send(Frames.EVALUATE, m.writeValueAsString(m.createObjectNode().put("configText", CONFIG)
                    .put("source", "<test>").put("name", "numpy-first").put("out", out.toString()).put("threads", 1)));
            int acts = 0;
            while (true) {
                Frames.Frame f = c.receive();
                if (f.op() == Frames.EVALUATED) {
                    break;
                }
                assertEquals(Frames.ACT, f.op(), () -> f.op() == Frames.ERROR ? f.text() : "");
                ByteBuffer b = f.body();
                b.getInt();
                int n = b.getInt();
                assertEquals(12, n);
                acts++;
                c.send(Frames.ACTIONS, le(4 * n).flip().limit(4 * n));
            }
            assertTrue(acts > 0);
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("numpy-first") && summary.contains("random"), summary);
        assertTrue(Files.readString(out.resolve("episodes.csv")).contains("numpy-first"));
    }

    /**
     * Evaluates CONFIG with 2 replicates on {@code threads} threads, answering every ACT as a
     * stateful policy would: each action depends on how many batches came before. Returns the
     * rounds in the order they were asked.
     */
    private static List<Integer> evaluateStatefully(Path out, int threads) throws Exception {
        ServeSession.Evaluator evaluator = (registry, loader, loaded, dir, t) -> {
            RunService.Result r = new RunService(registry, loader.mapper(), Clock.systemUTC()).run(loaded, dir, t);
            return new ServeSession.Evaluated(r.directory(), null, "table");
        };
        List<Integer> rounds = new ArrayList<>();
        try (Client c = new Client(evaluator)) {
            ObjectMapper m = new ObjectMapper();
            c.send(Frames.EVALUATE, m.writeValueAsString(m.createObjectNode().put("configText", CONFIG)
                    .put("source", "<test>").put("out", out.toString()).put("threads", threads)
                    .put("replicates", 2)));
            int calls = 0;
            while (true) {
                Frames.Frame f = c.receive();
                if (f.op() == Frames.EVALUATED) {
                    break;
                }
                assertEquals(Frames.ACT, f.op(), () -> f.op() == Frames.ERROR ? f.text() : "");
                ByteBuffer b = f.body();
                rounds.add(b.getInt());
                int n = b.getInt();
                b.getInt();
                int k = b.getInt();
                ByteBuffer actions = le(4 * n);
                for (int u = 0; u < n; u++) {
                    actions.putInt((calls + u) % k);
                }
                calls++;
                c.send(Frames.ACTIONS, actions.flip());
            }
        }
        return rounds;
    }

    @Test
    void replicatesAskThePolicyOneAfterAnotherSoThreadsDoNotChangeTheResults(@TempDir Path tmp) throws Exception {
        List<Integer> one = evaluateStatefully(tmp.resolve("one"), 1);
        List<Integer> two = evaluateStatefully(tmp.resolve("two"), 2);
        // Replicate 0's batches all come before replicate 1's, on both thread counts.
        assertEquals(one, two);
        assertEquals(Set.of(0, 1), Set.copyOf(two));
        assertEquals(two.stream().sorted().toList(), two);
        for (String file : new String[] {"summary.json", "episodes.csv"}) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(file)),
                    Files.readString(tmp.resolve("two").resolve(file)), file);
        }
    }

    @Test
    void aRunDirectoryThatCannotBeWrittenIsAnsweredAndTheSessionGoesOn() throws Exception {
        ServeSession.Evaluator failing = (registry, loader, loaded, out, threads) -> {
            throw new IOException("/tmp/.x.runs holds the finished training runs of another config or build");
        };
        try (Client c = new Client(failing)) {
            ObjectMapper m = new ObjectMapper();
            c.send(Frames.EVALUATE, m.writeValueAsString(m.createObjectNode().put("configText", CONFIG)
                    .put("source", "<test>").put("threads", 1)));
            Frames.Frame f = c.receive();
            assertEquals(Frames.ERROR, f.op());
            assertEquals(Frames.REQUEST_ERROR, f.body().get(0));
            assertEquals("/tmp/.x.runs holds the finished training runs of another config or build",
                    f.text().substring(1));
            open(c, 1);
        }
    }

    @Test
    void aPolicyThatAbortsLeavesNoRunDirectory(@TempDir Path tmp) throws Exception {
        ServeSession.Evaluator evaluator = (registry, loader, loaded, out, threads) -> {
            RunService.Result r = new RunService(registry, loader.mapper(), Clock.systemUTC()).run(loaded, out, threads);
            return new ServeSession.Evaluated(r.directory(), null, "table");
        };
        Path out = tmp.resolve("run");
        try (Client c = new Client(evaluator)) {
            ObjectMapper m = new ObjectMapper();
            c.send(Frames.EVALUATE, m.writeValueAsString(m.createObjectNode().put("configText", CONFIG)
                    .put("source", "<test>").put("out", out.toString()).put("threads", 1)));
            // The config's random agent runs inside Java first; the first frame is the policy's turn.
            Frames.Frame f = c.receive();
            assertEquals(Frames.ACT, f.op());
            c.send(Frames.ABORT, "the policy raised KeyError");
            Frames.Frame error = c.receive();
            assertEquals(Frames.ERROR, error.op());
            assertEquals(Frames.ABORTED, error.body().get(0));
            assertEquals("the policy raised KeyError", error.text().substring(1));
        }
        assertFalse(Files.exists(out.resolve("summary.json")));
    }
}
