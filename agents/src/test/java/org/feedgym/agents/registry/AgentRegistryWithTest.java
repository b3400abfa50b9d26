package org.feedgym.agents.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.agents.baseline.RandomAgent;
import org.junit.jupiter.api.Test;

class AgentRegistryWithTest {

    private static AgentType<NoParameters> extra(String type) {
        return new AgentType<>(type, "a type registered for one use", NoParameters.class,
                (p, ctx) -> new RandomAgent(ctx));
    }

    @Test
    void withAddsTheTypeAndKeepsEveryBuiltInOneWithSavedLast() {
        AgentRegistry builtIn = AgentRegistry.builtIn();
        AgentRegistry extended = builtIn.with(extra("python"));
        assertTrue(extended.types().containsKey("python"));
        assertFalse(builtIn.types().containsKey("python"));
        List<String> names = List.copyOf(extended.types().keySet());
        assertEquals(AgentRegistry.SAVED, names.get(names.size() - 1));
        assertEquals(builtIn.types().size() + 1, names.size());
    }

    @Test
    void withRefusesATypeRegisteredAlready() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AgentRegistry.builtIn().with(extra(RandomAgent.TYPE)));
        assertEquals("agent type registered twice: random", e.getMessage());
    }
}
