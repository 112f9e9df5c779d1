package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itm.core.embed.ItmEnvironment;
import org.itm.examples.month.MonthRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the main example's report in headless Chromium: it must load without console errors, keep every
 * section, paint into a screenshot, and at phone (390 px) and desktop (1280 px) widths neither overflow the page
 * sideways nor shrink chart labels below 9 px. Skips when Chromium is absent ({@code .ci/chromium.sh} installs it).
 */
class MonthReportInBrowserTest {

    // measures the laid-out page from inside a copy of the report whose policy also allows this one inline script;
    // the copy runs in a frame of the width under test (a headless window is at least 500 px wide) and writes
    // its finding into the outer page, which is what --dump-dom prints
    private static final String PROBE = """
            <script>
            (function () {
              var root = document.documentElement, width = root.clientWidth, offenders = [], smallest = 1e9;
              function scrolls(e) {
                for (var p = e.parentElement; p; p = p.parentElement) {
                  var o = getComputedStyle(p).overflowX;
                  if (o === 'auto' || o === 'scroll') { return true; }
                }
                return false;
              }
              document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > width + 1 && !scrolls(e) && offenders.length < 10) {
                  offenders.push(e.tagName + (e.id ? '#' + e.id : '') + ' right=' + Math.round(r.right));
                }
              });
              document.querySelectorAll('svg.chart').forEach(function (svg) {
                smallest = Math.min(smallest, 11 * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
              });
              var out = document.createElement('pre');
              out.id = 'layout-probe';
              out.textContent = 'innerWidth=' + window.innerWidth + ';scrollWidth=' + root.scrollWidth
                  + ';clientWidth=' + width + ';smallestChartFont=' + smallest.toFixed(1)
                  + ';offenders=' + offenders.join(',') + ';';
              parent.document.body.appendChild(out);
            })();
            </script>
            """;

    @BeforeAll
    static void findChromium() {
        ReportInBrowserTest.findChromium();
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void noHorizontalOverflowAndLegibleChartsAtPhoneAndDesktopWidths(int width, @TempDir Path dir) throws Exception {
        ReportInBrowserTest.requireChromium();
        Layout layout = layout(report().render(), width, dir);

        assertThat(layout.viewport()).as("viewport width").isEqualTo(width);
        assertThat(layout.offenders()).as("elements wider than the viewport outside a scrolling box").isEmpty();
        assertThat(layout.scrollWidth()).as("page width (horizontal overflow)").isLessThanOrEqualTo(layout.clientWidth());
        assertThat(layout.smallestChartFont()).as("smallest chart label size in px").isGreaterThanOrEqualTo(9.0);
    }

    @Test
    void theLayoutCheckCatchesAPageWiderThanAPhone(@TempDir Path dir) throws Exception {
        ReportInBrowserTest.requireChromium();
        String wide = report().render().replace("</main>", "<div style=\"width: 800px\">wide</div></main>");

        Layout layout = layout(wide, 390, dir);

        assertThat(layout.offenders()).contains("DIV");
        assertThat(layout.scrollWidth()).isGreaterThan(layout.clientWidth());
    }

    private record Layout(int viewport, int scrollWidth, int clientWidth, double smallestChartFont, String offenders) {
    }

    private static Layout layout(String html, int width, Path dir) throws Exception {
        assertThat(html).contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        String probed = html.replace("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'")
                .replace("</body>", PROBE + "</body>");
        Path page = dir.resolve("probe-" + width + ".html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body style=\"margin:0\">"
                + "<iframe style=\"width:" + width + "px;height:900px;border:0\" srcdoc=\""
                + probed.replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe></body></html>",
                StandardCharsets.UTF_8);

        ReportInBrowserTest.Run dom = ReportInBrowserTest.runChromium(dir, "w" + width, "--dump-dom",
                "--window-size=1400,1000", page.toUri().toString());

        assertThat(dom.exitCode()).as("chromium exit code; stderr:%n%s", dom.stderr()).isZero();
        Matcher m = Pattern.compile("innerWidth=(\\d+);scrollWidth=(\\d+);clientWidth=(\\d+);"
                + "smallestChartFont=([0-9.]+);offenders=([^;]*);").matcher(dom.stdout());
        assertThat(m.find()).as("layout probe in the DOM:%n%s", dom.stdout()).isTrue();
        return new Layout(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Double.parseDouble(m.group(4)), m.group(5));
    }

    private static HtmlReport report;

    // built once, and only when Chromium is there to look at it
    private static synchronized HtmlReport report() {
        if (report == null) {
            ItmEnvironment env = ItmEnvironment.builder()
                    .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
            report = MonthRun.execute(YearMonth.of(2026, 11), 3, env, line -> { }).report();
        }
        return report;
    }

    @Test
    void mainReportLoadsWithoutErrorsAndPaints(@TempDir Path dir) throws Exception {
        ReportInBrowserTest.requireChromium();
        HtmlReport month = report();
        Path html = month.writeTo(dir.resolve("month.html"));

        ReportInBrowserTest.Run dom = ReportInBrowserTest.runChromium(dir, "dom", "--enable-logging=stderr", "--v=0",
                "--dump-dom", html.toUri().toString());
        assertThat(dom.exitCode()).as("chromium exit code; stderr:%n%s", dom.stderr()).isZero();
        assertThat(ReportInBrowserTest.consoleProblems(dom.stderr())).as("console messages").isEmpty();
        for (Section s : month.sections()) {
            assertThat(dom.stdout()).as("section %s in the browser's DOM", s.id()).contains("id=\"" + s.id() + "\"");
        }

        Path png = dir.resolve("month.png");
        ReportInBrowserTest.Run shot = ReportInBrowserTest.runChromium(dir, "shot", "--screenshot=" + png,
                "--window-size=1280,3000", html.toUri().toString());
        assertThat(shot.exitCode()).as("chromium exit code; stderr:%n%s", shot.stderr()).isZero();
        assertThat(png).exists();
        assertThat(Files.size(png)).as("screenshot size in bytes").isGreaterThan(50_000);
    }
}
