package org.itm.examples.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceDeskDayExampleTest {

    @Test
    void theShopIncidentPagesTheEngineerOnCallAndEscalatesUntilDanaAcknowledges() {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            ServiceDeskDayExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("== paging the on-call engineer of shop\n"
                + "  2026-03-26 08:55 triggered \n"
                + "  2026-03-26 08:55 notified dana\n"
                + "  2026-03-26 09:05 escalated level 1, round 0\n"
                + "  2026-03-26 09:05 notified duty-manager\n"
                + "  2026-03-26 09:10 acknowledged dana\n");
        assertThat(printed).contains("  page RESOLVED");
    }
}
