/**
 * The environment checker, as Gymnasium's {@code check_env}: runs any
 * {@link org.feedgym.env.Environment} through the contract (spaces respected, determinism under a
 * seed, finite rewards and observations, consistent end flags) and reports every violation.
 */
package org.feedgym.env.check;
