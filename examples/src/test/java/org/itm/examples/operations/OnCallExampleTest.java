package org.itm.examples.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.itm.metrics.catalog.PagingKpis;
import org.itm.operations.paging.OnCallFairnessRow;
import org.itm.operations.paging.PageStatus;
import org.junit.jupiter.api.Test;

class OnCallExampleTest {

    @Test
    void theOnCallEngineerIsPagedAndNobodyAnsweringEscalatesToTheDutyManager() {
        OnCallExample.Result r = OnCallExample.run();

        assertThat(r.notifications()).containsExactly(
                "2026-03-28 23:50 notified ann",
                "2026-03-29 00:00 escalated level 1, round 0",
                "2026-03-29 00:00 notified duty-manager",
                "2026-03-29 00:20 escalated level 0, round 1",
                "2026-03-29 00:20 notified ann",
                "2026-03-29 00:30 escalated level 1, round 1",
                "2026-03-29 00:30 notified duty-manager",
                "2026-03-30 10:15 notified bob");
        assertThat(r.pages()).extracting(p -> p.status()).containsExactly(PageStatus.RESOLVED, PageStatus.ACKNOWLEDGED);
        assertThat(r.pages().get(0).id()).startsWith("incident:INC-");
        assertThat(r.pages().get(0).timeline()).filteredOn(e -> e.kind().equals("acknowledged"))
                .extracting(e -> e.who()).containsExactly("duty-manager");
    }

    @Test
    void theFortnightsFairnessTableAndKpisHaveTheirExactValues() {
        OnCallExample.Result r = OnCallExample.run();

        // ann's week holds the spring DST change (167 h); bob's holds Good Friday and Easter Monday morning
        assertThat(r.fairness().rows()).containsExactly(
                new OnCallFairnessRow("ann", Duration.ofHours(40), Duration.ofHours(80), Duration.ofHours(47),
                        Duration.ZERO, 1),
                new OnCallFairnessRow("bob", Duration.ofHours(32), Duration.ofHours(55), Duration.ofHours(48),
                        Duration.ofHours(33), 1),
                new OnCallFairnessRow("duty-manager", Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1));
        Map<String, String> shop = Map.of("policy", "shop-policy");
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThat(r.kpis().find(PagingKpis.TTA_MEAN, shop, march).orElseThrow().value()).isEqualTo(22.5);
        assertThat(r.kpis().find(PagingKpis.ESCALATION_RATE, shop, march).orElseThrow().value()).isEqualTo(50.0);
        assertThat(r.kpis().find(PagingKpis.OUT_OF_HOURS, shop, march).orElseThrow().value()).isEqualTo(1.0);
        assertThat(r.annCalendar()).contains("DTSTART:20260323T080000Z\r\n", "DTSTART:20260413T070000Z\r\n",
                "SUMMARY:On call: ann\r\n").doesNotContain("On call: bob");
    }

    @Test
    void theExamplePrintsTheFairnessTable() {
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            OnCallExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertThat(buffer.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("  ann               40h     80h      47h       0h     1")
                .contains("paging.escalation.rate {policy=shop-policy} = 50.0");
    }
}
