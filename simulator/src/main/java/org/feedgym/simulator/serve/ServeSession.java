package org.feedgym.simulator.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.AgentType;
import org.feedgym.agents.registry.NoParameters;
import org.feedgym.env.EndReason;
import org.feedgym.env.Environment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.FeedObservationSpace;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.ResetResult;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.StepResult;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.Persona;
import org.feedgym.env.world.PopulationTooLarge;
import org.feedgym.env.world.World;
import org.feedgym.simulator.cli.ThreadsOption;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.EvaluationConfig;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.HeapAdvice;
import org.feedgym.simulator.run.RunService;

/**
 * One {@code feedgym serve} conversation: reads request frames ({@link Frames}) until the input
 * ends or a close arrives, and answers each with one frame. It holds at most one open world and
 * its environment: a vector environment of N users (autoreset disabled, as on the Java side;
 * the step request carries an optional reset mask so that the Python side can offer
 * Gymnasium's next-step autoreset in one round trip), or the single-user environment
 * ({@code world.environment()}, time limit included).
 *
 * <p>Every failure is answered with an error frame carrying FeedGym's own message (a config
 * problem names the file, the JSON path and the rule), so the Python side raises it; only a
 * closed output ends the session with an exception.
 */
public final class ServeSession {

    /** The agent type under which the Python policy acts in an evaluation. */
    public static final String PYTHON_AGENT = "python";

    /** What an evaluation produced. */
    public record Evaluated(Path directory, Path report, String table) {
    }

    /**
     * Runs a loaded config and writes its run directory, report included (the CLI's part: the
     * same steps as {@code feedgym run}).
     */
    @FunctionalInterface
    public interface Evaluator {
        /**
         * @param out the run directory, or null for the default one
         */
        Evaluated evaluate(AgentRegistry registry, ConfigLoader loader, LoadedConfig loaded, Path out, int threads)
                throws IOException;
    }

