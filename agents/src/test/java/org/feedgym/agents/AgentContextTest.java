package org.feedgym.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgentContextTest {

    @Test
    void theFourArgumentFormHasNoCatalog() {
        assertNull(new AgentContext(10, 100, 19, 1).catalog());
    }

    @Test
    void ofWorldCarriesTheWorldsShapeAndCatalog() {
        AgentContext c = AgentContext.of(ContractWorld.WORLD, 5);
        assertEquals(ContractWorld.WORLD.candidateCount(), c.candidateCount());
        assertEquals(ContractWorld.WORLD.observationDimension(), c.observationDimension());
        assertEquals(ContractWorld.WORLD.userFeatureCount(), c.userFeatureCount());
        assertEquals(5, c.seed());
        assertSame(ContractWorld.WORLD.catalog(), c.requireCatalog("x"));
    }

    @Test
    void requireCatalogNamesTheAgentAndTheRemedy() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AgentContext(10, 100, 19, 1).requireCatalog("topic-ucb1"));
        assertEquals("agent 'topic-ucb1' needs the item catalog: create its context with AgentContext.of(world, seed)",
                e.getMessage());
    }
}
