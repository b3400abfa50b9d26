/**
 * Checks of the shipped experiment configs: each validates, and the quickstart runs and shows
 * the qualitative behaviour the README describes.
 */
package org.feedgym.experiments;
