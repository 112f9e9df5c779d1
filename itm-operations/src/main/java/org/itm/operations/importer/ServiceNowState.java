package org.itm.operations.importer;

import java.util.Optional;
import org.itm.operations.incident.HoldReason;
import org.itm.operations.incident.IncidentState;

/**
 * The incident states of a ServiceNow event log ({@code incident_state} column) and how each maps onto this
 * module's lifecycle and SLA engine. Parse a column value with {@link #fromDisplayName(String)}.
 *
 * <p>The "Awaiting …" states are holds: they map to {@code ON_HOLD} with a reason, so an SLA definition can pause
 * its clock for some of them only ({@link org.itm.operations.sla.SlaDefinition#pauseWhenReasons()}).
 *
 * @since 0.1
 */
public enum ServiceNowState {
    /** Logged, not yet worked on. */
    NEW("New", IncidentState.NEW, "", Optional.empty()),
    /** Being worked on. */
    ACTIVE("Active", IncidentState.IN_PROGRESS, "", Optional.empty()),
    /** Being worked on, as current instances name it (Table API state 2). */
    IN_PROGRESS("In Progress", IncidentState.IN_PROGRESS, "", Optional.empty()),
    /** Waiting for the caller to answer. */
    AWAITING_USER_INFO("Awaiting User Info", IncidentState.ON_HOLD, "AWAITING_CUSTOMER",
            Optional.of(HoldReason.AWAITING_CUSTOMER)),
    /** Waiting for a supplier. */
    AWAITING_VENDOR("Awaiting Vendor", IncidentState.ON_HOLD, "AWAITING_VENDOR",
            Optional.of(HoldReason.AWAITING_VENDOR)),
    /**
     * Waiting for a problem to be fixed; the fix of a problem reaches production through a change, hence
     * {@link HoldReason#AWAITING_CHANGE} for the incident lifecycle.
     */
    AWAITING_PROBLEM("Awaiting Problem", IncidentState.ON_HOLD, "AWAITING_PROBLEM",
            Optional.of(HoldReason.AWAITING_CHANGE)),
    /** Waiting for evidence, which the caller provides, hence {@link HoldReason#AWAITING_CUSTOMER}. */
    AWAITING_EVIDENCE("Awaiting Evidence", IncidentState.ON_HOLD, "AWAITING_EVIDENCE",
            Optional.of(HoldReason.AWAITING_CUSTOMER)),
    /** Waiting for a change to be implemented (Table API hold reason "Awaiting Change"). */
    AWAITING_CHANGE("Awaiting Change", IncidentState.ON_HOLD, "AWAITING_CHANGE",
            Optional.of(HoldReason.AWAITING_CHANGE)),
    /** Resolved, waiting for closure. */
    RESOLVED("Resolved", IncidentState.RESOLVED, "", Optional.empty()),
    /** Closed. */
    CLOSED("Closed", IncidentState.CLOSED, "", Optional.empty()),
    /** Cancelled (Table API state 8). */
    CANCELED("Canceled", IncidentState.CANCELLED, "", Optional.empty());

    private final String displayName;
    private final IncidentState incidentState;
    private final String slaReason;
    private final Optional<HoldReason> holdReason;

    ServiceNowState(String displayName, IncidentState incidentState, String slaReason,
                    Optional<HoldReason> holdReason) {
        this.displayName = displayName;
        this.incidentState = incidentState;
        this.slaReason = slaReason;
        this.holdReason = holdReason;
    }

    /**
     * The state's name as ServiceNow writes it, e.g. {@code Awaiting User Info}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The corresponding state of this module's incident lifecycle.
     *
     * @return the incident state
     */
    public IncidentState incidentState() {
        return incidentState;
    }

    /**
     * The state name the SLA engine sees ({@link org.itm.operations.sla.SlaEvent#state()}).
     *
     * @return the {@link IncidentState} name
     */
    public String slaState() {
        return incidentState.name();
    }

    /**
     * The SLA event's reason: the kind of hold for the "Awaiting …" states, empty otherwise.
     *
     * @return e.g. {@code AWAITING_CUSTOMER}, or empty
     */
    public String slaReason() {
        return slaReason;
    }

    /**
     * The hold reason of this module's lifecycle; present exactly for the "Awaiting …" states.
     *
     * @return the hold reason, or empty
     */
    public Optional<HoldReason> holdReason() {
        return holdReason;
    }

    /**
     * The state with this display name (exact, as exported), or empty for anything else.
     *
     * @param name a state as exported, e.g. {@code In Progress}
     * @return the state, or empty when the name is not one of ServiceNow's
     */
    public static Optional<ServiceNowState> fromDisplayName(String name) {
        for (ServiceNowState s : values()) {
            if (s.displayName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
