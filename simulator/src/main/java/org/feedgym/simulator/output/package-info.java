/**
 * Run directories: staged in a hidden sibling directory and moved into place only when every
 * file is written, so a failed run leaves nothing half-written.
 */
package org.feedgym.simulator.output;
