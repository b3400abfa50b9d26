package org.feedgym.simulator.sweep;

/** Thrown when {@code --engine} names an engine that is not on the classpath, or one that cannot run what was asked. */
public final class EngineUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    EngineUnavailable(String message) {
        super(message);
    }
}
