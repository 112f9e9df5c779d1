package org.itm.operations.oncall;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;

/**
 * An on-call schedule as data, as read by {@link OnCallSchedule#fromYaml} / {@link OnCallSchedule#fromJson} and
 * written by {@link OnCallSchedule#toDefinition()}. A definition that constructs always builds.
 *
 * <pre>{@code
 * id: database
 * zone: Europe/Berlin
 * layers:
 *   - name: primary
 *     members: [ann, bob, cid]
 *     start: 2026-03-23T09:00
 *     turn: weekly
 *   - name: office
 *     members: [oli]
 *     start: 2026-03-23T09:00
 *     turn: daily
 *     restrictions:
 *       - {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "09:00", to: "17:00"}
 * overrides:
 *   - {member: xena, from: 2026-12-24T18:00, to: 2026-12-27T09:00}
 * }</pre>
 *
 * @param id        identifies the schedule
 * @param zone      the schedule's zone, also the default zone of its layers and the zone of its overrides
 * @param layers    lowest first; not empty; names unique
 * @param overrides later ones win; absent means none
 * @since 0.1
 */
public record OnCallScheduleDefinition(@NotBlank String id, @NotNull ZoneId zone,
                                       @NotEmpty(message = "must hold at least one layer")
                                       List<@NotNull OnCallLayerDefinition> layers,
                                       List<@NotNull OnCallOverrideDefinition> overrides) {

    /**
     * Validates every field and reports all violations together: the annotations, then unique layer names.
     *
     * @param id identifies the schedule
     * @param zone the schedule's zone, also the default zone of its layers and the zone of its overrides
     * @param layers lowest first; not empty; names unique
     * @param overrides later ones win; absent means none
     * @throws ItmValidationException naming every bad field, e.g. {@code layers[1]} or {@code layers[2].name}
     */
    public OnCallScheduleDefinition {
        Violations v = new Violations().addAll(Validation.checkComponents(OnCallScheduleDefinition.class, id, zone,
                layers, overrides));
        if (layers != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < layers.size(); i++) {
                OnCallLayerDefinition l = layers.get(i);
                if (l != null) {
                    v.require(names.add(l.name()), "layers[" + i + "].name", "repeats '" + l.name() + "'");
                }
            }
        }
        if (overrides == null) {
            overrides = List.of();
        }
        v.throwIfAny();
        layers = List.copyOf(layers);
        overrides = List.copyOf(overrides);
    }
}
