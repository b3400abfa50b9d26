/**
 * The evaluation loop: fresh agents and populations per trial, every agent on the same user
 * seeds, outcomes observed by an {@link org.feedgym.simulator.run.EpisodeRecorder} listener whose
 * episodes are written, as each training run finishes, to an
 * {@link org.feedgym.simulator.run.EpisodeLog} and read back sequentially as
 * {@link org.feedgym.simulator.run.Episodes}.
 */
package org.feedgym.simulator.run;
