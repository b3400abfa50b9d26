package org.feedgym.simulator.run;

import java.util.List;

/**
 * Every episode of one agent.
 *
 * @param name     agent name
 * @param type     agent registry type
 * @param episodes episodes in (replicate, user) order
 */
public record AgentEvaluation(String name, String type, List<EpisodeRecord> episodes) {
    public AgentEvaluation {
        episodes = List.copyOf(episodes);
    }
}
