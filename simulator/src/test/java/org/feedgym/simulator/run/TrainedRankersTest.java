package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.junit.jupiter.api.Test;

/** A ranker is trained once per run and replicate; later requests get a copy with the same progress. */
class TrainedRankersTest {

    @Test
    void aRankerIsTrainedOnceAndCopiedAfterwards() throws Exception {
        AgentRegistry registry = AgentRegistry.builtIn();
        ConfigLoader loader = new ConfigLoader(registry);
        LoadedConfig loaded = loader.parse("runs.json", TestConfigs.LEARNERS);
        World world = WorldFactory.create(loaded.config().world(), 3, null);
        ResolvedAgent dqn = loaded.agents().get(2);
        assertEquals("dqn", dqn.name());
        AtomicInteger created = new AtomicInteger();
        TrainedRankers.FreshRanker fresh = (core, context) -> {
            created.incrementAndGet();
            return registry.create(core, context);
        };
        List<Long> firstProgress = new ArrayList<>();
        List<Long> copyProgress = new ArrayList<>();
        try (TrainedRankers trained = new TrainedRankers(registry)) {
            Agent first = ready(trained, dqn, world, fresh, (s, e, ret, l, eps) -> firstProgress.add(s));
            Agent copy = ready(trained, dqn, world, fresh, (s, e, ret, l, eps) -> copyProgress.add(s));
            assertEquals(1, created.get(), "the second request loads the kept copy");
            assertNotSame(first, copy);
            assertEquals(firstProgress, copyProgress, "the copy replays the training progress");
            ready(trained, dqn, world, fresh, (s, e, ret, l, eps) -> { });
            assertEquals(1, created.get());
        }
    }

    private static Agent ready(TrainedRankers trained, ResolvedAgent spec, World world, TrainedRankers.FreshRanker fresh,
                               TrainingLog log) throws Exception {
        AgentContext context = AgentContext.of(world, 17);
        return trained.ready(spec, 0, context, fresh, new Training(world, 23, log), log);
    }
}
