package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.itm.core.embed.ItmEnvironment;
import org.itm.examples.month.MonthRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the main example's report in headless Chromium: it must load without console errors, keep every
 * section and paint into a screenshot. Skips when Chromium is absent ({@code .ci/chromium.sh} installs it).
 */
class MonthReportInBrowserTest {

    @BeforeAll
    static void findChromium() {
        ReportInBrowserTest.findChromium();
    }

    @Test
    void mainReportLoadsWithoutErrorsAndPaints(@TempDir Path dir) throws Exception {
        ReportInBrowserTest.requireChromium();
        ItmEnvironment env = ItmEnvironment.builder()
                .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
        HtmlReport report = MonthRun.execute(YearMonth.of(2026, 11), 3, env, line -> { }).report();
        Path html = report.writeTo(dir.resolve("month.html"));

        ReportInBrowserTest.Run dom = ReportInBrowserTest.runChromium(dir, "dom", "--enable-logging=stderr", "--v=0",
                "--dump-dom", html.toUri().toString());
        assertThat(dom.exitCode()).as("chromium exit code; stderr:%n%s", dom.stderr()).isZero();
        assertThat(ReportInBrowserTest.consoleProblems(dom.stderr())).as("console messages").isEmpty();
        for (Section s : report.sections()) {
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
