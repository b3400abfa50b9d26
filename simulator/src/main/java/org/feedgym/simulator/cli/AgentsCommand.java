package org.feedgym.simulator.cli;

import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.AgentType;
import picocli.CommandLine.Command;

/** {@code feedgym agents}: lists the registered agent types. */
@Command(name = "agents", mixinStandardHelpOptions = true, description = "List the agent types a config can use.")
final class AgentsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (AgentType<?> t : AgentRegistry.builtIn().types().values()) {
            System.out.printf("%-20s %s%n", t.type(), t.description());
        }
        return 0;
    }
}
