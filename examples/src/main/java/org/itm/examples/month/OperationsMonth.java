package org.itm.examples.month;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.notify.Severity;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceModel;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.time.HolidayProvider;
import org.itm.core.time.TimeInterval;
import org.itm.examples.report.BarChart;
import org.itm.examples.report.Cell;
import org.itm.examples.report.HumanFormat;
import org.itm.examples.report.Rag;
import org.itm.examples.report.Section;
import org.itm.examples.report.Table;
import org.itm.examples.report.Tile;
import org.itm.operations.alert.Alert;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;
import org.itm.operations.change.ApprovalPolicy;
import org.itm.operations.change.ApprovalRequirement;
import org.itm.operations.change.BlackoutPolicy;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeCalendar;
import org.itm.operations.change.ChangeState;
import org.itm.operations.change.ChangeType;
import org.itm.operations.change.ChangeWindow;
import org.itm.operations.change.CiTopology;
import org.itm.operations.change.Collision;
import org.itm.operations.change.CollisionDetector;
import org.itm.operations.change.RiskAssessment;
import org.itm.operations.change.RiskQuestion;
import org.itm.operations.change.RiskQuestionnaire;
import org.itm.operations.change.ScheduleCheck;
import org.itm.operations.change.ScheduledChange;
import org.itm.operations.change.ChangeWindowKind;
import org.itm.operations.change.ClosureCode;
import org.itm.operations.escalation.Escalation;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationLedger;
import org.itm.operations.escalation.EscalationRule;
import org.itm.operations.incident.HoldReason;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.IncidentSlaTimeline;
import org.itm.operations.incident.IncidentState;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.operations.oncall.Layer;
import org.itm.operations.oncall.OnCallSchedule;
import org.itm.operations.oncall.OnCallSlot;
import org.itm.operations.oncall.ScheduleOverride;
import org.itm.operations.oncall.TurnLength;
import org.itm.operations.paging.EscalationLevel;
import org.itm.operations.paging.EscalationPolicy;
import org.itm.operations.paging.IncidentPaging;
import org.itm.operations.paging.NotificationLedger;
import org.itm.operations.paging.OnCallFairnessReport;
import org.itm.operations.paging.OnCallFairnessRow;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageStore;
import org.itm.operations.paging.Pager;
import org.itm.operations.paging.ServicePolicyDirectory;
import org.itm.operations.problem.DetectionScope;
import org.itm.operations.problem.Problem;
import org.itm.operations.problem.ProblemState;
import org.itm.operations.problem.RootCause;
import org.itm.operations.problem.ProblemDetector;
import org.itm.operations.problem.ProblemProposal;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaBreach;
import org.itm.operations.sla.ComplianceFigure;
import org.itm.operations.sla.SlaComplianceReport;
import org.itm.operations.sla.SlaCompliance;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;

/**
 * Operations for the month: generated incidents on a small service catalogue measured against business-hour SLAs
 * on a Berlin calendar with public holidays, escalations, monitoring alerts correlated into incidents, recurring
 * incidents proposed as problems, and changes through CAB approval, a freeze window and collision detection.
 *
 * @param incidents    every incident of the month, at month end
 * @param compliance   SLA compliance by service, priority, team and month, with breaches and causes
 * @param escalations  escalations fired (each notified once)
 * @param alertActions what the alert correlator did with the month's alerts
 * @param problems     problems proposed from recurring incidents
 * @param changes      changes of the month and their scheduling checks
 * @param collisions   collisions found among the scheduled changes
 * @param impact       business services affected if the shared storage array fails
 * @param resolutionMet for each incident id, whether its resolution SLA was met (as of month end)
 * @param onCall       the month's final on-call timeline of the operations rota
 * @param fairness     hours on call per person (working hours, nights, weekends, public holidays) and pages received
 * @param pages        the pages raised by breached resolution SLAs through the rota's escalation policy
 * @param carried      what the month took over, still open, from the months before it
 * @param changeRecords every change the month worked on (carried over and new), as of month end
 * @param problemRecords every problem the month worked on (carried over and new), as of month end
 */
