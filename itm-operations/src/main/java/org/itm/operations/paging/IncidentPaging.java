package org.itm.operations.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.operations.alert.AlertAction;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.sla.SlaBreach;

/**
 * The paging loop for incidents: an incident born from an alert or from an SLA breach pages through the escalation
 * policy of its service, one page per incident however often it is triggered (the page id is
 * {@code incident:<id>}), kept in a {@link PageStore} so that {@link #evaluateAll()} carries on after a restart.
 * Combine with a stored {@link NotificationLedger} in the {@link Pager} to notify each level exactly once.
 *
 * @since 0.1
 */
public final class IncidentPaging {

    private static final int MAX_ATTEMPTS = 5;

    private final Pager pager;
    private final ServicePolicyDirectory directory;
    private final PageStore pages;

    private IncidentPaging(Pager pager, ServicePolicyDirectory directory, PageStore pages) {
        this.pager = pager;
        this.directory = directory;
        this.pages = pages;
    }

    /**
     * @param pager     walks the policies and notifies
     * @param directory which policy pages for which service; every policy it names must be one of the pager's
     * @param pages     where pages are kept
     * @return the paging loop
     * @throws ItmValidationException naming each null argument or each policy the pager does not know
     */
    public static IncidentPaging create(Pager pager, ServicePolicyDirectory directory, PageStore pages) {
        Violations v = new Violations();
        v.require(pager != null, "pager", "must not be null");
        v.require(directory != null, "directory", "must not be null");
        v.require(pages != null, "pages", "must not be null");
        v.throwIfAny();
        directory.policyByService().forEach((service, policy) -> v.require(pager.policyIds().contains(policy),
                "directory.policyByService." + service, "unknown policy " + policy));
        directory.fallback().ifPresent(f -> v.require(pager.policyIds().contains(f), "directory.fallback",
                "unknown policy " + f));
        v.throwIfAny();
        return new IncidentPaging(pager, directory, pages);
    }

    /**
     * @param incident an incident id
     * @return the id of the incident's page
     */
    public static String pageIdOf(IncidentId incident) {
        return "incident:" + Checks.notNull(incident, "incident").value();
    }

    /**
     * Pages for an incident opened from an alert group ({@link AlertAction.Kind#OPEN_INCIDENT}); the service is the
     * incident's, or the alert group's when the incident has none yet.
     *
     * @param incident the incident opened for the group
     * @param opened   the action that asked for it
     * @return the page (the existing one when the incident was paged before); empty if no policy covers the service
     * @throws ItmValidationException if an argument is null or the action does not open an incident
     */
    public Optional<OnCallPage> onAlert(Incident incident, AlertAction opened) {
        Checks.notNull(incident, "incident");
        Checks.notNull(opened, "opened");
        if (opened.kind() != AlertAction.Kind.OPEN_INCIDENT) {
            throw new ItmValidationException("opened.kind", "must be OPEN_INCIDENT, was " + opened.kind());
        }
        String service = incident.service().orElse(opened.service());
        return trigger(incident, service, "alert " + opened.alertKey() + " on " + service);
    }

    /**
     * Pages for an incident whose SLA was breached.
     *
     * @param incident the incident
     * @param breach   the breach of one of its SLAs
     * @return the page (the existing one when the incident was paged before); empty if the incident has no service
     *         or no policy covers it
     * @throws ItmValidationException if an argument is null or the breach is of another ticket
     */
    public Optional<OnCallPage> onSlaBreach(Incident incident, SlaBreach breach) {
        Checks.notNull(incident, "incident");
        Checks.notNull(breach, "breach");
        if (!breach.ticketId().equals(incident.id().value())) {
            throw new ItmValidationException("breach.ticketId", "is " + breach.ticketId() + ", not the incident "
                    + incident.id().value());
        }
        return incident.service().flatMap(service -> trigger(incident, service,
                "SLA " + breach.definitionId() + " breached"));
    }

