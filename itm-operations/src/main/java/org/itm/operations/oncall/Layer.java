package org.itm.operations.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Violations;

/**
 * One layer of a schedule: members take turns in order from {@code start}, handing off at the local wall-clock
 * time of {@code start} in {@code zone}, and the layer has someone only inside its restrictions (always, when
 * there are none).
 *
 * @param name         unique within the schedule; explains decisions
 * @param zone         the zone of handoffs and restrictions
 * @param members      who takes turns, in order; not empty; copied
 * @param start        local date-time of the first handoff; the layer has nobody before it
 * @param turn         how long each turn lasts
 * @param restrictions when the layer is active; empty means always; copied
 * @since 0.1
 */
public record Layer(String name, ZoneId zone, List<String> members, LocalDateTime start, TurnLength turn,
                    List<Restriction> restrictions) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param name         unique within the schedule; explains decisions
     * @param zone         the zone of handoffs and restrictions
     * @param members      who takes turns, in order; not empty; copied
     * @param start        local date-time of the first handoff; the layer has nobody before it
     * @param turn         how long each turn lasts
     * @param restrictions when the layer is active; empty means always; copied
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public Layer {
        Violations v = new Violations();
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(zone != null, "zone", "must not be null");
        v.require(members != null && !members.isEmpty(), "members", "must name at least one member");
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                v.require(members.get(i) != null && !members.get(i).isBlank(), "members[" + i + "]",
                        "must not be blank");
            }
        }
        v.require(start != null, "start", "must not be null");
        v.require(turn != null, "turn", "must not be null");
        v.require(restrictions != null, "restrictions", "must not be null (use an empty list)");
        v.throwIfAny();
        members = List.copyOf(members);
        restrictions = List.copyOf(restrictions);
    }

    /** @return the instant of the first handoff */
    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    /**
     * @param k turn index, 0 for the first
     * @return the instant turn {@code k} begins
     */
    Instant turnStart(long k) {
        if (turn.isCalendar()) {
            return start.plus(turn.period().multipliedBy(Math.toIntExact(k))).atZone(zone).toInstant();
        }
        return startInstant().plus(turn.duration().multipliedBy(k));
    }

    /** The index of the turn containing {@code t}, which must not be before the start. */
    long turnIndex(Instant t) {
        long k = Math.max(0, (t.getEpochSecond() - startInstant().getEpochSecond()) / turn.approximateSeconds());
        while (k > 0 && turnStart(k).isAfter(t)) {
            k--;
        }
        while (!turnStart(k + 1).isAfter(t)) {
            k++;
        }
        return k;
    }

    /**
     * @param t an instant
     * @return the member this layer has at {@code t}, or empty before the start or outside the restrictions
     */
    public Optional<String> memberAt(Instant t) {
        if (t.isBefore(startInstant())) {
            return Optional.empty();
        }
        if (!restrictions.isEmpty()) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            if (restrictions.stream().noneMatch(r -> r.isActive(local))) {
                return Optional.empty();
            }
        }
        return Optional.of(members.get((int) (turnIndex(t) % members.size())));
    }
}
