/**
 * The {@code feedgym} command line: {@code run}, {@code report}, {@code validate}, {@code bench}
 * and {@code agents}. Exit codes: 0 success, 1 internal error, 2 bad input (config, arguments,
 * output directory).
 */
package org.feedgym.simulator.cli;
