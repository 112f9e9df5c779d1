package org.itm.operations.oncall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Validation;
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
 * @since 0.1
 */
public record OnCallLayerDefinition(@NotBlank String name, Optional<ZoneId> zone,
                                    @NotEmpty(message = "must name at least one member")
                                    List<@NotBlank String> members,
                                    @NotNull LocalDateTime start, @NotBlank String turn,
                                    List<@NotNull Restriction> restrictions) {

    /**
     * Validates every field and reports all violations together: the annotations, then members without repeats
     * and a turn that {@link TurnLength#parse(String)} reads.
     *
     * @param name unique within the schedule
     * @param zone the zone of handoffs and restrictions; empty means the schedule's zone
     * @param members who takes turns, in order; not empty, no repeats
     * @param start local date-time of the first handoff
     * @param turn {@code daily}, {@code weekly}, an ISO-8601 period of local days/weeks/months ({@code P2D}, {@code
     *        P2W}) or an ISO-8601 duration of elapsed time ({@code PT12H}); see {@link TurnLength#parse(String)}
     * @param restrictions when the layer is active; absent or empty means always
     * @throws ItmValidationException naming every bad field, e.g. {@code members[1]} or {@code turn}
     */
    public OnCallLayerDefinition {
        if (zone == null) {
            zone = Optional.empty();
        }
        Violations v = new Violations().addAll(Validation.checkComponents(OnCallLayerDefinition.class, name, zone,
                members, start, turn, restrictions));
        if (members != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                String m = members.get(i);
                if (m != null && !m.isBlank()) {
                    v.require(seen.add(m), "members[" + i + "]", "repeats '" + m + "'");
                }
            }
        }
        if (turn != null && !turn.isBlank()) {
            v.check("", () -> TurnLength.parse(turn));
        }
        if (restrictions == null) {
            restrictions = List.of();
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
