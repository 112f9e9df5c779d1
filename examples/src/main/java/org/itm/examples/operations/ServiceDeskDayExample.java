package org.itm.examples.operations;

import java.time.*;
import java.util.*;
import org.itm.core.event.DomainEventPublisher;
import org.itm.core.id.IdGenerator;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.service.*;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.TimeInterval;
import org.itm.operations.alert.*;
import org.itm.operations.change.*;
import org.itm.operations.escalation.*;
import org.itm.operations.incident.*;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.paging.*;
import org.itm.operations.problem.*;
import org.itm.operations.sla.*;
import org.jspecify.annotations.Nullable;

/**
 * A day at a service desk in Berlin: alerts become an incident that pages the on-call engineer of the shop (escalating
 * to the duty manager when nobody acknowledges), its SLA breaches and escalates, a problem and a change follow.
 */
public final class ServiceDeskDayExample {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static Instant now = at("2026-03-26T08:55");

    static Instant at(String local) { return LocalDateTime.parse(local).atZone(BERLIN).toInstant(); }
    static String local(Instant t) { return t.atZone(BERLIN).toLocalDateTime().toString().replace('T', ' '); }

    public static void main(String[] args) {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() { return BERLIN; }
            @Override
            public Clock withZone(ZoneId z) { return this; }
            @Override
            public Instant instant() { return now; }
        };
        IdGenerator ids = IdGenerator.uuidV7(clock, new Random(7));
        IncidentDesk desk = IncidentDesk.create(clock, ids, PriorityPolicy.itil3x3(), IncidentRepository.inMemory(),
                DomainEventPublisher.inProcess(), Duration.ofDays(5));
        SlaEngine slas = SlaEngine.create(CalendarLookup.of(Map.of("berlin-office",
                BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        SlaDefinition resolution = SlaDefinition.builder("resolution").name("Resolution").metric(SlaMetric.RESOLUTION)
                .calendar("berlin-office").target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8))
                .target("P3", SlaTarget.businessDays(3)).pauseWhenReasons("AWAITING_CUSTOMER").build();
        RecordingNotifier notifier = RecordingNotifier.create();
        EscalationEngine escalations = EscalationEngine.create(List.of(
                EscalationRule.slaElapsed("sla-75", "resolution", 0.75).withNotify("email", "team-lead"),
                EscalationRule.slaElapsed("sla-breach", "resolution", 1.0).withLevel(2).withSeverity(Severity.CRITICAL)
                        .withNotify("pager", "duty-manager")), EscalationLedger.inMemory(), notifier);

        System.out.println("== 08:55 monitoring");
        AlertCorrelator alerts = AlertCorrelator.builder(ServiceDirectory.of(Map.of("db-1", "shop", "web-1", "shop"),
                Map.of("shop", 1), 3)).build();
        @Nullable Incident inc = null;
        @Nullable AlertAction opening = null;
        for (Alert a : List.of(Alert.firing("prometheus", "db-1/latency", Severity.CRITICAL, "db-1", now),
                Alert.firing("prometheus", "db-1/latency", Severity.CRITICAL, "db-1", now.plusSeconds(60)),
                Alert.firing("prometheus", "web-1/5xx", Severity.MAJOR, "web-1", now.plusSeconds(120)))) {
            for (AlertAction act : alerts.ingest(a)) {
                System.out.printf("  %-24s %-18s %s%n", act.kind(), act.alertKey(), act.note());
                if (act.kind() == AlertAction.Kind.OPEN_INCIDENT) {
                    opening = act;
                    inc = desk.open("Shop slow: " + a.ci(), "database/performance", 1, act.priority().equals("P1") ? 1 : 2, "monitoring");
                    inc = desk.affect(inc.id(), Optional.of("shop"), Optional.of("db-1"), "monitoring");
                }
            }
        }
        if (inc == null || opening == null) {
            throw new IllegalStateException("the alerts opened no incident");
        }
        IncidentId id = inc.id();
        System.out.println("  opened " + id + " priority " + inc.priority());

        System.out.println("== paging the on-call engineer of shop");
        OnCallSchedule rota = OnCallSchedule.fromYaml("""
                id: shop-rota
                zone: Europe/Berlin
                layers:
                  - {name: primary, members: [dana, erik], start: 2026-03-23T09:00, turn: weekly}
                """);
        Pager pager = Pager.create(Map.of("shop-pages", new EscalationPolicy("shop-pages", List.of(
                new EscalationLevel(List.of("shop-rota"), List.of(), List.of(), Duration.ofMinutes(10)),
                new EscalationLevel(List.of(), List.of("duty-manager"), List.of(), Duration.ofMinutes(20))), 0)),
                Map.of("shop-rota", rota), notifier, NotificationLedger.inMemory(), clock);
        IncidentPaging paging = IncidentPaging.create(pager, ServicePolicyDirectory.of(Map.of("shop", "shop-pages")),
                PageStore.inMemory());
        paging.onAlert(inc, opening);
        now = at("2026-03-26T09:05"); paging.evaluateAll(); // nobody acknowledged within 10 minutes

        now = at("2026-03-26T09:10"); desk.assign(id, "dba", Optional.of("dana"), "dispatcher");
        paging.acknowledge(id, "dana");
        for (PageEvent e : paging.page(id).orElseThrow().timeline()) {
            System.out.println("  " + local(e.at()) + " " + e.kind() + " " + e.who());
        }
        now = at("2026-03-26T09:15"); desk.start(id, "dana");
        now = at("2026-03-26T10:30"); desk.hold(id, HoldReason.AWAITING_VENDOR, "storage vendor ticket 4711", "dana");
        now = at("2026-03-26T12:00"); desk.resume(id, "dana");

        System.out.println("== the day, checked every 15 minutes");
        for (now = at("2026-03-26T09:00"); !now.isAfter(at("2026-03-26T16:00")); now = now.plus(Duration.ofMinutes(15))) {
            SlaTimeline timeline = IncidentSlaTimeline.of(desk.get(id), now);
            List<SlaResult> results = slas.evaluateAll(List.of(resolution), timeline, now);
            for (Escalation e : escalations.evaluate(timeline, results, now)) {
                System.out.println("  " + local(now) + " escalation " + e.ruleId() + " (level " + e.level() + "): " + e.reason());
            }
        }
        now = at("2026-03-26T16:00");
        for (AlertAction act : alerts.ingest(Alert.clear("prometheus", "db-1/latency", "db-1", now))) System.out.println("  " + act.kind());
        for (AlertAction act : alerts.ingest(Alert.clear("prometheus", "web-1/5xx", "web-1", now))) {
            System.out.println("  " + act.kind() + ": " + act.note());
            if (act.kind() == AlertAction.Kind.RESOLVE_INCIDENT) {
                desk.resolve(id, "FIXED", "failed disk replaced by vendor", "dana");
                System.out.println("  page " + paging.resolve(id, "dana").status());
            }
        }
        SlaResult r = slas.evaluate(resolution, IncidentSlaTimeline.of(desk.get(id), now), now).orElseThrow();
        System.out.println("  SLA: " + r.explanation());
        System.out.println("  notifications sent: " + notifier.received().size());

        System.out.println("== problem management");
        List<Incident> history = new ArrayList<>(List.of(desk.get(id)));
        for (String day : List.of("2026-03-20T10:00", "2026-03-23T14:00")) {
            history.add(Incident.open(new IncidentId("INC-OLD-" + day.substring(8, 10)), "DB slow", "database/io", 2, 2,
                    PriorityPolicy.itil3x3(), at(day), "alice").affect(Optional.of("shop"), Optional.of("db-1"), at(day), "alice"));
        }
        ProblemDetector detector = ProblemDetector.create(DetectionScope.CI, 3, Duration.ofDays(7));
        ProblemProposal proposal = detector.detect(history).get(0);
        System.out.println("  proposed: " + proposal.reason() + " " + proposal.incidents());
        Problem problem = Problem.fromIncidents("PRB-1", "Recurring DB latency on db-1", history, now, "pm")
                .recordRootCause(new RootCause("hardware/disk", "degraded RAID controller firmware"), now, "pm")
                .publishKnownError("move hot tables to the standby", List.of("db latency", "shop slow"), now, "pm");
        KnownErrorBase kedb = new KnownErrorBase();
        kedb.publish(problem);
        System.out.println("  known errors for 'shop slow': " + kedb.bySymptom("shop slow").stream().map(Problem::id).toList());

        System.out.println("== change management");
        RiskQuestionnaire questionnaire = RiskQuestionnaire.withThresholds(List.of(
                new RiskQuestion("backout", "Back-out tested?", Map.of("yes", 0, "no", 3)),
                new RiskQuestion("users", "Users affected?", Map.of("none", 0, "some", 2, "all", 4))), 3, 6);
        ApprovalPolicy policy = ApprovalPolicy.typical("carla", List.of("ann", "ben", "cem"), List.of("erin"));
        RiskAssessment risk = questionnaire.assess(Map.of("backout", "yes", "users", "all"));
        Change chg = Change.draft("CHG-1", "Update RAID firmware on db-1", ChangeType.NORMAL, "dana", List.of("db-1"), now)
                .assess(risk, policy.requirementFor(ChangeType.NORMAL, risk.level()), now, "carla");
        System.out.println("  risk " + risk.level() + " " + risk.contributions());
        try { chg.vote("dana", true, "", now); } catch (SegregationOfDutiesException e) { System.out.println("  refused: " + e.getMessage()); }
        chg = chg.vote("ann", true, "ok", now).vote("ben", true, "ok", now).assignImplementer("ivan", now, "carla");
        ChangeCalendar calendar = ChangeCalendar.of(List.of(new ChangeWindow("Easter freeze", ChangeWindowKind.BLACKOUT,
                new TimeInterval(at("2026-04-02T00:00"), at("2026-04-07T00:00")), Set.of())), BlackoutPolicy.REJECT);
        System.out.println("  freeze check: " + calendar.check(chg, new TimeInterval(at("2026-04-03T22:00"), at("2026-04-03T23:00"))).reasons());
        chg = calendar.schedule(chg, new TimeInterval(at("2026-03-28T22:00"), at("2026-03-29T00:00")), now, "carla");
        problem = problem.resolveBy(chg.id(), now, "pm");
        ServiceModel model = ServiceModel.builder().configurationItem(ConfigurationItem.of("db-1", "db", "DB"))
                .configurationItem(ConfigurationItem.of("web-1", "vm", "Web")).relationship(Relationship.dependsOn(new CiId("web-1"), new CiId("db-1"))).build();
        List<Collision> collisions = CollisionDetector.create(CiTopology.of(model), 1).find(List.of(ScheduledChange.of(chg),
                new ScheduledChange("CHG-2", new TimeInterval(at("2026-03-28T23:00"), at("2026-03-29T01:00")), List.of("web-1"))));
        collisions.forEach(c -> System.out.println("  collision " + c.first() + " x " + c.second() + " via " + c.ciOfFirst() + "-" + c.ciOfSecond()));
        System.out.println("  " + chg.id() + " " + chg.state() + "; problem " + problem.id() + " " + problem.state());
        // a standard change is pre-approved only within its template (here: any VM, low risk)
        StandardChangeCatalog templates = StandardChangeCatalog.fromYaml("""
                templates:
                  - {id: restart-web, description: Restart a web server, ciTypes: [vm], riskCeiling: LOW}
                """).resolvingCiTypes(model);
        Change restart = Change.standard("CHG-3", "Restart web-1", "restart-web", "dana", List.of("web-1"), now)
                .assess(questionnaire.assess(Map.of("backout", "yes", "users", "none")), policy, templates, now, "carla");
        System.out.println("  " + restart.id() + " from template restart-web: " + restart.state());
        // scheduling itself refuses a window that collides with a scheduled change on a connected CI
        ChangeCalendar guarded = ChangeCalendar.builder().windows(calendar.windows())
                .collisions(CollisionDetector.create(CiTopology.of(model), 1), CollisionPolicy.REJECT).build();
        System.out.println("  collision check: " + guarded.check(restart,
                new TimeInterval(at("2026-03-28T23:00"), at("2026-03-28T23:30")), List.of(chg)).reasons());
        restart = guarded.schedule(restart, new TimeInterval(at("2026-03-29T01:00"), at("2026-03-29T01:30")), List.of(chg),
                now, "carla").cancel("not needed after the firmware update", now, "carla");
        String ics = guarded.toICalendar(List.of(chg, restart), "example.org", now);
        System.out.println("  iCalendar: " + ics.lines().filter(l -> l.startsWith("SUMMARY") || l.startsWith("DTSTART") || l.startsWith("STATUS")).toList());

        SlaCompliance compliance = SlaCompliance.inZone(BERLIN);
        compliance.add(r, Map.of("service", "shop", "team", "dba"));
        System.out.println("== compliance " + compliance.report().overall() + " breaches " + compliance.report().breaches());
    }
}