    private Optional<OnCallPage> trigger(Incident incident, String service, String cause) {
        String pageId = pageIdOf(incident.id());
        Optional<OnCallPage> existing = pages.find(pageId);
        if (existing.isPresent()) {
            return existing;
        }
        Optional<String> policy = directory.policyFor(service);
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        OnCallPage page = pager.trigger(pageId, policy.get(), incident.id().value() + " [" + incident.priority()
                + "] " + incident.title() + " (" + cause + ")");
        try {
            pages.save(page);
        } catch (StaleVersionException raced) {
            // another process paged the same incident first; its page is the one (the shared ledger kept the
            // first level from being notified twice)
            return pages.find(pageId);
        }
        return Optional.of(page);
    }

    /**
     * Evaluates every stored page that is still escalating and stores what changed; call it at any cadence.
     *
     * @return the pages after evaluation, by id
     */
    public List<OnCallPage> evaluateAll() {
        List<OnCallPage> out = new ArrayList<>();
        for (OnCallPage p : pages.triggered()) {
            out.add(evaluateStored(p));
        }
        return List.copyOf(out);
    }

    /**
     * Evaluates a stored page and stores the result only over the snapshot it started from. When another process
     * changed the page in between (say, acknowledged it), what this evaluation did (notifications already sent)
     * is appended to that process's snapshot instead of overwriting it.
     */
    private OnCallPage evaluateStored(OnCallPage start) {
        OnCallPage before = start;
        OnCallPage after = pager.evaluate(before);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (after.equals(before) || pages.replace(before, after)) {
                return after;
            }
            List<PageEvent> added = after.timeline().subList(before.timeline().size(), after.timeline().size());
            OnCallPage current = pages.find(start.id()).orElseThrow(() -> new ItmValidationException("page",
                    "disappeared from the page store: " + start.id()));
            before = current;
            after = added.isEmpty() ? current : current.with(current.status(), added);
        }
        throw conflict(start.id());
    }

    /** Applies a transition to the stored page, retried on the newer snapshot when another process got there first. */
    private OnCallPage transition(IncidentId incident, UnaryOperator<OnCallPage> step) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            OnCallPage current = require(incident);
            OnCallPage next = step.apply(current);
            if (pages.replace(current, next)) {
                return next;
            }
        }
        throw conflict(pageIdOf(incident));
    }

    private static ItmException conflict(String pageId) {
        return new ItmException("page " + pageId + " kept changing under " + MAX_ATTEMPTS
                + " attempts to store it");
    }

    /**
     * @param incident the incident
     * @return its page, or empty if it was never paged
     */
    public Optional<OnCallPage> page(IncidentId incident) {
        return pages.find(pageIdOf(incident));
    }

    /**
     * Acknowledges the incident's page, which stops its escalation.
     *
     * @param incident the incident
     * @param who      who takes it
     * @return the acknowledged page
     * @throws ItmValidationException if the incident has no page
     * @throws IllegalPageTransitionException if the page is not {@code TRIGGERED}
     * @throws ItmException if other processes kept changing the page through several attempts
     */
    public OnCallPage acknowledge(IncidentId incident, String who) {
        return transition(incident, p -> pager.acknowledge(p, who));
    }

    /**
     * Resolves the incident's page, e.g. when the incident is resolved.
     *
     * @param incident the incident
     * @param who      who resolved it
     * @return the resolved page
     * @throws ItmValidationException if the incident has no page
     * @throws IllegalPageTransitionException if the page is already resolved
     * @throws ItmException if other processes kept changing the page through several attempts
     */
    public OnCallPage resolve(IncidentId incident, String who) {
        return transition(incident, p -> pager.resolve(p, who));
    }

    private OnCallPage require(IncidentId incident) {
        return pages.find(pageIdOf(incident)).orElseThrow(() -> new ItmValidationException("incident",
                "has no page: " + incident.value()));
    }
}
