package org.feedgym.simulator.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.SweepTrial;
import org.feedgym.simulator.run.RunService;

/**
 * Runs trials on a fixed pool of threads in this JVM, one thread per trial, each trial writing
 * its directory through {@link RunService} (which stages it and renames it into place).
 */
public final class LocalTrialExecutor implements TrialExecutor {

    private final AgentRegistry registry;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int threads;

    /**
     * @param registry resolves the agents of each trial's config
     * @param mapper   writes the trial's JSON files
     * @param clock    start and end times of each trial's manifest
     * @param threads  trials run at once, at least 1
     */
    public LocalTrialExecutor(AgentRegistry registry, ObjectMapper mapper, Clock clock, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.registry = registry;
        this.mapper = mapper;
        this.clock = clock;
        this.threads = threads;
    }

    /**
     * A pool with the built-in agents and the system clock.
     *
     * @param threads trials run at once, at least 1
     */
    public static LocalTrialExecutor builtIn(int threads) {
        AgentRegistry registry = AgentRegistry.builtIn();
        return new LocalTrialExecutor(registry, new ConfigLoader(registry).mapper(), Clock.systemUTC(), threads);
    }

    @Override
    public String description() {
        return "local thread pool";
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public Map<String, String> execute(List<SweepTrial> trials, Path trialsDir, TrialListener listener)
            throws IOException {
        Map<String, String> failed = new TreeMap<>();
        if (trials.isEmpty()) {
            return failed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, trials.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SweepTrial t : trials) {
                futures.add(pool.submit(() -> {
                    try {
                        new RunService(registry, mapper, clock).run(t.config(), trialsDir.resolve(t.id()), 1);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        listener.finished(t.id());
                    }
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    failed.put(trials.get(i).id(), TrialExecutor.describeFailure(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for trials", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    @Override
    public void close() {
        // The pool lives for one execute call; nothing outlives it.
    }
}
