package org.feedgym.simulator.run;

import org.feedgym.simulator.output.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;

/**
 * The rankers one run has trained, kept so that each is trained once per training run: an
 * intervention around a ranker ({@code harm-filter(dqn)}), a user-side variant of it and the
 * Bubble Escape twins' second instance start from a copy of that training run instead of training
 * it again. A copy is the trained agent saved and loaded back ({@link SavableAgent}); training is
 * deterministic and a loaded agent takes exactly the saved one's actions, so a copy equals a fresh
 * training of the same ranker (same name, type, parameters and replicate, in the same world). The
 * training progress is kept too and replayed to each copy's listener. Closing deletes the copies.
 */
final class TrainedRankers implements AutoCloseable {

    private record Key(String ranker, String type, Object parameters, int replicate) { }

    /** One training episode as the ranker's training reported it. */
    private record Progress(long step, int episode, double episodeReturn, double loss, double epsilon) { }

    private record Trained(Path directory, List<Progress> progress, TrainingDivergedException diverged) { }

    private final AgentRegistry registry;
    private final ConcurrentMap<Key, CompletableFuture<Trained>> trained = new ConcurrentHashMap<>();
    private Path root;

    /** Kept rankers of one run in one world, loaded back through {@code registry}. */
    TrainedRankers(AgentRegistry registry) {
        this.registry = registry;
    }

    /**
     * The core ranker of {@code spec} for replicate {@code r}, trained: the first request trains a
     * fresh one with {@code training} and keeps a copy; later requests load that copy. Rankers that
     * do not train, or cannot be saved, are made fresh by {@code fresh} every time.
     *
     * @param fresh    makes the untrained ranker in {@code context}
     * @param training the training of the ranker's run
     * @param listener receives the training progress, replayed for a copy
     */
    Agent ready(ResolvedAgent spec, int r, AgentContext context, FreshRanker fresh,
                Training training, TrainingLog listener) throws TrainingDivergedException {
        ResolvedAgent core = spec.core();
        Key key = new Key(spec.ranker(), core.type(), core.parameters(), r);
        CompletableFuture<Trained> mine = new CompletableFuture<>();
        CompletableFuture<Trained> first = trained.putIfAbsent(key, mine);
        if (first == null) {
            Agent agent = fresh.create(core, context);
            if (!(agent instanceof TrainableAgent trainable) || !(agent instanceof SavableAgent savable)) {
                trained.remove(key);
                mine.complete(null);
                return agent;
            }
            List<Progress> progress = new ArrayList<>();
            TrainingLog recording = (step, episode, ret, loss, eps) -> {
                progress.add(new Progress(step, episode, ret, loss, eps));
                listener.record(step, episode, ret, loss, eps);
            };
            try {
                trainable.train(new Training(training.world(), training.seed(), recording));
            } catch (TrainingDivergedException e) {
                mine.complete(new Trained(null, progress, e));
                throw e;
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
            try {
                Path dir = directory(key);
                savable.save(dir);
                mine.complete(new Trained(dir, progress, null));
            } catch (IOException e) {
                mine.completeExceptionally(e);
                throw new UncheckedIOException(e);
            }
            return agent;
        }
        Trained copy = first.join();
        if (copy == null) {
            return fresh.create(core, context);
        }
        for (Progress p : copy.progress()) {
            listener.record(p.step(), p.episode(), p.episodeReturn(), p.loss(), p.epsilon());
        }
        if (copy.diverged() != null) {
            throw copy.diverged();
        }
        try {
            return registry.load(copy.directory(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Path directory(Key key) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("feedgym-trained-");
        }
        return Files.createTempDirectory(root, key.ranker().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + key.replicate()
                + "-");
    }

    @Override
    public synchronized void close() {
        if (root == null) {
            return;
        }
        try {
            Directories.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root = null;
    }

    /** Makes an untrained core ranker. */
    @FunctionalInterface
    interface FreshRanker {
        Agent create(ResolvedAgent core, AgentContext context);
    }
}
