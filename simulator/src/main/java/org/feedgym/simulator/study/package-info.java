/**
 * Reproductions of published studies with worlds of their own, each with its own JSON config
 * (top-level key {@code "study"} names which), run by {@code feedgym study CONFIG}. This package is
 * the contract only: {@link org.feedgym.simulator.study.Study} is what a study implements, and
 * {@link org.feedgym.simulator.study.StudyRegistry} finds studies by id through
 * {@link java.util.ServiceLoader}, reads their configs and writes their run directories with the
 * shared output code. The studies themselves live in the {@code studies} module
 * ({@code org.feedgym.studies}), which depends on this one.
 */
package org.feedgym.simulator.study;
