/**
 * A dependency-free renderer of one self-contained HTML report (inline CSS and SVG, no scripts, nothing
 * fetched from the network). Build it with {@link org.itm.examples.report.HtmlReport#builder()}, add
 * {@link org.itm.examples.report.Section}s holding paragraphs, {@link org.itm.examples.report.Tile}s,
 * {@link org.itm.examples.report.Table}s and {@link org.itm.examples.report.Chart}s, then
 * {@link org.itm.examples.report.HtmlReport#writeTo(java.nio.file.Path)}. Output is deterministic: numbers are
 * formatted with {@link java.util.Locale#ROOT} and nothing depends on the clock.
 */
package org.itm.examples.report;
