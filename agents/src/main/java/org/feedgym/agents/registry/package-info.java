/**
 * Creates agents by registry id from JSON ({@code {"type": "random", "name": "...", ...}}):
 * each type declares a parameter record that Jackson fills strictly, so that an unknown key, a
 * wrong type or an out-of-range value is reported with its JSON path.
 */
package org.feedgym.agents.registry;
