package org.itm.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.input.OperationsRecords;
import org.itm.metrics.input.PageReceiptRecord;
import org.itm.metrics.input.PageRecord;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageEvent;
import org.itm.operations.paging.PageStatus;
import org.junit.jupiter.api.Test;

class PagingKpisTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static PageEvent ev(String local, String kind, String who) {
        return new PageEvent(at(local), kind, who, kind.equals("notified") ? "rec" : "",
                kind.equals("notified") ? "DELIVERED" : "");
    }

    private static OnCallPage page(String id, String policy, PageStatus status, PageEvent... events) {
        return new OnCallPage(id, policy, "summary", events[0].at(), status, List.of(events));
    }

    // Monday 4 May 2026 is the first day of an ISO week and falls in May
    private static final List<OnCallPage> PAGES = List.of(
            page("p1", "db", PageStatus.ACKNOWLEDGED, ev("2026-05-04T10:00", "triggered", ""),
                    ev("2026-05-04T10:00", "notified", "ann"), ev("2026-05-04T10:06", "acknowledged", "ann")),
            page("p2", "db", PageStatus.ACKNOWLEDGED, ev("2026-05-05T23:00", "triggered", ""),
                    ev("2026-05-05T23:00", "notified", "ann"), ev("2026-05-05T23:15", "escalated", "level 1, round 0"),
                    ev("2026-05-05T23:15", "notified", "lead"), ev("2026-05-05T23:20", "acknowledged", "lead")),
            page("p3", "db", PageStatus.TRIGGERED, ev("2026-05-09T12:00", "triggered", ""),
                    ev("2026-05-09T12:00", "notified", "bob"), ev("2026-05-09T12:15", "escalated", "level 1, round 0"),
                    ev("2026-05-09T12:15", "notified", "lead"), ev("2026-05-09T12:45", "escalated", "level 0, round 1"),
                    ev("2026-05-09T12:45", "notified", "bob")),
            page("p4", "web", PageStatus.RESOLVED, ev("2026-05-06T09:30", "triggered", ""),
                    ev("2026-05-06T09:30", "notified", "cid"), ev("2026-05-06T09:34", "acknowledged", "cid"),
                    ev("2026-05-06T10:00", "resolved", "cid")));

    @Test
    void pagesMapToRecordsWithTheirAcknowledgementAndEscalation() {
        assertThat(OperationsRecords.page(PAGES.get(1))).isEqualTo(new PageRecord("p2", "db",
                at("2026-05-05T23:00"), Optional.of(at("2026-05-05T23:20")), true));
        assertThat(OperationsRecords.page(PAGES.get(2)).acknowledged()).isEmpty();
        // bob is notified twice by p3 (two rounds) but received one page
        assertThat(OperationsRecords.pageReceipts(PAGES.get(2))).containsExactly(
                new PageReceiptRecord("p3", "db", "bob", at("2026-05-09T12:00")),
                new PageReceiptRecord("p3", "db", "lead", at("2026-05-09T12:15")));
    }

    @Test
    void timeToAcknowledgeEscalationRateAndOutOfHoursPagesPerPolicyAndMonth() {
        KpiResults r = KpiEngine.create(PagingKpis.pageSchema(OFFICE), PagingKpis.pageCatalog(BERLIN))
                .compute(PAGES.stream().map(OperationsRecords::page).toList());
        Map<String, String> db = Map.of("policy", "db");
        LocalDate may = LocalDate.of(2026, 5, 1);

        assertThat(r.find(PagingKpis.VOLUME, db, may).orElseThrow().value()).isEqualTo(3);
        assertThat(r.find(PagingKpis.TTA_MEAN, db, may).orElseThrow().value()).isEqualTo(13.0);
        assertThat(r.find(PagingKpis.TTA_MEDIAN, db, may).orElseThrow().value()).isEqualTo(13.0);
        assertThat(r.find(PagingKpis.ESCALATION_RATE, db, may).orElseThrow().value())
                .isCloseTo(200.0 / 3, within(1e-9));
        assertThat(r.find(PagingKpis.OUT_OF_HOURS, db, may).orElseThrow().value()).isEqualTo(2);
        assertThat(r.find(PagingKpis.OUT_OF_HOURS_SHARE, db, may).orElseThrow().value())
                .isCloseTo(200.0 / 3, within(1e-9));
        Map<String, String> web = Map.of("policy", "web");
        assertThat(r.find(PagingKpis.TTA_MEAN, web, may).orElseThrow().value()).isEqualTo(4.0);
        assertThat(r.find(PagingKpis.ESCALATION_RATE, web, may).orElseThrow().value()).isEqualTo(0.0);
    }

    @Test
    void pagesPerPersonPerWeekCountEachPageOnce() {
        List<PageReceiptRecord> receipts = new ArrayList<>();
        PAGES.forEach(p -> receipts.addAll(OperationsRecords.pageReceipts(p)));
        KpiResults r = KpiEngine.create(PagingKpis.receiptSchema(OFFICE), PagingKpis.receiptCatalog(BERLIN))
                .compute(receipts);
        LocalDate week = LocalDate.of(2026, 5, 4);

        assertThat(r.find(PagingKpis.PAGES_PER_PERSON, Map.of("person", "ann"), week).orElseThrow().value())
                .isEqualTo(2);
        assertThat(r.find(PagingKpis.PAGES_PER_PERSON, Map.of("person", "lead"), week).orElseThrow().value())
                .isEqualTo(2);
        assertThat(r.find(PagingKpis.PAGES_PER_PERSON, Map.of("person", "bob"), week).orElseThrow().value())
                .isEqualTo(1);
        assertThat(r.find(PagingKpis.OUT_OF_HOURS_PER_PERSON, Map.of("person", "ann"), week).orElseThrow()
                .value()).isEqualTo(1);
        assertThat(r.find(PagingKpis.OUT_OF_HOURS_PER_PERSON, Map.of("person", "lead"), week).orElseThrow()
                .value()).isEqualTo(2);
    }
}
