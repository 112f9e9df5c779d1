package org.itm.examples.report;

/** One piece of content of a {@link Section}: a paragraph, key-figure tiles, a table, a chart or section links. */
public sealed interface Block permits Paragraph, Tiles, Table, Chart, Links {
}