    /** The Python side went away: the session ends without answering. */
    static final class EndOfInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EndOfInput(String message) {
            super(message);
        }
    }

    /** The Python policy failed or answered wrongly during an evaluation. */
    static final class PolicyAborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PolicyAborted(String message) {
            super(message);
        }
    }

    private final Frames.Reader in;
    private final Frames.Writer out;
    private final Evaluator evaluator;
    private final PrintStream log;
    private final ObjectMapper mapper = Json.strictMapper();
    /** True while {@link #act} waits for the policy: the pipe is in use. */
    private final AtomicBoolean acting = new AtomicBoolean();

    private World world;
    private ForkJoinPool pool;
    private VectorEnvironment vector;
    private Environment<FeedObservation, Integer> single;
    private int n;
    private int dim;
    private int k;
    private boolean reset;

    // Per-step scratch, sized at open.
    private double[] reward;
    private double[] watchSeconds;
    private double[] watchFraction;
    private double[] clock;
    private int[] item;
    private int[] persona;
    private int[] candidates;
    private float[] singleFeatures;
    private byte[] flags;
    private long[] seeds;
    private boolean[] mask;
    private int[] actions;

    /**
     * @param in        where requests come from (the process's standard input)
     * @param out       where answers go (the process's standard output; nothing else may write there)
     * @param evaluator runs an evaluation and writes its run directory
     * @param log       where diagnostics go (standard error)
     */
    public ServeSession(Frames.Reader in, Frames.Writer out, Evaluator evaluator, PrintStream log) {
        this.in = in;
        this.out = out;
        this.evaluator = evaluator;
        this.log = log;
    }

    /** The answer to a population refused as too large for the heap: what it needs and how to give it. */
    private static String tooLarge(PopulationTooLarge e) {
        return e.getMessage() + "; ask for fewer users, or give the JVM more heap: set FEEDGYM_JAVA_OPTS=\""
                + HeapAdvice.optionsFor(e.neededBytes()) + "\" in the environment of the Python process";
    }

    /**
     * Serves requests until the input ends or a close request arrives.
     *
     * @throws IOException when an answer cannot be written (the other side is gone)
     */
    public void run() throws IOException {
        try {
            while (true) {
                Frames.Frame f = in.read();
                if (f == null || f.op() == Frames.CLOSE) {
                    return;
                }
                try {
                    handle(f);
                } catch (ConfigException | RunService.InputException e) {
                    out.error(Frames.CONFIG_ERROR, e.getMessage());
                } catch (PolicyAborted e) {
                    out.error(Frames.ABORTED, e.getMessage());
                } catch (PopulationTooLarge e) {
                    out.error(Frames.REQUEST_ERROR, tooLarge(e));
                } catch (IllegalArgumentException | IllegalStateException | JsonProcessingException
                         | java.nio.BufferUnderflowException e) {
                    out.error(Frames.REQUEST_ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
                } catch (EndOfInput e) {
                    return;
                } catch (UncheckedIOException e) {
                    out.error(Frames.REQUEST_ERROR, e.getCause().getMessage());
                } catch (RuntimeException e) {
                    if (HeapAdvice.tooLarge(e).isPresent()) {
                        // Raised on a pool thread, so wrapped: the refusal of a population too large.
                        out.error(Frames.REQUEST_ERROR, tooLarge(HeapAdvice.tooLarge(e).get()));
                        continue;
                    }
                    e.printStackTrace(log);
                    out.error(Frames.INTERNAL_ERROR, "internal failure: " + e);
                } catch (OutOfMemoryError e) {
                    // What the request built is garbage now: drop the environment and answer.
                    closeEnvironment();
                    out.error(Frames.REQUEST_ERROR, "the Java heap ran out (maximum " + HeapAdvice.maxMiB()
                            + " MiB) serving this request; ask for fewer users, or give the JVM more heap: set"
                            + " FEEDGYM_JAVA_OPTS=\"" + HeapAdvice.options() + "\" in the environment of the Python"
                            + " process");
                }
            }
        } finally {
            closeEnvironment();
        }
    }

    private void handle(Frames.Frame f) throws IOException, ConfigException {
        switch (f.op()) {
            case Frames.OPEN -> open(f);
            case Frames.RESET -> reset(f.body());
            case Frames.STEP -> step(f.body());
            case Frames.EVALUATE -> evaluate(f);
            case Frames.BENCH -> bench(f.body());
            case Frames.REPLAY -> replay(f.body());
            default -> throw new IllegalArgumentException("unknown request 0x" + Integer.toHexString(f.op()));
        }
    }

    // ---------------------------------------------------------------- open

    private LoadedConfig load(ConfigLoader loader, JsonNode req) throws ConfigException, IOException {
        if (req.hasNonNull("config")) {
            return loader.load(Path.of(req.get("config").asText()));
        }
        return loader.parse(req.path("source").asText("<dict>"), req.path("configText").asText());
    }

    private void open(Frames.Frame f) throws IOException, ConfigException {
        JsonNode req = mapper.readTree(f.text());
        JsonNode usersNode = req.path("users");
        long users = usersNode.isMissingNode() ? 1 : usersNode.canConvertToLong() ? usersNode.asLong() : -1;
        boolean isSingle = req.path("single").asBoolean(false);
        int threads = req.path("threads").asInt(1);
        if (users < 1 || users > World.MAX_USERS) {
            throw new IllegalArgumentException("num_users must be in [1, " + World.MAX_USERS + "], got "
                    + usersNode.asText());
        }
        if (isSingle && users != 1) {
            throw new IllegalArgumentException("a single-user environment has 1 user, got " + users);
        }
        checkThreads(threads);
        LoadedConfig loaded = load(new ConfigLoader(AgentRegistry.builtIn()), req);
        if (loaded.config().sweep() != null || loaded.config().sensitivity() != null) {
            String section = loaded.config().sweep() != null ? "sweep" : "sensitivity";
            throw new ConfigException(loaded.source(), "$." + section, "an environment is one world, and this config"
                    + " has a " + section + " of several; remove the " + section + " section, or run it with ./feedgym "
                    + section);
        }
        closeEnvironment();
        pool = threads > 1 ? new ForkJoinPool(threads) : null;
        world = RunService.buildWorld(loaded, pool);
        // Before the session's own buffers for the users: a population that cannot fit is refused now.
        world.requireHeapFor((int) users);
        n = (int) users;
        dim = world.observationDimension();
        k = world.candidateCount();
        if (isSingle) {
            single = world.environment();
        } else {
            vector = world.vectorEnvironment(pool);
        }
        reset = false;
        allocate();

        FeedObservationSpace space = new FeedObservationSpace(dim, k, world.catalog().size());
        ObjectNode a = mapper.createObjectNode();
        a.put("name", loaded.config().name());
        a.put("source", loaded.source());
        a.put("users", n);
        a.put("single", isSingle);
        a.put("dimension", dim);
        a.put("k", k);
        a.put("items", world.catalog().size());
        a.put("userFeatures", world.userFeatureCount());
        a.put("candidateFeatures", ObservationBatch.CANDIDATE_FEATURES);
        a.put("maxSteps", loaded.config().world().episode().maxSteps());
        a.put("slack", FeedObservationSpace.SLACK);
        a.put("autoresetMode", "disabled");
        a.put("spec", isSingle ? single.spec().stack() : vector.spec().stack());
        ArrayNode personas = a.putArray("personas");
        world.personas().forEach(p -> personas.add(p.name()));
        ArrayNode reasons = a.putArray("endReasons");
        for (EndReason r : EndReason.values()) {
            reasons.add(r.id());
        }
        byte[] json = mapper.writeValueAsString(a).getBytes(StandardCharsets.UTF_8);
        out.begin(Frames.OPENED, 4 + json.length + 8 * dim).i32(json.length).u8(json, json.length)
                .f32(space.low(), 0, dim).f32(space.high(), 0, dim).send();
    }

    private void allocate() {
        reward = new double[n];
        watchSeconds = new double[n];
        watchFraction = new double[n];
        clock = new double[n];
        item = new int[n];
        persona = new int[n];
        candidates = new int[n * k];
        singleFeatures = new float[dim];
        flags = new byte[FLAG_ROWS * n];
        seeds = new long[n];
        mask = new boolean[n];
        actions = new int[n];
    }

    private void closeEnvironment() {
        if (vector != null) {
            vector.close();
        }
        if (single != null) {
            single.close();
        }
        if (pool != null) {
            pool.shutdown();
        }
        vector = null;
        single = null;
        pool = null;
        world = null;
    }

    private void requireOpen() {
        if (world == null) {
            throw new IllegalStateException("no environment is open");
        }
    }

    // ---------------------------------------------------------------- reset and step

    private void readSeedsAndMask(ByteBuffer b) {
        for (int u = 0; u < n; u++) {
            seeds[u] = b.getLong();
        }
        for (int u = 0; u < n; u++) {
            mask[u] = b.get() != 0;
        }
    }

    private void reset(ByteBuffer b) throws IOException {
        requireOpen();
        for (int u = 0; u < n; u++) {
            seeds[u] = b.getLong();
        }
        boolean hasMask = b.get() != 0;
        if (hasMask) {
            for (int u = 0; u < n; u++) {
                mask[u] = b.get() != 0;
            }
        }
        if (single != null) {
            ResetResult<FeedObservation> r = single.reset(seeds[0]);
            keepSingle(r.observation());
            persona[0] = personaIndex((String) r.info().get("persona"));
            clock[0] = 0;
        } else {
            if (hasMask) {
                if (!reset) {
                    throw new IllegalStateException("a masked reset needs an earlier full reset");
                }
                vector.reset(seeds, mask);
            } else {
                vector.reset(seeds);
            }
            readInfos();
        }
        reset = true;
        int body = 8 * n + 4 * n * dim + 4 * n * k + 4 * n;
        out.begin(Frames.OBSERVED, body).f64(clock, n);
        writeObservations().i32(persona, n).send();
    }

    private void step(ByteBuffer b) throws IOException {
        requireOpen();
        if (!reset) {
            throw new IllegalStateException("step before reset: call reset() first");
        }
        for (int u = 0; u < n; u++) {
            actions[u] = b.getInt();
        }
        boolean hasReset = b.get() != 0;
        if (hasReset) {
            readSeedsAndMask(b);
        }
        if (single != null) {
            stepSingle();
        } else {
            stepVector(hasReset);
        }
        int body = 32 * n + 4 * n * dim + 4 * n * k + 8 * n + FLAG_ROWS * n;
        out.begin(Frames.STEPPED, body).f64(reward, n).f64(watchSeconds, n).f64(watchFraction, n).f64(clock, n);
        writeObservations().i32(item, n).i32(persona, n).u8(flags, FLAG_ROWS * n).send();
    }

    /** Flag rows of the step answer, each N bytes, in this order. */
    private static final int TERMINATED = 0;
    private static final int TRUNCATED = 1;
    private static final int LIKED = 2;
    private static final int SHARED = 3;
    private static final int COMMENTED = 4;
    private static final int DOWNLOADED = 5;
    private static final int HARMFUL = 6;
    private static final int HATED = 7;
    private static final int END_REASON = 8;
    private static final int FLAG_ROWS = 9;

    private void flag(int row, int u, boolean v) {
        flags[row * n + u] = v ? (byte) 1 : (byte) 0;
    }

    private void stepVector(boolean hasReset) {
        StepOutcomes o = vector.step(actions);
        for (int u = 0; u < n; u++) {
            int shown = o.shownItem(u);
            item[u] = shown;
            reward[u] = o.reward(u);
            watchSeconds[u] = o.watchSeconds(u);
            watchFraction[u] = o.watchFraction(u);
            flag(TERMINATED, u, o.terminated(u));
            flag(TRUNCATED, u, o.truncated(u));
            flag(LIKED, u, o.liked(u));
            flag(SHARED, u, o.shared(u));
            flag(COMMENTED, u, o.commented(u));
            flag(DOWNLOADED, u, o.downloaded(u));
            flag(HARMFUL, u, shown >= 0 && world.catalog().harmful(shown));
            flag(HATED, u, o.hated(u));
            flags[END_REASON * n + u] = (byte) o.endReason(u).ordinal();
        }
        if (hasReset) {
            // Next-step autoreset: the masked users ended on the previous step, so this step left
            // them untouched (their outcomes are zero); they start their next episode now.
            boolean any = false;
            for (int u = 0; u < n; u++) {
                any |= mask[u];
            }
            if (any) {
                vector.reset(seeds, mask);
            }
        }
        readInfos();
    }

    private void stepSingle() {
        StepResult<FeedObservation> r = single.step(actions[0]);
        Map<String, Object> info = r.info();
        keepSingle(r.observation());
        int shown = (Integer) info.get("item");
        item[0] = shown;
        reward[0] = r.reward();
        watchSeconds[0] = (Double) info.get("watchSeconds");
        watchFraction[0] = (Double) info.get("watchFraction");
        clock[0] = (Double) info.get("clockSeconds");
        flag(TERMINATED, 0, r.terminated());
        flag(TRUNCATED, 0, r.truncated());
        flag(LIKED, 0, (Boolean) info.get("liked"));
        flag(SHARED, 0, (Boolean) info.get("shared"));
        flag(COMMENTED, 0, (Boolean) info.get("commented"));
        flag(DOWNLOADED, 0, (Boolean) info.get("downloaded"));
        flag(HARMFUL, 0, (Boolean) info.get("harmful"));
        flag(HATED, 0, (Boolean) info.get("hated"));
        flags[END_REASON] = (byte) endReason((String) info.get("endReason")).ordinal();
    }

    private void readInfos() {
        ObservationBatch obs = vector.observations();
        for (int u = 0; u < n; u++) {
            persona[u] = vector.infos().personaIndex(u);
            clock[u] = vector.infos().clockSeconds(u);
            for (int c = 0; c < k; c++) {
                candidates[u * k + c] = obs.candidate(u, c);
            }
        }
    }

    private void keepSingle(FeedObservation o) {
        float[] v = o.vector();
        System.arraycopy(v, 0, singleFeatures, 0, dim);
        for (int c = 0; c < k; c++) {
            candidates[c] = o.candidate(c);
        }
    }

    /** Features (float32[N·dim]) then candidates (int32[N·K]) into the frame being built. */
    private Frames.Writer writeObservations() {
        float[] features = single != null ? singleFeatures : vector.observations().features();
        return out.f32(features, 0, n * dim).i32(candidates, n * k);
    }

    private int personaIndex(String name) {
        List<Persona> personas = world.personas();
        for (int i = 0; i < personas.size(); i++) {
            if (personas.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static EndReason endReason(String id) {
        for (EndReason r : EndReason.values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalStateException("unknown end reason '" + id + "'");
    }

    // ---------------------------------------------------------------- evaluate

    /** The bound every command's {@code --threads} has (a {@code ForkJoinPool}'s limit). */
    private static void checkThreads(int threads) {
        if (!ThreadsOption.inRange(threads)) {
            throw new IllegalArgumentException("threads must be in [1, " + ThreadsOption.MAX + "], got " + threads);
        }
    }

    private void evaluate(Frames.Frame f) throws IOException, ConfigException {
        JsonNode req = mapper.readTree(f.text());
        String name = req.path("name").asText(PYTHON_AGENT);
        boolean baselines = req.path("baselines").asBoolean(true);
        int threads = req.path("threads").asInt(Runtime.getRuntime().availableProcessors());
        checkThreads(threads);
        String source;
        String text;
        if (req.hasNonNull("config")) {
            source = req.get("config").asText();
            text = ConfigLoader.readText(Path.of(source));
        } else {
            source = req.path("source").asText("<dict>");
            text = req.path("configText").asText();
        }
        ObjectNode tree = (ObjectNode) ConfigLoader.readObject(mapper, source, text);
        ArrayNode agents = mapper.createArrayNode();
        if (baselines && tree.get("agents") instanceof ArrayNode given) {
            agents.addAll(given);
        }
        agents.addObject().put("type", PYTHON_AGENT).put("name", name);
        tree.set("agents", agents);
        if (req.hasNonNull("users") || req.hasNonNull("replicates")) {
            JsonNode evaluation = tree.get("evaluation");
            ObjectNode e = evaluation instanceof ObjectNode o ? o : tree.putObject("evaluation");
            if (req.hasNonNull("users")) {
                e.set("users", req.get("users"));
            }
            if (req.hasNonNull("replicates")) {
                e.set("replicates", req.get("replicates"));
            }
        }
        AtomicInteger rounds = new AtomicInteger();
        // Sequential: the runner evaluates this agent's replicates one after another, in order, on
        // this thread (see RemoteAgent), so the policy is asked the same questions in the same
        // order whatever `threads` is; the pool still steps the users of each replicate.
        AgentRegistry registry = AgentRegistry.builtIn().with(new AgentType<>(PYTHON_AGENT,
                "a Python policy acting through feedgym serve (feedgym.evaluate)", NoParameters.class,
                (p, ctx) -> new RemoteAgent(this, rounds.getAndIncrement()), null, true));
        ConfigLoader loader = new ConfigLoader(registry);
        LoadedConfig loaded = loader.parse(source, mapper.writeValueAsString(tree));
        Path dir = req.hasNonNull("out") ? Path.of(req.get("out").asText()) : null;
        Evaluated done;
        try {
            done = evaluator.evaluate(registry, loader, loaded, dir, threads);
        } catch (IOException e) {
            // The run directory's trouble (say, kept runs of another build), not the pipe's: that
            // ends the evaluation as EndOfInput. Answered as an error; the session goes on.
            throw new UncheckedIOException(e);
        }
        ObjectNode a = mapper.createObjectNode();
        a.put("directory", done.directory().toAbsolutePath().toString());
        a.put("report", done.report() == null ? null : done.report().toAbsolutePath().toString());
        a.put("table", done.table());
        a.put("agent", name);
        out.text(Frames.EVALUATED, mapper.writeValueAsString(a));
    }

    /**
     * Sends one observation batch to the Python policy and reads its actions back; called by
     * {@link RemoteAgent#act} on the evaluation's thread. The pipe carries one conversation, so
     * calls must never overlap: the {@value #PYTHON_AGENT} type is registered
     * {@link AgentType#sequential() sequential}, and a second caller while one is waiting is a
     * bug, refused here rather than left to interleave frames.
     */
    void act(int round, ObservationBatch obs, int[] into) {
        if (!acting.compareAndSet(false, true)) {
            throw new IllegalStateException("the Python policy was asked by two replicates at once");
        }
        try {
            exchange(round, obs, into);
        } finally {
            acting.set(false);
        }
    }

    private void exchange(int round, ObservationBatch obs, int[] into) {
        int users = obs.users();
        int d = obs.dimension();
        int kk = obs.candidateCount();
        int[] cand = new int[users * kk];
        byte[] active = new byte[users];
        for (int u = 0; u < users; u++) {
            active[u] = obs.active(u) ? (byte) 1 : (byte) 0;
            for (int c = 0; c < kk; c++) {
                cand[u * kk + c] = obs.candidate(u, c);
            }
        }
        Frames.Frame f;
        try {
            out.begin(Frames.ACT, 16 + 4 * users * d + 4 * users * kk + users).i32(round).i32(users).i32(d).i32(kk)
                    .f32(obs.features(), 0, users * d).i32(cand, users * kk).u8(active, users).send();
            f = in.read();
        } catch (IOException e) {
            throw new EndOfInput("the Python side went away: " + e.getMessage());
        }
        if (f == null || f.op() == Frames.CLOSE) {
            throw new EndOfInput("the Python side closed during an evaluation");
        }
        if (f.op() == Frames.ABORT) {
            throw new PolicyAborted(f.text());
        }
        if (f.op() != Frames.ACTIONS || f.body().remaining() != 4 * users) {
            throw new PolicyAborted("expected " + users + " actions from the policy, got request 0x"
                    + Integer.toHexString(f.op()) + " of " + f.body().remaining() + " bytes");
        }
        ByteBuffer b = f.body();
        for (int u = 0; u < users; u++) {
            int a = b.getInt();
            if (active[u] == 1 && (a < 0 || a >= kk)) {
                throw new PolicyAborted("the policy chose action " + a + " for user " + u
                        + "; actions must be in [0, " + kk + ")");
            }
            into[u] = a;
        }
    }

    // ---------------------------------------------------------------- bench and replay

    /**
     * The Python benchmark's loop in Java, on a fresh vector environment of the open world with
     * the same N: uniformly random actions, and every user that ended is reset on the next step
     * (next-step autoreset, by mask), and every observation is read after each step, as the Python
     * side reads it. Answers the user-steps per second.
     */
    private void bench(ByteBuffer b) throws IOException {
        requireOpen();
        if (single != null) {
            throw new IllegalStateException("bench needs a vector environment (make_vec)");
        }
        int steps = b.getInt();
        long seed = b.getLong();
        if (steps < 1) {
            throw new IllegalArgumentException("bench steps must be >= 1, got " + steps);
        }
        long userSteps = 0;
        long episodes = 0;
        long start;
        double seconds;
        try (VectorEnvironment env = world.vectorEnvironment(pool)) {
            long[] s = new long[n];
            for (int u = 0; u < n; u++) {
                s[u] = Seeds.derive(seed, "bench-user", u);
            }
            env.reset(s);
            MixRandom random = Seeds.generator(seed, "bench-actions", 0);
            int[] a = new int[n];
            boolean[] pending = new boolean[n];
            boolean[] ended = new boolean[n];
            start = System.nanoTime();
            for (int t = 0; t < steps; t++) {
                for (int u = 0; u < n; u++) {
                    a[u] = random.nextInt(k);
                }
                StepOutcomes o = env.step(a);
                boolean any = false;
                for (int u = 0; u < n; u++) {
                    if (o.shownItem(u) >= 0) {
                        userSteps++;
                    }
                    ended[u] = o.terminated(u) || o.truncated(u);
                    if (pending[u]) {
                        any = true;
                        s[u] = Seeds.derive(seed, "bench-episode", ++episodes);
                    }
                }
                if (any) {
                    env.reset(s, pending);
                }
                env.observations().features();
                boolean[] swap = pending;
                pending = ended;
                ended = swap;
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        ObjectNode a = mapper.createObjectNode();
        a.put("users", n);
        a.put("steps", steps);
        a.put("userSteps", userSteps);
        a.put("seconds", seconds);
        a.put("userStepsPerSecond", userSteps / seconds);
        a.put("threads", pool == null ? 1 : pool.getParallelism());
        out.text(Frames.BENCHED, mapper.writeValueAsString(a));
    }

    /**
     * Plays {@code actions} from {@code seed} in a fresh single-user environment of the open world,
     * apart from the session's own environment: the Java trajectory a Python one is compared with.
     */
    private void replay(ByteBuffer b) throws IOException {
        requireOpen();
        long seed = b.getLong();
        int t = b.getInt();
        int[] acts = new int[t];
        for (int i = 0; i < t; i++) {
            acts[i] = b.getInt();
        }
        Environment<FeedObservation, Integer> env = world.environment();
        float[] obs = new float[(t + 1) * dim];
        int[] cand = new int[(t + 1) * k];
        double[] rewards = new double[t];
        boolean[] terminated = new boolean[t];
        boolean[] truncated = new boolean[t];
        FeedObservation o = env.reset(seed).observation();
        System.arraycopy(o.vector(), 0, obs, 0, dim);
        System.arraycopy(o.candidates(), 0, cand, 0, k);
        int played = 0;
        while (played < t) {
            StepResult<FeedObservation> r = env.step(acts[played]);
            rewards[played] = r.reward();
            terminated[played] = r.terminated();
            truncated[played] = r.truncated();
            played++;
            System.arraycopy(r.observation().vector(), 0, obs, played * dim, dim);
            System.arraycopy(r.observation().candidates(), 0, cand, played * k, k);
            if (r.done()) {
                break;
            }
        }
        env.close();
        int body = 4 + 8 * played + 4 * (played + 1) * dim + 4 * (played + 1) * k + 2 * played;
        out.begin(Frames.REPLAYED, body).i32(played).f64(rewards, played).f32(obs, 0, (played + 1) * dim)
                .i32(cand, (played + 1) * k).u8(terminated, played).u8(truncated, played).send();
    }
}
