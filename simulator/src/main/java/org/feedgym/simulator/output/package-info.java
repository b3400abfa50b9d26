/**
 * Run directories: staged in a hidden sibling directory and moved into place only when every
 * file is written, so a failed run leaves nothing half-written. {@link org.feedgym.simulator.output.Manifest}
 * is the record {@code manifest.json} is written from and read back into.
 */
package org.feedgym.simulator.output;
