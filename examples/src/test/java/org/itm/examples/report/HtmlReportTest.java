package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itm.examples.report.SvgAssertions.byClass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <b>bold</b> ]]> \u0001";

    @Test
    void everySectionIsPresentWithItsIdHeadingAndContentsLink() {
        HtmlReport report = ReportGalleryExample.sampleReport();

        Document doc = SvgAssertions.parse(report.render());

        for (Section s : report.sections()) {
            Element section = byId(doc, s.id());
            assertThat(section).as("section %s", s.id()).isNotNull();
            assertThat(section.getTagName()).isEqualTo("section");
            assertThat(section.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo(s.heading());
            assertThat(report.render()).contains("<a href=\"#" + s.id() + "\">");
        }
        assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(report.sections().size());
    }

    @Test
    void galleryHasOneSvgPerChartWithTheExpectedMarks() {
        HtmlReport report = ReportGalleryExample.sampleReport();

        Document doc = SvgAssertions.parse(report.render());

        long charts = report.sections().stream().flatMap(s -> s.blocks().stream()).filter(Chart.class::isInstance)
                .count();
        assertThat(charts).isEqualTo(7);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(7);
        assertThat(byClass(doc, "bar")).hasSize(5);
        assertThat(byClass(doc, "cell")).hasSize(25);
        assertThat(byClass(doc, "gantt-bar")).hasSize(6);
        assertThat(byClass(doc, "critical")).hasSize(2);
        assertThat(byClass(doc, "signal")).hasSize(1);
        assertThat(byClass(doc, "highlight")).hasSize(1);
        assertThat(byClass(doc, "band")).hasSize(1);
        assertThat(byClass(doc, "tile")).hasSize(4);
        // every chart id (and so every title id it derives) is unique in the page
        List<String> ids = byClass(doc, "chart").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(7).contains("operations-chart-1", "governance-chart-2");
    }

    @Test
    void theDocumentNeedsNoNetworkAndRunsNoScript() {
        String html = ReportGalleryExample.sampleReport().render();

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase(" src=")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(");
        Matcher urls = Pattern.compile("https?://[^\"' )]+").matcher(html);
        while (urls.find()) {
            assertThat(urls.group()).as("only XML namespace names may look like URLs").isEqualTo("http://www.w3.org/2000/svg");
        }
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        HtmlReport report = HtmlReport.builder().title(HOSTILE).subtitle(HOSTILE)
                .section(Section.builder("s1", HOSTILE).paragraph(HOSTILE)
                        .tiles(new Tile(HOSTILE, HOSTILE, Rag.RED, HOSTILE))
                        .table(Table.builder(HOSTILE).header(HOSTILE, "n").row(HOSTILE, 1).build())
                        .chart(BarChart.builder(HOSTILE).valueAxis(HOSTILE).bar(HOSTILE, 1).target(HOSTILE, 1).build())
                        .chart(LineChart.builder(HOSTILE).xAxis(HOSTILE).yAxis(HOSTILE)
                                .series(HOSTILE, List.of(new Point(1, 2))).threshold(HOSTILE, 2).marker(HOSTILE, 1)
                                .band(new Band(HOSTILE, List.of(new BandPoint(1, 1, 3)))).build())
                        .chart(ControlChart.builder(HOSTILE).yAxis(HOSTILE).limits(1, 2, 0).point(HOSTILE, 1).build())
                        .chart(HeatMap.builder(HOSTILE).x(HOSTILE, HOSTILE).y(HOSTILE, HOSTILE).row(1).build())
                        .chart(ScatterChart.builder(HOSTILE).xAxis(HOSTILE).yAxis(HOSTILE).candidate(HOSTILE, 1, 1)
                                .chosen(HOSTILE, 1, 1).build())
                        .chart(GanttChart.builder(HOSTILE).periods(HOSTILE).task(HOSTILE, 0, 1, true).build())
                        .build())
                .build();

        String html = report.render();

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\u0001")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        Document doc = SvgAssertions.parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"quoted\" <b>bold</b> ]]> \uFFFD");
    }

    @Test
    void renderingTwiceGivesTheSameDocument() {
        assertThat(ReportGalleryExample.sampleReport().render()).isEqualTo(ReportGalleryExample.sampleReport().render());
        HtmlReport report = ReportGalleryExample.sampleReport();
        assertThat(report.render()).isEqualTo(report.render());
    }

    @Test
    void writeToStoresTheDocumentAsUtf8AndCreatesDirectories(@TempDir Path dir) throws Exception {
        HtmlReport report = ReportGalleryExample.sampleReport();

        Path written = report.writeTo(dir.resolve("nested/out/report.html"));

        assertThat(written).isAbsolute().exists();
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(report.render());
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("—");
    }

    @Test
    void tablesRightAlignNumericColumnsAndColourStatusCells() {
        Table table = Table.builder("SLA").header("Service", "Tickets", "Cost", "Status")
                .row("Email", 1234, 1.5, Rag.RED).row("ERP", 7, Cell.number(12345.678, 2).withStatus(Rag.AMBER),
                        Rag.GREEN)
                .build();
        HtmlReport report = HtmlReport.builder().title("t").section(Section.builder("s", "S").table(table).build())
                .build();

        Document doc = SvgAssertions.parse(report.render());

        NodeList th = doc.getElementsByTagName("th");
        assertThat(((Element) th.item(0)).getAttribute("class")).isEmpty();
        assertThat(((Element) th.item(1)).getAttribute("class")).isEqualTo("num");
        assertThat(((Element) th.item(2)).getAttribute("class")).isEqualTo("num");
        NodeList td = doc.getElementsByTagName("td");
        assertThat(td.item(1).getTextContent()).isEqualTo("1,234");
        assertThat(td.item(2).getTextContent()).isEqualTo("1.5");
        assertThat(td.item(3).getTextContent()).isEqualTo("Red");
        assertThat(((Element) td.item(3)).getAttribute("style")).contains(Rag.RED.tint());
        assertThat(td.item(6).getTextContent()).isEqualTo("12,345.68");
        assertThat(((Element) td.item(6)).getAttribute("style")).contains(Rag.AMBER.tint());
    }

    @Test
    void tilesShowStatusAsWordAndColour() {
        HtmlReport report = HtmlReport.builder().title("t")
                .section(Section.builder("s", "S").tiles(new Tile("Availability", "99.95%", Rag.GREEN, "target 99.9%"),
                        Tile.of("Changes", "64", Rag.NONE)).build())
                .build();

        Document doc = SvgAssertions.parse(report.render());

        List<Element> tiles = byClass(doc, "tile");
        assertThat(tiles).hasSize(2);
        assertThat(tiles.get(0).getAttribute("class")).contains("rag-green");
        assertThat(tiles.get(0).getTextContent()).contains("Availability", "99.95%", "Green", "target 99.9%");
        assertThat(byClass(doc, "status")).hasSize(1);
    }

    @Test
    void invalidReportsAreRejectedNamingTheProperty() {
        Section a = Section.builder("a", "A").build();
        assertThatThrownBy(() -> HtmlReport.builder().section(a).section(a).build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(v -> v.path()).containsExactly("title", "sections[1].id"));
        assertThatThrownBy(() -> Section.builder("1 bad id", "x").build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> Table.builder("t").header("a", "b").row("only one").build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("rows[0]");
        assertThatThrownBy(() -> new Point(Double.NaN, 1)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("x");
        assertThatThrownBy(() -> new BandPoint(0, 5, 1)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("lower");
        assertThatThrownBy(() -> ControlChart.builder("c").limits(10, 5, 0).point("a", 1).signal(3).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("limits").hasMessageContaining("signals");
        assertThatThrownBy(() -> ControlChart.builder("c").point("a", 1).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("limits");
        assertThatThrownBy(() -> HeatMap.builder("h").x("L", "1", "2").y("I", "1").row(1).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("counts[0]");
        assertThatThrownBy(() -> HeatMap.builder("h").x("L", "1").y("I", "1").row(-1).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("counts[0][0]");
        assertThatThrownBy(() -> new HeatMap("h", "L", List.of("1"), "I", List.of("1"),
                List.of(java.util.Arrays.asList((Integer) null))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("counts[0][0]");
        assertThatThrownBy(() -> new ControlChart("c", "", List.of("a"), List.of(1.0), 1, 1, 1,
                new java.util.HashSet<>(java.util.Arrays.asList((Integer) null))))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("signals");
        assertThatThrownBy(() -> GanttChart.builder("g").periods("Q1").task("t", 0, 2, false).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("tasks[0].end");
        assertThatThrownBy(() -> GanttChart.builder("g").periods("Q1").task("t", 1, 1, false).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> BarChart.builder(" ").build()).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> BarChart.builder("b").build().toSvg("bad id"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("id");
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }
}
