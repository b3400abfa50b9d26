/**
 * Baseline policies: uniform random, most popular candidate, the myopic engagement maximiser
 * and the oracle (both privileged).
 */
package org.feedgym.agents.baseline;
