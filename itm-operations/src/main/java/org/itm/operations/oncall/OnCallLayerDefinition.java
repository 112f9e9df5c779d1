package org.itm.operations.oncall;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Violations;

/**
 * A layer as written in a schedule definition (see {@link OnCallScheduleDefinition}).
 *
 * @param name         unique within the schedule
 * @param zone         the zone of handoffs and restrictions; empty means the schedule's zone
 * @param members      who takes turns, in order; not empty, no repeats
 * @param start        local date-time of the first handoff
 * @param turn         {@code daily}, {@code weekly}, an ISO-8601 period of local days/weeks/months ({@code P2D},
 *                     {@code P2W}) or an ISO-8601 duration of elapsed time ({@code PT12H}); see
 *                     {@link TurnLength#parse(String)}
 * @param restrictions when the layer is active; absent or empty means always
 */
public record OnCallLayerDefinition(String name, Optional<ZoneId> zone, List<String> members, LocalDateTime start,
                                    String turn, List<Restriction> restrictions) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param name         unique within the schedule
     * @param zone         the zone of handoffs and restrictions; empty means the schedule's zone
     * @param members      who takes turns, in order; not empty, no repeats
     * @param start        local date-time of the first handoff
     * @param turn         {@code daily}, {@code weekly}, an ISO-8601 period of local days/weeks/months ({@code P2D},
     *                     {@code P2W}) or an ISO-8601 duration of elapsed time ({@code PT12H}); see {@link
     *                     TurnLength#parse(String)}
     * @param restrictions when the layer is active; absent or empty means always
     * @throws ItmValidationException naming every bad field
     */
    public OnCallLayerDefinition {
        Violations v = new Violations();
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        if (zone == null) {
            zone = Optional.empty();
        }
        if (v.require(members != null && !members.isEmpty(), "members", "must name at least one member")) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                String m = members.get(i);
                if (v.require(m != null && !m.isBlank(), "members[" + i + "]", "must not be blank")) {
                    v.require(seen.add(m), "members[" + i + "]", "repeats '" + m + "'");
                }
            }
        }
        v.require(start != null, "start", "must not be null");
        if (v.require(turn != null && !turn.isBlank(), "turn", "must not be blank")) {
            v.check("", () -> TurnLength.parse(turn));
        }
        if (restrictions == null) {
            restrictions = List.of();
        }
        for (int i = 0; i < restrictions.size(); i++) {
            v.require(restrictions.get(i) != null, "restrictions[" + i + "]", "must not be null");
        }
        v.throwIfAny();
        members = List.copyOf(members);
        restrictions = List.copyOf(restrictions);
    }

    Layer toLayer(ZoneId scheduleZone) {
        return new Layer(name, zone.orElse(scheduleZone), members, start, TurnLength.parse(turn), restrictions);
    }

    static OnCallLayerDefinition of(Layer layer, ZoneId scheduleZone) {
        return new OnCallLayerDefinition(layer.name(),
                layer.zone().equals(scheduleZone) ? Optional.empty() : Optional.of(layer.zone()), layer.members(),
                layer.start(), layer.turn().toText(), layer.restrictions());
    }
}
