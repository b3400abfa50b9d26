/**
 * Dense linear algebra on plain row-major {@code double[]} arrays: the Cholesky factorisation and
 * the triangular solves that ridge regression, matrix-factorisation fold-in and non-negative least
 * squares share. Nothing here allocates; callers own the buffers, so a solve per user or per step
 * costs no garbage.
 */
package org.feedgym.env.linalg;
