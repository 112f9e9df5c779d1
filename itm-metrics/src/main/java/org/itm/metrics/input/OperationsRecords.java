package org.itm.metrics.input;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.operations.importer.IncidentTimeline;
import org.itm.operations.importer.IncidentUpdate;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentField;
import org.itm.operations.incident.IncidentState;
import org.itm.operations.importer.ServiceNowState;
import org.itm.operations.paging.OnCallPage;
import org.itm.operations.paging.PageEvent;

/**
 * Turns itm-operations' incidents (and pages) into the metrics module's records, in one place, so the KPI
 * catalog can run on live incidents and on imported ServiceNow logs alike.
 *
 * @since 0.1
 */
public final class OperationsRecords {

    private static final String UNKNOWN = "unknown";

    private OperationsRecords() {
    }

    /**
     * The metrics view of a live incident: acknowledged at its first assignment, resolved at its resolution, first
     * contact resolution when it was never reassigned.
     *
     * @param incident the itm-operations incident; a missing service, assignment group or CI reads as
     *                 {@code unknown}
     * @param slaMet whether its resolution SLA was met, as the SLA engine reported
     * @return the incident record for the incident KPIs
     */
    public static IncidentRecord incident(Incident incident, boolean slaMet) {
        Optional<Instant> acknowledged = incident.history(IncidentField.STATE).stream()
                .filter(e -> e.to().equals(IncidentState.ASSIGNED.name())).map(e -> e.at()).findFirst();
        int reopens = (int) incident.history(IncidentField.STATE).stream()
                .filter(e -> e.from().equals(IncidentState.RESOLVED.name()) && !e.to().equals(IncidentState.CLOSED.name()))
                .count();
        return new IncidentRecord(incident.id().value(), incident.service().orElse(UNKNOWN),
                incident.assignmentGroup().orElse(UNKNOWN), incident.priority(), incident.category(),
                incident.ci().orElse(UNKNOWN), incident.openedAt(), acknowledged, incident.resolvedAt(),
                incident.reassignmentCount(), reopens, slaMet, incident.reassignmentCount() == 0, incident.major());
    }

    /**
     * The metrics view of an incident imported from a ServiceNow event log, as of its latest update: priority as
     * {@code P1}–{@code P4}, the latest assignment group as team (and as service, which the log does not carry),
     * acknowledged at the first update that left the New state, SLA met as {@code made_sla} says.
     *
     * @param timeline the imported updates of one incident
     * @return the incident record for the incident KPIs; category and CI read as {@code unknown}
     */
    public static IncidentRecord incident(IncidentTimeline timeline) {
        IncidentUpdate last = timeline.lastUpdate();
        String group = last.assignmentGroup().orElse(UNKNOWN);
        Optional<Instant> acknowledged = timeline.updates().stream()
                .filter(u -> u.state() != ServiceNowState.NEW).map(IncidentUpdate::updatedAt)
                .filter(t -> !t.isBefore(timeline.openedAt())).findFirst();
        return new IncidentRecord(timeline.number(), group, group, IncidentTimeline.slaPriority(last.priority()),
                UNKNOWN, UNKNOWN, timeline.openedAt(), acknowledged,
                timeline.resolvedAt().filter(r -> !r.isBefore(timeline.openedAt())), last.reassignmentCount(),
                last.reopenCount(), last.madeSla(), last.reassignmentCount() == 0, false);
    }
    /**
     * The metrics view of a page: acknowledged at its first {@code acknowledged} event, escalated when its timeline
     * has an {@code escalated} event.
     *
     * @param page the page
     * @return the record
     */
    public static PageRecord page(OnCallPage page) {
        Checks.notNull(page, "page");
        Optional<Instant> acknowledged = page.timeline().stream().filter(e -> e.kind().equals("acknowledged"))
                .map(PageEvent::at).findFirst();
        boolean escalated = page.timeline().stream().anyMatch(e -> e.kind().equals("escalated"));
        return new PageRecord(page.id(), page.policyId(), page.triggeredAt(), acknowledged, escalated);
    }

    /**
     * The people a page notified, each once, at their first notification (levels that found nobody on call are
     * left out).
     *
     * @param page the page
     * @return the receipts in notification order
     */
    public static List<PageReceiptRecord> pageReceipts(OnCallPage page) {
        Checks.notNull(page, "page");
        Map<String, PageReceiptRecord> first = new LinkedHashMap<>();
        for (PageEvent e : page.timeline()) {
            if (e.kind().equals("notified") && !e.who().isBlank()) {
                first.putIfAbsent(e.who(), new PageReceiptRecord(page.id(), page.policyId(), e.who(), e.at()));
            }
        }
        return List.copyOf(first.values());
    }
}
