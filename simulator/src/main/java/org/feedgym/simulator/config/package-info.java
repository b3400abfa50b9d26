/**
 * Experiment configs: strict JSON → immutable records, with errors that name the file, the JSON
 * path and the rule broken; and the resolved config (every default filled in) that each run
 * writes.
 */
package org.feedgym.simulator.config;
