/**
 * Runs FeedGym experiments: JSON config in, run directory with a reproducible record out.
 */
package org.feedgym.simulator;
