/**
 * Checks of the shipped study reproductions (tagged {@code study}): each runs the shipped
 * protocol at a reduced size that still decides, and asserts the qualitative result with a
 * stated tolerance.
 */
package org.feedgym.experiments.studies;
