package org.itm.risk.audit;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A filter over the log: any combination of actor, target and a half-open time range {@code [from, to)};
 * absent parts match everything. Build it with {@link #all()} and the {@code with...} methods.
 *
 * @since 0.1
 */
public record AuditQuery(Optional<String> actor, Optional<String> target, Optional<Instant> from,
                         Optional<Instant> to) {

    /**
     * Checks the components.
     *
     * @param actor  the actor to match exactly, or empty for any
     * @param target the target to match exactly, or empty for any
     * @param from   the first instant matched (inclusive), or empty for no lower bound
     * @param to     the instant at which matching stops (exclusive), or empty for no upper bound
     * @throws org.itm.core.ItmValidationException naming a null component, or {@code to} when before {@code from}
     */
    public AuditQuery {
        Checks.notNull(actor, "actor");
        Checks.notNull(target, "target");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.isPresent() && to.isPresent()) {
            Checks.require(!to.get().isBefore(from.get()), "to", "must not be before from");
        }
    }

    /** @return a query matching every entry */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param value the actor to match exactly, e.g. {@code alice}
     * @return a copy matching only that actor, other criteria unchanged
     * @throws org.itm.core.ItmValidationException naming {@code actor} when blank
     */
    public AuditQuery withActor(String value) {
        return new AuditQuery(Optional.of(Checks.notBlank(value, "actor")), target, from, to);
    }

    /**
     * @param value the target to match exactly, e.g. {@code CHG-42}
     * @return a copy matching only that target, other criteria unchanged
     * @throws org.itm.core.ItmValidationException naming {@code target} when blank
     */
    public AuditQuery withTarget(String value) {
        return new AuditQuery(actor, Optional.of(Checks.notBlank(value, "target")), from, to);
    }

    /**
     * @param start the first instant matched (inclusive)
     * @param end   the instant at which matching stops (exclusive), not before {@code start}
     * @return a copy matching entries at or after {@code start} and before {@code end}, other criteria unchanged
     * @throws org.itm.core.ItmValidationException naming {@code from} or {@code to} when null, or {@code to} when
     *                                             {@code end} is before {@code start}
     */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(actor, target, Optional.of(Checks.notNull(start, "from")),
                Optional.of(Checks.notNull(end, "to")));
    }

    /**
     * @param entry the entry to test
     * @return true when {@code entry} matches every given criterion
     */
    public boolean matches(AuditEntry entry) {
        return actor.map(a -> a.equals(entry.actor())).orElse(true)
                && target.map(t -> t.equals(entry.target())).orElse(true)
                && from.map(f -> !entry.time().isBefore(f)).orElse(true)
                && to.map(t -> entry.time().isBefore(t)).orElse(true);
    }
}
