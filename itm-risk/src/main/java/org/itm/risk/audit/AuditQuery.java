package org.itm.risk.audit;

import java.time.Instant;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A filter over the log: any combination of actor, target and a half-open time range {@code [from, to)};
 * absent parts match everything. Build it with {@link #all()} and the {@code with...} methods.
 */
public record AuditQuery(Optional<String> actor, Optional<String> target, Optional<Instant> from,
                         Optional<Instant> to) {

    public AuditQuery {
        Checks.notNull(actor, "actor");
        Checks.notNull(target, "target");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.isPresent() && to.isPresent()) {
            Checks.require(!to.get().isBefore(from.get()), "to", "must not be before from");
        }
    }

    /** Matches every entry. */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AuditQuery withActor(String value) {
        return new AuditQuery(Optional.of(Checks.notBlank(value, "actor")), target, from, to);
    }

    public AuditQuery withTarget(String value) {
        return new AuditQuery(actor, Optional.of(Checks.notBlank(value, "target")), from, to);
    }

    /** Entries at or after {@code start} and before {@code end}. */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(actor, target, Optional.of(Checks.notNull(start, "from")),
                Optional.of(Checks.notNull(end, "to")));
    }

    /** True when {@code entry} matches every given criterion. */
    public boolean matches(AuditEntry entry) {
        return actor.map(a -> a.equals(entry.actor())).orElse(true)
                && target.map(t -> t.equals(entry.target())).orElse(true)
                && from.map(f -> !entry.time().isBefore(f)).orElse(true)
                && to.map(t -> entry.time().isBefore(t)).orElse(true);
    }
}
