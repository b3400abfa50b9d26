package org.feedgym.simulator.study;

/**
 * What every study config has, whatever the study: the accessors of its record components
 * {@code study}, {@code name}, {@code seed} and {@code simulations} (so that Jackson writes no
 * further property into {@code config.resolved.json}).
 */
public interface StudyConfig {

    /** The study's id ({@link Study#id()}). */
    String study();

    /** Names the run directory. */
    String name();

    /** The root seed of every generator of the run. */
    Long seed();

    /** Independent simulations; the progress bar counts them. */
    Integer simulations();
}
