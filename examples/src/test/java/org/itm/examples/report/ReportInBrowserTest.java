package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample report in a real headless browser (Debian's {@code chromium}): the page must load without a
 * console message (no script errors, no request blocked by the page's no-network policy), keep every section,
 * and paint the charts into a screenshot. Skips when Chromium is not installed; {@code .ci/chromium.sh}
 * installs it. {@code -Ditm.chromium=<path>} picks another binary.
 */
class ReportInBrowserTest {

    static final long TIMEOUT_SECONDS = 90;

    static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = locateChromium().orElse(null);
    }

    @Test
    void sampleReportLoadsWithoutConsoleErrorsAndKeepsEverySection(@TempDir Path dir) throws Exception {
        requireChromium();
        HtmlReport report = ReportGalleryExample.sampleReport();
        Path html = report.writeTo(dir.resolve("report.html"));

        Run run = runChromium(dir, "dom", "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());

        assertThat(run.exitCode()).as("chromium exit code; stderr:%n%s", run.stderr()).isZero();
        assertThat(consoleProblems(run.stderr())).as("console messages while loading the report").isEmpty();
        for (Section s : report.sections()) {
            assertThat(run.stdout()).as("section %s in the browser's DOM", s.id()).contains("id=\"" + s.id() + "\"");
        }
        assertThat(run.stdout().split("<svg", -1)).as("SVG charts in the browser's DOM").hasSize(7 + 1);
    }

    @Test
    void sampleReportPaintsEveryChartIntoAScreenshot(@TempDir Path dir) throws Exception {
        requireChromium();
        Path html = ReportGalleryExample.sampleReport().writeTo(dir.resolve("report.html"));
        Path png = dir.resolve("report.png");

        Run run = runChromium(dir, "shot", "--screenshot=" + png, "--window-size=1280,4000", html.toUri().toString());

        assertThat(run.exitCode()).as("chromium exit code; stderr:%n%s", run.stderr()).isZero();
        assertThat(png).exists();
        assertThat(Files.size(png)).as("screenshot size in bytes").isGreaterThan(50_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(4000);
        // fills that only the charts use, so finding them shows the SVG was painted, not just the page chrome
        assertThat(countPixels(image, Rag.RED.colour())).as("red bars of the SLA chart").isGreaterThan(500);
        assertThat(countPixels(image, "#d9534f")).as("critical cells of the heat map").isGreaterThan(2_000);
        assertThat(countPixels(image, "#d55e00")).as("critical-path bars of the roadmap").isGreaterThan(1_000);
        assertThat(countPixels(image, "#56b4e9")).as("other bars of the roadmap").isGreaterThan(1_000);
    }

    @Test
    void consoleCheckCatchesAPageThatTriesToReachTheNetwork(@TempDir Path dir) throws Exception {
        requireChromium();
        Path html = dir.resolve("bad.html");
        String page = ReportGalleryExample.sampleReport().render()
                .replace("</main>", "<img src=\"http://example.invalid/x.png\" alt=\"\"/></main>");
        Files.writeString(html, page, StandardCharsets.UTF_8);

        Run run = runChromium(dir, "bad", "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());

        assertThat(consoleProblems(run.stderr())).as("the blocked image request is reported").isNotEmpty();
    }

    static void requireChromium() {
        assumeTrue(chromium != null, "Chromium not found (/usr/bin/chromium or chromium on PATH); skipping the "
                + "headless browser check. Install Debian's chromium with .ci/chromium.sh to run it.");
    }

    // -Ditm.chromium=/path/to/chromium picks another binary; -Ditm.chromium=none forces the skip.
    static Optional<Path> locateChromium() {
        String override = System.getProperty("itm.chromium", "");
        if (!override.isEmpty()) {
            Path p = Path.of(override);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("/usr/bin/chromium"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "chromium"));
                }
            }
        }
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** Lines of Chromium's log that report a console message or an uncaught error from the page. */
    static List<String> consoleProblems(String stderr) {
        return stderr.lines()
                .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("Refused to"))
                .toList();
    }

    static Run runChromium(Path dir, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile-" + name))));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".stdout");
        Path err = dir.resolve(name + ".stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(finished).as("chromium finished within %d s: %s", TIMEOUT_SECONDS, command).isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            destroy(process);
        }
    }

    // Chromium starts helper processes (zygote, renderer); kill them too so none outlives the test.
    static void destroy(Process process) throws InterruptedException {
        List<ProcessHandle> children;
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            children = descendants.toList();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    static long countPixels(BufferedImage image, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, want)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean close(int rgb, int want) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((want >> shift) & 0xff)) > 3) {
                return false;
            }
        }
        return true;
    }

    record Run(int exitCode, String stdout, String stderr) {
    }
}