public record OperationsMonth(List<Incident> incidents, SlaComplianceReport compliance, List<Escalation> escalations,
                              List<AlertAction> alertActions, List<ProblemProposal> problems,
                              Map<String, ScheduleCheck> changes, List<Collision> collisions, List<String> impact,
                              Map<String, Boolean> resolutionMet, List<OnCallSlot> onCall,
                              OnCallFairnessReport fairness, List<OnCallPage> pages, Carried carried,
                              List<Change> changeRecords, List<Problem> problemRecords) {

    /**
     * The operations items still open at the end of the months before, which this month continues.
     *
     * @param incidents incidents not resolved, closed or cancelled
     * @param changes   changes not closed, rejected or cancelled
     * @param problems  problems not resolved or closed
     */
    public record Carried(List<Incident> incidents, List<Change> changes, List<Problem> problems) {

        /** Nothing carried over: the first month on a store. */
        public static final Carried NONE = new Carried(List.of(), List.of(), List.of());

        public Carried {
            incidents = List.copyOf(incidents);
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }
    }

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final java.time.format.DateTimeFormatter UTC_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
    private static final String[] SERVICES = {"mail", "erp", "shop", "vpn", "portal"};
    private static final Map<String, String> TEAM = Map.of("mail", "messaging", "erp", "business-apps",
            "shop", "ecommerce", "vpn", "network", "portal", "ecommerce");
    private static final String[] CATEGORIES = {"software/bug", "software/performance", "access/login",
        "access/permissions", "network/connectivity", "hardware/failure", "data/quality", "request/how-to"};
    private static final Map<String, List<String>> CIS = Map.of("mail", List.of("mx-1", "mx-2", "mail-store"),
            "erp", List.of("erp-app", "erp-db", "erp-batch"), "shop", List.of("db-1", "web-1", "web-2", "pay-gw"),
            "vpn", List.of("vpn-gw-1", "vpn-gw-2", "radius"), "portal", List.of("portal-web", "sso"));

    /** Runs the month's operations on seeded data drawn from {@code calibration}'s distributions. */
    public static OperationsMonth run(long seed, YearMonth month, Calibration calibration) {
        return run(seed, month, calibration, Carried.NONE);
    }

    /**
     * Runs the month's operations, continuing {@code carried} (resolved, implemented or moved on during the month,
     * or still open at its end) next to the month's new incidents, changes and problems.
     */
    public static OperationsMonth run(long seed, YearMonth month, Calibration calibration, Carried carried) {
        Random rnd = new Random(seed);
        // carried items draw from their own stream, so a month's new items do not depend on what was carried
        Random carriedRnd = new Random(seed + 31);
        String tag = month.format(DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT));
        Instant monthStart = month.atDay(1).atStartOfDay(BERLIN).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant();
        BusinessCalendar office = BusinessCalendar.weekly(BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:00-18:00")
                .holidays(HolidayProvider.publicHolidays("de", "be"))
                .build();
        SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin-office", office)));
        List<SlaDefinition> slas = List.of(
                SlaDefinition.builder("resolution").name("Resolution").metric(SlaMetric.RESOLUTION)
                        .calendar("berlin-office").target("P1", SlaTarget.businessHours(4))
                        .target("P2", SlaTarget.businessHours(8)).target("P3", SlaTarget.businessDays(3))
                        .target("P4", SlaTarget.businessDays(5)).target("P5", SlaTarget.businessDays(10))
                        .pauseWhenReasons("AWAITING_CUSTOMER").build(),
                SlaDefinition.builder("response").name("Response").metric(SlaMetric.RESPONSE)
                        .calendar("berlin-office").target("P1", SlaTarget.businessTime(Duration.ofMinutes(15)))
                        .target("P2", SlaTarget.businessTime(Duration.ofMinutes(30)))
                        .target("P3", SlaTarget.businessHours(2)).target("P4", SlaTarget.businessHours(4))
                        .target("P5", SlaTarget.businessHours(8)).build());
        RecordingNotifier notifier = RecordingNotifier.create();
        EscalationEngine escalationEngine = EscalationEngine.create(List.of(
                EscalationRule.slaElapsed("resolution-75", "resolution", 0.75).withNotify("email", "team-lead"),
                EscalationRule.slaElapsed("resolution-breach", "resolution", 1.0).withLevel(2)
                        .withSeverity(Severity.CRITICAL).withNotify("pager", "duty-manager")),
                EscalationLedger.inMemory(), notifier);

        List<Incident> incidents = new ArrayList<>();
        SlaCompliance compliance = SlaCompliance.inZone(BERLIN);
        List<Escalation> escalations = new ArrayList<>();
        Map<String, Boolean> resolutionMet = new LinkedHashMap<>();
        // two faults recur this month: a CI and a category that see one more incident every working day for a
        // week, as a recurring fault does until a problem is found; everything else arrives at random
        List<String[]> faults = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            String service = SERVICES[rnd.nextInt(SERVICES.length)];
            faults.add(new String[] {service, ciOf(service, rnd), category(rnd),
                    String.valueOf(1 + 7 * f + rnd.nextInt(7))});
        }
        List<Incident> continued = new ArrayList<>();
        for (Incident open : carried.incidents()) {
            continued.add(continueLife(carriedRnd, open, monthStart, monthEnd));
        }
        for (Incident inc : continued) {
            incidents.add(inc);
            SlaTimeline timeline = IncidentSlaTimeline.of(inc);
            List<SlaResult> results = engine.evaluateAll(slas, timeline, monthEnd);
            results.forEach(r -> compliance.add(r, timeline.attributes()));
            results.stream().filter(r -> r.definitionId().equals("resolution")).findFirst()
                    .ifPresent(r -> resolutionMet.put(inc.id().value(), r.isMet()));
            escalations.addAll(escalationEngine.evaluate(timeline, results, monthEnd));
        }
        int n = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            List<String[]> arrivals = new ArrayList<>();
            for (String service : SERVICES) {
                int count = poisson(rnd, weekend ? 0.4 : service.equals("shop") ? 2.2 : 1.2);
                for (int k = 0; k < count; k++) {
                    arrivals.add(new String[] {service, ciOf(service, rnd), category(rnd)});
                }
            }
            for (String[] fault : faults) {
                int from = Integer.parseInt(fault[3]);
                if (!weekend && day.getDayOfMonth() >= from && day.getDayOfMonth() < from + 7) {
                    arrivals.add(new String[] {fault[0], fault[1], fault[2]});
                }
            }
            for (String[] a : arrivals) {
                Instant opened = day.atTime(6, 0).atZone(BERLIN).toInstant()
                        .plus(Duration.ofMinutes(rnd.nextInt(14 * 60)));
                Incident inc = lifecycle(rnd, calibration, new IncidentId(String.format(Locale.ROOT, "INC%s-%04d", tag, ++n)), a[0], a[1],
                        a[2], opened, monthEnd);
                incidents.add(inc);
                SlaTimeline timeline = IncidentSlaTimeline.of(inc);
                List<SlaResult> results = engine.evaluateAll(slas, timeline, monthEnd);
                results.forEach(r -> compliance.add(r, timeline.attributes()));
                results.stream().filter(r -> r.definitionId().equals("resolution")).findFirst()
                        .ifPresent(r -> resolutionMet.put(inc.id().value(), r.isMet()));
                escalations.addAll(escalationEngine.evaluate(timeline, results, monthEnd));
            }
        }

        // monitoring: database latency alerts on the shop's CIs, de-duplicated and correlated into incidents
        AlertCorrelator correlator = AlertCorrelator.builder(ServiceDirectory.of(
                Map.of("db-1", "shop", "web-1", "shop", "web-2", "shop", "mx-1", "mail"),
                Map.of("shop", 1, "mail", 2), 3)).build();
        List<AlertAction> alertActions = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant at = month.atDay(1 + rnd.nextInt(month.lengthOfMonth())).atStartOfDay(BERLIN).toInstant()
                    .plus(Duration.ofMinutes(rnd.nextInt(24 * 60)));
            String ci = List.of("db-1", "web-1", "web-2", "mx-1").get(rnd.nextInt(4));
            alertActions.addAll(correlator.ingest(Alert.firing("prometheus", ci + "/latency",
                    rnd.nextInt(4) == 0 ? Severity.CRITICAL : Severity.MAJOR, ci, at)));
        }

        // five incidents on one CI with one category group within a week: rare by chance, usual for a recurring fault
        List<ProblemProposal> problems = ProblemDetector.create(DetectionScope.CI, 5, Duration.ofDays(7))
                .detect(incidents);

        ServiceModel model = ServiceModel.builder()
                .configurationItem(ConfigurationItem.of("san-01", "storage", "Storage array"))
                .configurationItem(ConfigurationItem.of("db-1", "db", "Shop database"))
                .configurationItem(ConfigurationItem.of("web-1", "vm", "Shop web 1"))
                .configurationItem(ConfigurationItem.of("erp-app", "vm", "ERP application"))
                .relationship(Relationship.dependsOn(new CiId("web-1"), new CiId("db-1")))
                .relationship(Relationship.dependsOn(new CiId("db-1"), new CiId("san-01")))
                .relationship(Relationship.dependsOn(new CiId("erp-app"), new CiId("san-01")))
                .build();
        List<String> impact = model.impactOf(new CiId("san-01")).reached().stream()
                .map(e -> e.value()).sorted().toList();
        ChangesOfTheMonth changes = ChangesOfTheMonth.run(rnd, month, model, tag, carried.changes());
        OnCallOfTheMonth onCall = OnCallOfTheMonth.run(new Random(seed + 15), month, incidents,
                compliance.report().breaches(), office);
        List<Problem> problemRecords = problemRecords(carried.problems(), problems, incidents, tag, monthStart,
                monthEnd, changes.records());
        return new OperationsMonth(incidents, compliance.report(), escalations, alertActions, problems,
                changes.checks(), changes.collisions(), impact, resolutionMet, onCall.timeline(), onCall.fairness(),
                onCall.pages(), carried, changes.records(), problemRecords);
    }

    /**
     * An incident open at the end of an earlier month, worked on in this one: picked up in the first days, and
     * resolved within the month four times in five.
     */
    private static Incident continueLife(Random rnd, Incident open, Instant monthStart, Instant monthEnd) {
        Instant at = monthStart.plus(Duration.ofMinutes(60 + rnd.nextInt(3 * 24 * 60)));
        Incident inc = open;
        if (inc.state() == IncidentState.NEW) {
            inc = inc.assign("service-desk", Optional.empty(), at, "dispatcher");
            at = at.plus(Duration.ofMinutes(10));
        }
        if (inc.state() == IncidentState.ASSIGNED) {
            inc = inc.start(at, "agent");
        }
        if (inc.state() == IncidentState.ON_HOLD) {
            inc = inc.resume(at, "agent");
        } else if (inc.equals(open)) {
            inc = inc.note("picked up again after the month turned", at, "agent");
        }
        Instant resolved = at.plus(Duration.ofMinutes(30 + rnd.nextInt(10 * 24 * 60)));
        if (rnd.nextInt(5) < 4 && resolved.isBefore(monthEnd)) {
            inc = inc.resolve("FIXED", "restored service after the month turned", resolved, "agent");
        }
        return inc;
    }

    /**
     * The problem records of the month: a proposal on a CI and category with an open problem links its incidents
     * to that problem, any other opens a new one; problems carried over move on one step (a new problem gets its
     * root cause and is published as a known error; a known error is resolved by the month's first closed change
     * on its CI, if there is one).
     */
    private static List<Problem> problemRecords(List<Problem> carried, List<ProblemProposal> proposals,
                                                List<Incident> incidents, String tag, Instant monthStart,
                                                Instant monthEnd, List<Change> changes) {
        Map<String, Problem> byId = new LinkedHashMap<>();
        Instant review = monthStart.plus(Duration.ofDays(2));
        for (Problem p : carried) {
            Problem next = p;
            if (p.state() == ProblemState.KNOWN_ERROR) {
                Optional<Change> fix = changes.stream().filter(c -> c.state() == ChangeState.CLOSED
                        && p.ci().isPresent() && c.cis().contains(p.ci().get())).findFirst();
                if (fix.isPresent()) {
                    next = p.resolveBy(fix.get().id(), review, "problem-manager");
                }
            } else {
                next = p.recordRootCause(new RootCause("configuration", "traced to the CI's configuration"), review,
                        "problem-manager").publishKnownError("restart the service on " + p.ci().orElse("the CI"),
                        List.of(p.title()), review, "problem-manager");
            }
            byId.put(next.id(), next);
        }
        Map<String, Incident> incidentById = new LinkedHashMap<>();
        incidents.forEach(i -> incidentById.put(i.id().value(), i));
        int n = 0;
        for (ProblemProposal pp : proposals) {
            String title = "Recurring " + pp.category() + " on " + pp.target();
            Instant at = pp.to().isBefore(monthEnd) ? pp.to() : monthEnd.minusSeconds(1);
            Optional<Problem> open = byId.values().stream().filter(p -> p.title().equals(title)
                    && p.state() != ProblemState.RESOLVED && p.state() != ProblemState.CLOSED).findFirst();
            if (open.isPresent()) {
                Problem p = open.get();
                for (IncidentId id : pp.incidents()) {
                    if (!p.incidents().contains(id)) {
                        p = p.link(id, at, "problem-detector");
                    }
                }
                byId.put(p.id(), p);
            } else {
                Problem p = Problem.fromIncidents(String.format(Locale.ROOT, "PRB%s-%02d", tag, ++n), title,
                        pp.incidents().stream().map(id -> incidentById.get(id.value())).toList(), at, "problem-detector");
                byId.put(p.id(), p);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * The month on call: a weekly rota with a Monday 09:00 handoff and one weekend swap; every breach of a
     * resolution SLA pages the engineer on call, who answers within 0–30 minutes (after 10 the duty manager has
     * been paged too).
     */
    record OnCallOfTheMonth(List<OnCallSlot> timeline, OnCallFairnessReport fairness, List<OnCallPage> pages) {

        static OnCallOfTheMonth run(Random rnd, YearMonth month, List<Incident> incidents, List<SlaBreach> breaches,
                                    BusinessCalendar office) {
            LocalDateTime firstHandoff = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atTime(9, 0);
            LocalDate swap = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
            OnCallSchedule rota = new OnCallSchedule("ops-rota", BERLIN, List.of(new Layer("primary", BERLIN,
                    List.of("oncall-ann", "oncall-bob", "oncall-cid", "oncall-dee"), firstHandoff, TurnLength.weekly(),
                    List.of())), List.of(new ScheduleOverride("oncall-eve", TimeInterval.of(
                    swap.atTime(9, 0).atZone(BERLIN).toInstant(),
                    swap.plusDays(2).atTime(9, 0).atZone(BERLIN).toInstant()))));
            Instant[] now = {month.atDay(1).atStartOfDay(BERLIN).toInstant()};
            Clock clock = new Clock() {
                @Override
                public ZoneId getZone() { return BERLIN; }
                @Override
                public Clock withZone(ZoneId z) { return this; }
                @Override
                public Instant instant() { return now[0]; }
            };
            Pager pager = Pager.create(Map.of("ops-pages", new EscalationPolicy("ops-pages", List.of(
                    new EscalationLevel(List.of("ops-rota"), List.of(), List.of(), Duration.ofMinutes(10)),
                    new EscalationLevel(List.of(), List.of("duty-manager"), List.of(), Duration.ofMinutes(20))), 0)),
                    Map.of("ops-rota", rota), RecordingNotifier.create("pager"), NotificationLedger.inMemory(), clock);
            IncidentPaging paging = IncidentPaging.create(pager,
                    ServicePolicyDirectory.of(Map.of()).withFallback("ops-pages"), PageStore.inMemory());
            Map<String, Incident> byId = new LinkedHashMap<>();
            incidents.forEach(i -> byId.put(i.id().value(), i));
            List<OnCallPage> pages = new ArrayList<>();
            Instant monthStart = month.atDay(1).atStartOfDay(BERLIN).toInstant();
            // a carried incident that breached in an earlier month paged then; only this month's breaches page now
            breaches.stream().filter(b -> b.definitionId().equals("resolution") && !b.breachedAt().isBefore(monthStart))
                    .sorted(Comparator.comparing(SlaBreach::breachedAt)).forEach(b -> {
                        Incident inc = byId.get(b.ticketId());
                        if (inc == null) {
                            return; // not one of this month's incidents
                        }
                        now[0] = b.breachedAt();
                        paging.onSlaBreach(inc, b).ifPresent(page -> {
                            int answerAfter = rnd.nextInt(31);
                            for (int minute = 5; minute <= answerAfter; minute += 5) {
                                now[0] = b.breachedAt().plus(Duration.ofMinutes(minute));
                                paging.evaluateAll();
                            }
                            now[0] = b.breachedAt().plus(Duration.ofMinutes(answerAfter));
                            OnCallPage current = paging.page(inc.id()).orElseThrow();
                            String who = current.timeline().stream().filter(e -> e.kind().equals("notified"))
                                    .reduce((first, second) -> second).orElseThrow().who();
                            pages.add(paging.acknowledge(inc.id(), who));
                        });
                    });
            Instant from = month.atDay(1).atStartOfDay(BERLIN).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant();
            OnCallFairnessReport fairness = OnCallFairnessReport.of(rota, TimeInterval.of(from, to), office,
                    HolidayProvider.publicHolidays("de", "be"), pages);
            return new OnCallOfTheMonth(rota.timeline(from, to), fairness, List.copyOf(pages));
        }
    }

    /**
     * One incident's life, drawn from the real log's distributions: its priority (and an impact × urgency giving
     * it), its wall-clock time to resolve, how often it is reassigned and whether it is reopened. Events after
     * month end have not happened yet, so such an incident is still open in this month's figures.
     */
    private static Incident lifecycle(Random rnd, Calibration calibration, IncidentId id, String service, String ci,
                                      String category, Instant opened, Instant monthEnd) {
        String priority = calibration.priority(rnd);
        int[] impactUrgency = impactUrgency(priority, rnd);
        Incident inc = Incident.open(id, service + " " + category, category, impactUrgency[0], impactUrgency[1],
                PriorityPolicy.itil3x3(), opened, "portal")
                .affect(Optional.of(service), Optional.of(ci), opened, "portal");
        long total = Math.max(60, calibration.resolution(rnd, priority).toSeconds());
        Instant assigned = opened.plusSeconds(Math.max(1, Math.min(1800, total / 10)));
        Instant started = assigned.plusSeconds(Math.max(1, Math.min(1200, total / 10)));
        Instant resolved = opened.plusSeconds(total);
        long working = Duration.between(started, resolved).toSeconds();
        // what happens between starting and resolving, in time order: reassignments and at most one hold
        TreeMap<Instant, List<String>> events = new TreeMap<>();
        int reassignments = calibration.reassignments(rnd);
        for (int r = 1; r <= reassignments; r++) {
            events.computeIfAbsent(started.plusSeconds(working * r / (reassignments + 2)), k -> new ArrayList<>())
                    .add("reassign");
        }
        if (rnd.nextInt(5) == 0 && working > 3600) {
            long from = (long) (working * (0.1 + 0.4 * rnd.nextDouble()));
            long length = (long) (working * 0.3 * rnd.nextDouble());
            events.computeIfAbsent(started.plusSeconds(from), k -> new ArrayList<>()).add("hold");
            events.computeIfAbsent(started.plusSeconds(from + Math.max(1, length)), k -> new ArrayList<>())
                    .add("resume");
        }
        if (!assigned.isBefore(monthEnd)) {
            return inc;
        }
        inc = inc.assign("service-desk", Optional.empty(), assigned, "dispatcher");
        if (!started.isBefore(monthEnd)) {
            return inc;
        }
        inc = inc.start(started, "agent");
        String[] groups = {TEAM.get(service), "service-desk", "infrastructure", TEAM.get(service), "vendor-support"};
        int hop = 0;
        for (Map.Entry<Instant, List<String>> e : events.entrySet()) {
            if (!e.getKey().isBefore(monthEnd) || !e.getKey().isBefore(resolved)) {
                break;
            }
            for (String what : e.getValue()) {
                inc = switch (what) {
                    case "reassign" -> inc.assign(groups[hop++ % groups.length],
                            Optional.of("agent-" + (1 + rnd.nextInt(8))), e.getKey(), "dispatcher");
                    case "hold" -> inc.hold(HoldReason.AWAITING_CUSTOMER, "asked the user for details", e.getKey(),
                            "agent");
                    default -> inc.state() == IncidentState.ON_HOLD ? inc.resume(e.getKey(), "agent") : inc;
                };
            }
        }
        if (!resolved.isBefore(monthEnd)) {
            return inc;
        }
        if (inc.state() == IncidentState.ON_HOLD) {
            inc = inc.resume(resolved, "agent");
        }
        inc = inc.resolve("FIXED", "restored service", resolved, "agent");
        if (calibration.reopened(rnd)) {
            Instant reopened = resolved.plus(Duration.ofMinutes(30 + rnd.nextInt(48 * 60)));
            if (reopened.isBefore(monthEnd)) {
                inc = inc.reopen(Duration.ofDays(5), "the fault came back", reopened, "portal");
                Instant again = reopened.plusSeconds(Math.max(60, total / 4));
                if (again.isBefore(monthEnd)) {
                    inc = inc.resolve("FIXED", "fixed for good", again, "agent");
                }
            }
        }
        return inc;
    }

    /** An impact and urgency that the ITIL 3 × 3 matrix maps to {@code priority} (P1 = impact + urgency - 1). */
    private static int[] impactUrgency(String priority, Random rnd) {
        int level = Integer.parseInt(priority.substring(1));
        List<int[]> options = new ArrayList<>();
        for (int impact = 1; impact <= 3; impact++) {
            int urgency = level + 1 - impact;
            if (urgency >= 1 && urgency <= 3) {
                options.add(new int[] {impact, urgency});
            }
        }
        return options.get(rnd.nextInt(options.size()));
    }

    /** A category path; the first segment is what the problem detector compares. */
    private static String category(Random rnd) {
        return CATEGORIES[rnd.nextInt(CATEGORIES.length)];
    }

    private static String ciOf(String service, Random rnd) {
        List<String> cis = CIS.get(service);
        if (cis == null) {
            throw new IllegalArgumentException("no configuration items for service " + service + ", only "
                    + CIS.keySet());
        }
        return cis.get(rnd.nextInt(cis.size()));
    }

    private static int poisson(Random rnd, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** SLA attainment (% met) per service, in service order. */
    public Map<String, Double> attainmentByService() {
        Map<String, Double> out = new LinkedHashMap<>();
        new TreeMap<>(compliance.byService()).forEach((s, f) -> out.put(s, f.percentMet()));
        return out;
    }

    /** The operations section of the report. */
    Section section() {
        BarChart.Builder bars = BarChart.builder("SLA attainment by service (resolution and response)")
                .valueAxis("% of SLAs met").zeroBased(false);
        attainmentByService().forEach((s, pct) -> bars.bar(s, CapacityMonth.round1(pct)));
        bars.target("Target 90 %", 90);
        ComplianceFigure overall = compliance.overall();
        Table.Builder breaches = Table.builder("SLA breaches and what held the clock (first 25) — the longest state says where the"
                        + " time went: a queue state means waiting for a team, IN_PROGRESS means the fix itself took long")
                .header("Ticket", "SLA", "Priority", "Breached at (UTC)", "State at breach", "Longest state", "Overrun");
        compliance.breaches().stream().limit(25).forEach(b -> breaches.row(b.ticketId(), b.definitionId(),
                b.priority(), UTC_MINUTES.format(b.breachedAt()), b.breachState(), b.longestState(),
                Cell.figure(HumanFormat.duration(b.overrun()))));
        Table.Builder changeTable = Table.builder("Changes: scheduling checks against maintenance and freeze windows — a 'no' must be"
                        + " re-planned; the reason names the window it hit")
                .header("Change", "Allowed", "Why");
        changes.forEach((id, check) -> changeTable.row(id, check.allowed() ? "yes" : "no",
                String.join("; ", check.reasons())));
        Table.Builder collisionTable = Table.builder("Change collisions (overlapping windows on connected CIs) — each pair needs one"
                        + " change moved, or a joint back-out plan")
                .header("Change", "Collides with", "Via CIs");
        collisions.forEach(c -> collisionTable.row(c.first(), c.second(), c.ciOfFirst() + " / " + c.ciOfSecond()));
        Table.Builder problemTable = Table.builder("Problems proposed from recurring incidents — each is a CI that keeps failing the same"
                        + " way: open a problem record and look for the root cause")
                .header("CI", "Category", "Incidents", "Opened", "Within");
        problems.forEach(pp -> problemTable.row(pp.target(), pp.category(), pp.incidents().size(),
                UTC_MINUTES.format(pp.from()) + " to " + UTC_MINUTES.format(pp.to()),
                HumanFormat.duration(Duration.between(pp.from(), pp.to()))));
        long opened = alertActions.stream().filter(a -> a.kind() == AlertAction.Kind.OPEN_INCIDENT).count();
        return Section.builder("operations", "Operations: incidents, SLAs, alerts, problems and changes")
                .paragraph(incidents.size() + " incidents on " + SERVICES.length + " services, measured on a Berlin"
                        + " office calendar (Mon–Fri 08:00–18:00, public holidays of Berlin). If the storage array"
                        + " san-01 fails, these are affected: " + String.join(", ", impact) + ".")
                .tiles(new Tile("SLAs met", HumanFormat.percent(overall.percentMet()),
                                MonthRun.rag(overall.percentMet() >= 90, overall.percentMet() >= 80),
                                overall.breached() + " breached of " + overall.total()),
                        Tile.of("Escalations", String.valueOf(escalations.size()), Rag.NONE),
                        Tile.of("Alerts → incidents", alertActions.size() + " → " + opened, Rag.NONE),
                        Tile.of("Problems proposed", String.valueOf(problems.size()), Rag.NONE),
                        new Tile("Change collisions", String.valueOf(collisions.size()),
                                collisions.isEmpty() ? Rag.GREEN : Rag.AMBER, "to re-plan"))
                .chart(bars.build())
                .table(breaches.build())
                .table(problemTable.build())
                .table(changeTable.build())
                .table(collisionTable.build())
                .table(onCallTable())
                .table(fairnessTable())
                .build();
    }

    private Table onCallTable() {
        Table.Builder t = Table.builder("On call this month (rota ops-rota, handoff Monday 09:00 Berlin) — overrides show"
                        + " as a different decider; check that nobody holds two turns in a row")
                .header("From", "To", "On call", "Decided by", "Hours");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm",
                Locale.ROOT);
        for (OnCallSlot s : onCall) {
            t.row(s.interval().start().atZone(BERLIN).format(f), s.interval().end().atZone(BERLIN).format(f), s.member(),
                    s.decidedBy(), s.interval().duration().toHours());
        }
        return t.build();
    }

    private Table fairnessTable() {
        Table.Builder t = Table.builder("On-call fairness: hours on call by kind, and pages received ("
                + pages.size() + " pages from breached resolution SLAs) — compare nights, weekends and pages across"
                + " people; a large gap is next month's rota change")
                .header("Person", "Working hours", "Nights", "Weekends", "Public holidays", "Total", "Pages");
        for (OnCallFairnessRow r : fairness.rows()) {
            t.row(r.person(), r.workingHours().toHours(), r.nights().toHours(), r.weekends().toHours(),
                    r.holidays().toHours(), r.total().toHours(), r.pagesReceived());
        }
        return t.build();
    }

    /**
     * The changes of the month: assessed, approved by the CAB, checked against a freeze and scheduled; each change
     * whose window passed within the month is implemented and closed in it. Changes carried over (refused by an
     * earlier month's freeze) are planned again early in this month.
     */
    record ChangesOfTheMonth(Map<String, ScheduleCheck> checks, List<Collision> collisions, List<Change> records) {

        static ChangesOfTheMonth run(Random rnd, YearMonth month, ServiceModel model, String tag,
                                     List<Change> carried) {
            RiskQuestionnaire questionnaire = RiskQuestionnaire.withThresholds(List.of(
                    new RiskQuestion("backout", "Back-out tested?", Map.of("yes", 0, "no", 3)),
                    new RiskQuestion("users", "Users affected?", Map.of("none", 0, "some", 2, "all", 4))), 3, 6);
            ApprovalPolicy policy = ApprovalPolicy.typical("carla", List.of("ann", "ben", "cem"), List.of("erin"));
            LocalDate freezeStart = month.atEndOfMonth().minusDays(4);
            ChangeCalendar calendar = ChangeCalendar.of(List.of(new ChangeWindow("Month-end freeze",
                    ChangeWindowKind.BLACKOUT, new TimeInterval(freezeStart.atStartOfDay(BERLIN).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant()), Set.of())), BlackoutPolicy.REJECT);
            Map<String, ScheduleCheck> checks = new LinkedHashMap<>();
            List<ScheduledChange> scheduled = new ArrayList<>();
            Map<String, Change> records = new LinkedHashMap<>();
            Instant replanned = month.atDay(1).atTime(9, 0).atZone(BERLIN).toInstant();
            int k = 0;
            for (Change open : carried) {
                records.put(open.id(), open);
                if (open.state() != ChangeState.AUTHORISED && open.state() != ChangeState.SCHEDULED) {
                    continue;
                }
                Instant start = month.atDay(3 + k++).atTime(23, 0).atZone(BERLIN).toInstant();
                TimeInterval window = new TimeInterval(start, start.plus(Duration.ofHours(2)));
                ScheduleCheck check = calendar.check(open, window);
                checks.put(open.id(), check);
                if (check.allowed()) {
                    Change planned = calendar.schedule(open, window, replanned, "carla");
                    records.put(open.id(), planned);
                    scheduled.add(ScheduledChange.of(planned));
                }
            }
            String[] cis = {"db-1", "web-1", "erp-app", "san-01"};
            for (int i = 1; i <= 12; i++) {
                String id = String.format(Locale.ROOT, "CHG%s-%02d", tag, i);
                Instant created = month.atDay(1).atTime(9, 0).atZone(BERLIN).toInstant();
                String ci = cis[rnd.nextInt(cis.length)];
                RiskAssessment risk = questionnaire.assess(Map.of("backout", rnd.nextBoolean() ? "yes" : "no",
                        "users", List.of("none", "some", "all").get(rnd.nextInt(3))));
                ApprovalRequirement requirement = policy.requirementFor(ChangeType.NORMAL, risk.level());
                Change change = Change.draft(id, "Patch " + ci, ChangeType.NORMAL, "dana", List.of(ci), created)
                        .assess(risk, requirement, created, "carla");
                // the approvers this risk level calls for vote until the rule is satisfied
                for (String member : requirement.approvers()) {
                    if (change.state() == ChangeState.ASSESSED) {
                        change = change.vote(member, true, "reviewed the back-out plan", created);
                    }
                }
                change = change.assignImplementer("ivan", created, "carla");
                // the last change is planned into the freeze on purpose: the calendar must refuse it
                LocalDate day = i == 12 ? freezeStart.plusDays(1) : month.atDay(2 + 3 * ((i - 1) / 2));
                Instant start = day.atTime(22, 0).atZone(BERLIN).toInstant().plus(Duration.ofMinutes(30L * (i % 3)));
                TimeInterval window = new TimeInterval(start, start.plus(Duration.ofHours(2)));
                ScheduleCheck check = calendar.check(change, window);
                checks.put(id, check);
                if (check.allowed()) {
                    change = calendar.schedule(change, window, created, "carla");
                    scheduled.add(ScheduledChange.of(change));
                }
                records.put(id, change);
            }
            List<Collision> collisions = CollisionDetector.create(CiTopology.of(model), 2).find(scheduled);
            Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant();
            records.replaceAll((id, c) -> c.state() == ChangeState.SCHEDULED && c.window().isPresent()
                    && c.window().get().end().isBefore(monthEnd)
                    ? c.startImplementation(c.window().get().start(), "ivan")
                            .completeImplementation("deployed in its window", c.window().get().end(), "ivan")
                            .close(ClosureCode.SUCCESSFUL, "no incident followed", c.window().get().end(), "carla")
                    : c);
            return new ChangesOfTheMonth(checks, collisions, List.copyOf(records.values()));
        }
    }
}
