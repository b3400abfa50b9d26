/**
 * The evaluation loop: fresh agents and populations per trial, every agent on the same user
 * seeds, outcomes observed by an {@link org.feedgym.simulator.run.EpisodeRecorder} listener.
 */
package org.feedgym.simulator.run;
