package org.itm.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamingServiceDeskTest {

    @Test
    void smallRunAnnouncesBreachesAndClosesDailyKpiWindows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamingServiceDesk.Summary s = StreamingServiceDesk.run(150, 7,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(s.events()).isGreaterThan(300);
        assertThat(s.breaches()).isPositive();
        assertThat(printed.lines().filter(l -> l.startsWith("BREACH ")).count()).isEqualTo(s.breaches());
        assertThat(s.kpiWindows()).isGreaterThanOrEqualTo(2);
        assertThat(printed).contains("KPI 2026-03-02 ");
    }
}
