package org.feedgym.simulator.sweep;

/**
 * What the command line tells a sweep engine.
 *
 * @param threads trials at once for the local engine, and the default parallelism of an engine
 *                that runs in this JVM (Spark {@code local[threads]}); at least 1
 * @param master  where a cluster engine sends its tasks (Spark: {@code local[2]},
 *                {@code local[2,3]}, {@code spark://host:7077}); {@code null} for the engine's
 *                default; never blank
 */
public record EngineOptions(int threads, String master) {
    public EngineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("master must be null or not blank, got '" + master + "'");
        }
    }
}
