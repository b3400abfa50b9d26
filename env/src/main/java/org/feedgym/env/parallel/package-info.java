/**
 * Splitting per-user work of a population over a thread pool in fixed chunks, so that what each
 * user gets never depends on how many threads there are.
 */
package org.feedgym.env.parallel;
