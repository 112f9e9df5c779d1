package org.itm.examples.month;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.itm.core.embed.ItmEnvironment;
import org.itm.examples.MonthOfItManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command run twice on one H2 file, as a user would: the second run opens the store through the
 * embedding facade again, moves on a month and compares with the figures the first run stored.
 */
class MainExampleTwoRunsTest {

    @TempDir
    Path dir;

    @Test
    void theSecondRunContinuesFromTheFiguresTheFirstStored() throws Exception {
        Path data = dir.resolve("itm-data");
        MonthOfItManagement.main(new String[] {"--data", data.toString(), "--out", dir.resolve("first.html").toString()});
        List<String> console = captured(() -> MonthOfItManagement.main(new String[] {"--data", data.toString(),
                "--out", dir.resolve("second.html").toString()}));

        assertThat(data.resolve("itm.mv.db")).exists();
        MonthFigures first;
        try (ItmEnvironment env = MonthStores.open(data, Clock.systemUTC())) {
            assertThat(MonthRun.latestStored(env)).contains(YearMonth.of(2026, 12));
            first = MonthRun.stored(env, YearMonth.of(2026, 11)).orElseThrow();
            assertThat(MonthRun.stored(env, YearMonth.of(2026, 12))).isPresent();
            // the process state, not only the figures: November's incidents are still in the store after December
            MonthState state = new MonthState(env);
            assertThat(state.incidents()).filteredOn(i -> i.id().value().startsWith("INC202611-")).hasSize(
                    (int) Math.round(first.figures().get("incidents")));
            assertThat(state.changes()).hasSize(24);
        }
        String second = Files.readString(dir.resolve("second.html"), StandardCharsets.UTF_8);
        assertThat(second).contains("IT management review — 2026-12").contains("against 2026-11")
                .contains("compared with 2026-11, stored by an earlier run");
        String firstReport = Files.readString(dir.resolve("first.html"), StandardCharsets.UTF_8);
        assertThat(firstReport).contains("No earlier month is stored yet").contains("Nothing was carried over");
        assertThat(second).containsPattern("\\d+ incidents?, \\d+ changes?, \\d+ problems? and 24 risks open from"
                + " 2026-11 were carried over");
        assertThat(console).anySatisfy(l -> assertThat(l).contains("open from 2026-11 were carried over"));
        assertThat(first.figures()).containsKey("incidents");

        // the console ends with the report's path and one line per section
        int at = console.indexOf("Report: " + dir.resolve("second.html").toAbsolutePath());
        assertThat(at).as("report path in:%n%s", String.join("\n", console)).isNotNegative();
        List<String> perSection = console.subList(at + 1, console.size());
        assertThat(perSection).hasSize(7);
        assertThat(perSection.get(0)).startsWith("  Overview: the three most urgent: ");
        assertThat(perSection.get(6)).startsWith("  Your service desk, measured: 20,769 real ServiceNow incidents");
        assertThat(console).anySatisfy(l -> assertThat(l).matches("incidents +\\d+ \\([+-]\\d+ vs 2026-11\\)|incidents +\\d+ \\(±0 vs 2026-11\\)"));
    }

    private static List<String> captured(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out.lines().toList();
    }
}
