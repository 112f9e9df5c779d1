package org.itm.examples.report.internal;

import java.util.Locale;
import org.itm.examples.report.Block;
import org.itm.examples.report.Cell;
import org.itm.examples.report.Chart;
import org.itm.examples.report.HtmlReport;
import org.itm.examples.report.Links;
import org.itm.examples.report.Paragraph;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.examples.report.Tiles;

/**
 * Renders an {@link HtmlReport} as one HTML5 document that is also well-formed XML (every element closed,
 * every attribute quoted), so tests and tools can parse it with an XML parser.
 */
public final class HtmlRenderer {

    // The policy forbids every fetch, so a report that renders correctly provably needs no network.
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
              color: #222; background: #f4f5f7; line-height: 1.45; }
            header.report { background: #1f3b57; color: #fff; padding: 24px 32px; }
            header.report h1 { margin: 0 0 4px 0; font-size: 26px; }
            header.report p { margin: 0; opacity: 0.85; }
            nav.toc { background: #fff; border-bottom: 1px solid #dde1e6; padding: 8px 32px; font-size: 14px; }
            nav.toc a { color: #1f3b57; margin-right: 16px; text-decoration: none; }
            nav.toc a:hover { text-decoration: underline; }
            main { max-width: 1120px; margin: 0 auto; padding: 16px 32px 48px 32px; }
            section { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 8px 24px 20px 24px;
              margin: 16px 0; }
            section h2 { font-size: 20px; margin: 12px 0; border-bottom: 2px solid #1f3b57; padding-bottom: 4px; }
            .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
            .tile { flex: 1 1 180px; border: 1px solid #dde1e6; border-left: 6px solid #444; border-radius: 4px;
              padding: 10px 14px; background: #f3f4f6; }
            a.tile { color: inherit; text-decoration: none; display: block; }
            a.tile:hover, a.tile:focus { outline: 2px solid #1f3b57; }
            .tile .label { font-size: 13px; color: #555; }
            .tile .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums;
              overflow-wrap: anywhere; }
            .tile .detail { font-size: 12px; color: #555; }
            .tile .status { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; }
            ul.links { padding-left: 20px; }
            ul.links li { margin: 4px 0; }
            ul.links a { color: #1f3b57; font-weight: 600; }
            .table-wrap { max-width: 100%; overflow-x: auto; }
            table { border-collapse: collapse; margin: 12px 0; font-size: 14px; min-width: 50%; }
            caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
            th, td { border-bottom: 1px solid #e3e6ea; padding: 5px 10px; text-align: left; vertical-align: top; }
            th { background: #eef1f5; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 12px 0 16px 0; max-width: 100%; overflow-x: auto; }
            figcaption { font-weight: 600; margin-bottom: 6px; }
            svg.chart { width: 100%; max-width: 800px; height: auto; display: block; border: 1px solid #eceff2; }
            footer { text-align: center; font-size: 12px; color: #666; padding: 16px; }
            @media (max-width: 700px) {
              header.report { padding: 16px 14px; }
              header.report h1 { font-size: 21px; }
              nav.toc { padding: 6px 14px; }
              nav.toc a { display: inline-block; margin: 3px 14px 3px 0; }
              main { padding: 8px 8px 32px 8px; }
              section { padding: 6px 12px 14px 12px; }
              section h2 { font-size: 18px; }
              table { font-size: 13px; }
              /* a chart keeps at least 640 px (its 11 px labels stay above 9 px) and scrolls in its figure */
              svg.chart { min-width: 640px; }
            }
            @media print { body { background: #fff; } section { break-inside: avoid; } nav.toc { display: none; } }
            """;

    private HtmlRenderer() {
    }

    /** The document. */
    public static String render(HtmlReport report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Xml.escape(report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header class=\"report\">\n<h1>").append(Xml.escape(report.title())).append("</h1>\n");
        if (!report.subtitle().isEmpty()) {
            out.append("<p class=\"subtitle\">").append(Xml.escape(report.subtitle())).append("</p>\n");
        }
        out.append("</header>\n");
        if (!report.sections().isEmpty()) {
            out.append("<nav class=\"toc\" aria-label=\"Contents\">\n");
            for (Section s : report.sections()) {
                out.append("<a href=\"#").append(s.id()).append("\">").append(Xml.escape(s.heading()))
                        .append("</a>\n");
            }
            out.append("</nav>\n");
        }
        out.append("<main>\n");
        for (Section s : report.sections()) {
            section(out, s);
        }
        out.append("</main>\n<footer>Generated by the ITM SDK. This file is self-contained: "
                + "it loads nothing from the network.</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void section(StringBuilder out, Section s) {
        out.append("<section id=\"").append(s.id()).append("\" aria-labelledby=\"").append(s.id())
                .append("-heading\">\n<h2 id=\"").append(s.id()).append("-heading\">").append(Xml.escape(s.heading()))
                .append("</h2>\n");
        int charts = 0;
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                out.append("<p>").append(Xml.escape(p.text())).append("</p>\n");
            } else if (b instanceof Tiles t) {
                tiles(out, t);
            } else if (b instanceof Table t) {
                table(out, t);
            } else if (b instanceof Links l) {
                links(out, l);
            } else if (b instanceof Chart c) {
                charts++;
                String id = s.id() + "-chart-" + charts;
                out.append("<figure id=\"").append(id).append("-figure\">\n<figcaption>").append(Xml.escape(c.title()))
                        .append("</figcaption>\n").append(c.toSvg(id)).append("\n</figure>\n");
            }
        }
        out.append("</section>\n");
    }

    private static void links(StringBuilder out, Links links) {
        out.append("<ul class=\"links\">\n");
        for (Links.Item i : links.items()) {
            out.append("<li><a href=\"#").append(i.section()).append("\">").append(Xml.escape(i.text()))
                    .append("</a>");
            if (!i.note().isEmpty()) {
                out.append(": ").append(Xml.escape(i.note()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void tiles(StringBuilder out, Tiles tiles) {
        out.append("<div class=\"tiles\">\n");
        for (Tile t : tiles.tiles()) {
            Rag r = t.status();
            String element = t.link().isEmpty() ? "div" : "a";
            out.append('<').append(element);
            if (!t.link().isEmpty()) {
                out.append(" href=\"#").append(t.link()).append('"');
            }
            out.append(" class=\"tile rag-").append(r.name().toLowerCase(Locale.ROOT))
                    .append("\" style=\"border-left-color: ").append(r.colour()).append("; background: ")
                    .append(r.tint()).append(";\">\n<div class=\"label\">").append(Xml.escape(t.label()))
                    .append("</div>\n<div class=\"value\">").append(Xml.escape(t.value())).append("</div>\n");
            if (r != Rag.NONE) {
                out.append("<div class=\"status\" style=\"color: ").append(r.colour()).append(";\">")
                        .append(r.label()).append("</div>\n");
            }
            if (!t.detail().isEmpty()) {
                out.append("<div class=\"detail\">").append(Xml.escape(t.detail())).append("</div>\n");
            }
            out.append("</").append(element).append(">\n");
        }
        out.append("</div>\n");
    }

    private static void table(StringBuilder out, Table table) {
        // the wrapper scrolls a table wider than a phone instead of widening the page
        out.append("<div class=\"table-wrap\">\n<table>\n");
        if (!table.caption().isEmpty()) {
            out.append("<caption>").append(Xml.escape(table.caption())).append("</caption>\n");
        }
        boolean[] numeric = new boolean[table.header().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean allNumeric = !table.rows().isEmpty();
            for (var row : table.rows()) {
                allNumeric &= row.get(c).numeric();
            }
            numeric[c] = allNumeric;
        }
        out.append("<thead><tr>");
        for (int c = 0; c < numeric.length; c++) {
            out.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(Xml.escape(table.header().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            out.append("<tr>");
            for (Cell cell : row) {
                out.append("<td");
                if (cell.numeric()) {
                    out.append(" class=\"num\"");
                }
                if (cell.status() != Rag.NONE) {
                    out.append(" style=\"background: ").append(cell.status().tint()).append("; color: ")
                            .append(cell.status().colour()).append("; font-weight: 600;\"");
                }
                out.append('>').append(Xml.escape(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }
}
