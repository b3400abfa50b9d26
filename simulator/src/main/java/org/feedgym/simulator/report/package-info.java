/**
 * The HTML report of a run directory, single run or sweep: {@code report.html}, one
 * self-contained file (inline CSS, plots as base64 PNG data URIs, no external resource) that
 * reads only files of the run directory, so it can be written again at any time with
 * {@code feedgym report DIR}.
 *
 * <p>Every text that comes from a config or from data (experiment and agent names, persona
 * names, parameter values, error messages) passes through {@link
 * org.feedgym.simulator.report.Html#escape(String)}; a Content-Security-Policy meta tag admits
 * only the report's own inline style and script (by hash) and {@code data:} images, so a
 * browser refuses anything else even if a value slipped through unescaped.
 *
 * <p>Plots are drawn with XChart in headless Java2D ({@code java.awt.headless=true}).
 */
package org.feedgym.simulator.report;
