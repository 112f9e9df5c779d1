package org.itm.examples.operations;

import java.time.*;
import java.util.*;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.HolidayProvider;
import org.itm.core.time.TimeInterval;
import org.itm.metrics.catalog.PagingKpis;
import org.itm.metrics.input.OperationsRecords;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.operations.alert.*;
import org.itm.operations.incident.*;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.paging.*;

/**
 * On call for the shop: a weekly rota read from YAML pages whoever is on call when an alert opens an incident, and
 * escalates to the duty manager when nobody acknowledges; then the fortnight's fairness table, the paging KPIs and
 * the on-call engineer's own calendar.
 */
public final class OnCallExample {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String ROTA = """
            id: shop-rota
            zone: Europe/Berlin
            layers:
              - name: primary
                members: [ann, bob, cid]
                start: 2026-03-23T09:00
                turn: weekly
            """;

    /** What the run produced, for the example's test. */
    public record Result(List<OnCallPage> pages, List<String> notifications, OnCallFairnessReport fairness,
                         KpiResults kpis, String annCalendar) {
    }

    static Instant at(String local) { return LocalDateTime.parse(local).atZone(BERLIN).toInstant(); }
    static String local(Instant t) { return t.atZone(BERLIN).toLocalDateTime().toString().replace('T', ' '); }

    public static void main(String[] args) {
        Result r = run();
        System.out.println("== notifications");
        r.notifications().forEach(n -> System.out.println("  " + n));
        System.out.println("== pages");
        r.pages().forEach(p -> System.out.println("  " + p.id() + " " + p.status() + ": " + p.summary()));
        System.out.println("== fairness " + r.fairness().period().start() + " - " + r.fairness().period().end());
        System.out.printf("  %-13s %7s %7s %8s %8s %5s%n", "person", "working", "nights", "weekends", "holidays", "pages");
        for (OnCallFairnessRow row : r.fairness().rows()) {
            System.out.printf("  %-13s %6dh %6dh %7dh %7dh %5d%n", row.person(), row.workingHours().toHours(),
                    row.nights().toHours(), row.weekends().toHours(), row.holidays().toHours(), row.pagesReceived());
        }
        System.out.println("== KPIs");
        r.kpis().values().forEach(k -> System.out.println("  " + k.kpiId() + " " + k.dimensions() + " = " + k.value()));
        System.out.println("== ann's calendar: " + r.annCalendar().lines().filter(l -> l.startsWith("DTSTART")).toList());
    }

    public static Result run() {
        Instant[] now = {at("2026-03-28T23:50")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() { return BERLIN; }
            @Override
            public Clock withZone(ZoneId z) { return this; }
            @Override
            public Instant instant() { return now[0]; }
        };
        OnCallSchedule rota = OnCallSchedule.fromYaml(ROTA);
        EscalationPolicy shopPolicy = new EscalationPolicy("shop-policy", List.of(
                new EscalationLevel(List.of("shop-rota"), List.of(), List.of(), Duration.ofMinutes(10)),
                new EscalationLevel(List.of(), List.of("duty-manager"), List.of(), Duration.ofMinutes(20))), 1);
        RecordingNotifier notifier = RecordingNotifier.create("pager");
        DocumentStore store = DocumentStores.inMemory();
        Pager pager = Pager.create(Map.of("shop-policy", shopPolicy), Map.of("shop-rota", rota), notifier,
                NotificationLedger.stored(store), clock);
        IncidentPaging paging = IncidentPaging.create(pager, ServicePolicyDirectory.of(Map.of("shop", "shop-policy")),
                PageStore.stored(store));
        IncidentDesk desk = IncidentDesk.create(clock, IdGenerator.uuidV7(clock, new Random(15)),
                PriorityPolicy.itil3x3(), IncidentRepository.inMemory(), DomainEventPublisher.inProcess(),
                Duration.ofDays(5));
        AlertCorrelator alerts = AlertCorrelator.builder(ServiceDirectory.of(Map.of("db-1", "shop", "web-1", "shop"),
                Map.of("shop", 1), 3)).build();

        // Saturday night, ten minutes before the clocks go forward: nobody answers until the duty manager does
        IncidentId night = raise(alerts, desk, paging, Alert.firing("prometheus", "db-1/down", Severity.CRITICAL,
                "db-1", now[0]));
        for (int minute = 1; minute <= 45; minute++) {
            now[0] = at("2026-03-28T23:50").plus(Duration.ofMinutes(minute));
            paging.evaluateAll();
            if (minute == 42) {
                paging.acknowledge(night, "duty-manager");
            }
        }
        now[0] = at("2026-03-29T04:00");
        paging.resolve(night, "duty-manager");

        // Monday morning after the handoff: bob is on call and answers within three minutes
        now[0] = at("2026-03-30T10:15");
        IncidentId morning = raise(alerts, desk, paging, Alert.firing("prometheus", "web-1/5xx", Severity.MAJOR,
                "web-1", now[0]));
        now[0] = at("2026-03-30T10:18");
        paging.evaluateAll();
        paging.acknowledge(morning, "bob");

        List<OnCallPage> pages = List.of(paging.page(night).orElseThrow(), paging.page(morning).orElseThrow());
        List<String> notifications = new ArrayList<>();
        for (OnCallPage p : pages) {
            p.timeline().stream().filter(e -> e.kind().equals("notified") || e.kind().equals("escalated"))
                    .forEach(e -> notifications.add(local(e.at()) + " " + e.kind() + " " + e.who()));
        }
        BusinessCalendar office = BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));
        OnCallFairnessReport fairness = OnCallFairnessReport.of(rota, TimeInterval.of(at("2026-03-23T09:00"),
                at("2026-04-06T09:00")), office, HolidayProvider.publicHolidays("de", "be"), pages);
        KpiResults kpis = KpiEngine.create(PagingKpis.pageSchema(office), PagingKpis.pageCatalog(BERLIN))
                .compute(pages.stream().map(OperationsRecords::page).toList());
        String ics = rota.toICalendar("ann", at("2026-03-23T00:00"), at("2026-04-20T00:00"), "example.org",
                at("2026-03-30T10:20"));
        return new Result(pages, notifications, fairness, kpis, ics);
    }

    private static IncidentId raise(AlertCorrelator alerts, IncidentDesk desk, IncidentPaging paging, Alert alert) {
        for (AlertAction act : alerts.ingest(alert)) {
            if (act.kind() == AlertAction.Kind.OPEN_INCIDENT) {
                Incident inc = desk.open(alert.ci() + " alert " + alert.deduplicationKey(), "availability", 1, 1, "monitoring");
                inc = desk.affect(inc.id(), Optional.of(act.service()), Optional.of(alert.ci()), "monitoring");
                paging.onAlert(inc, act);
                return inc.id();
            }
        }
        throw new IllegalStateException("the alert opened no incident");
    }
}
