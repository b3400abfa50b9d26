/**
 * Validation of parameter records: the one range-check helper that world configs and agent
 * parameters share, so that every message has the same form ("field must be in [lo, hi], got v").
 */
package org.feedgym.env.params;
