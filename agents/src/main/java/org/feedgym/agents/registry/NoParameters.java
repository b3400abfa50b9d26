package org.feedgym.agents.registry;

/** The parameter record of agents that take no parameters. */
public record NoParameters() {
}
