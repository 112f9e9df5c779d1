package org.itm.operations.oncall;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.ItmValidationException;
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
 */
public record OnCallScheduleDefinition(String id, ZoneId zone, List<OnCallLayerDefinition> layers,
                                       List<OnCallOverrideDefinition> overrides) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param id        identifies the schedule
     * @param zone      the schedule's zone, also the default zone of its layers and the zone of its overrides
     * @param layers    lowest first; not empty; names unique
     * @param overrides later ones win; absent means none
     * @throws ItmValidationException naming every bad field
     */
    public OnCallScheduleDefinition {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(zone != null, "zone", "must not be null");
        if (v.require(layers != null && !layers.isEmpty(), "layers", "must hold at least one layer")) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < layers.size(); i++) {
                OnCallLayerDefinition l = layers.get(i);
                if (v.require(l != null, "layers[" + i + "]", "must not be null")) {
                    v.require(names.add(l.name()), "layers[" + i + "].name", "repeats '" + l.name() + "'");
                }
            }
        }
        if (overrides == null) {
            overrides = List.of();
        }
        for (int i = 0; i < overrides.size(); i++) {
            v.require(overrides.get(i) != null, "overrides[" + i + "]", "must not be null");
        }
        v.throwIfAny();
        layers = List.copyOf(layers);
        overrides = List.copyOf(overrides);
    }
}
