package org.itm.operations.oncall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Violations;

/**
 * An on-call schedule: layers ordered from lowest to highest (a higher layer overrides lower ones wherever it has
 * someone) and explicit overrides above all layers. Ask {@link #whoIsOnCall(Instant)} for one instant or
 * {@link #timeline(Instant, Instant)} for the final intervals; both apply the same rule, so they always agree.
 *
 * @param id        identifies the schedule
 * @param zone      the zone reports and exports use
 * @param layers    lowest first; not empty; names unique; copied
 * @param overrides later ones win where they overlap; copied
 */
public record OnCallSchedule(String id, ZoneId zone, List<Layer> layers, List<ScheduleOverride> overrides) {

    /** Validates every field and reports all violations together. */
    public OnCallSchedule {
        Violations v = new Violations();
        v.require(id != null && !id.isBlank(), "id", "must not be blank");
        v.require(zone != null, "zone", "must not be null");
        v.require(layers != null && !layers.isEmpty(), "layers", "must hold at least one layer");
        v.require(overrides != null, "overrides", "must not be null (use an empty list)");
        if (layers != null) {
            for (int i = 0; i < layers.size(); i++) {
                v.require(layers.get(i) != null, "layers[" + i + "]", "must not be null");
                for (int j = 0; j < i; j++) {
                    if (layers.get(i) != null && layers.get(j) != null
                            && layers.get(i).name().equals(layers.get(j).name())) {
                        v.add("layers[" + i + "].name", "duplicates layers[" + j + "]");
                    }
                }
            }
        }
        v.throwIfAny();
        layers = List.copyOf(layers);
        overrides = List.copyOf(overrides);
    }

    /**
     * Who is on call at {@code t}, explained.
     *
     * @param t the instant
     * @return the member and the deciding layer or override, with the elementary interval around {@code t}
     *         unknown (the slot's interval is {@code [t, t]}); empty when nobody is on call
     */
    public Optional<OnCallSlot> whoIsOnCall(Instant t) {
        if (t == null) {
            throw new ItmValidationException("t", "must not be null");
        }
        return decide(t).map(d -> new OnCallSlot(new TimeInterval(t, t), d[0], d[1]));
    }

    private Optional<String[]> decide(Instant t) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).interval().contains(t)) {
                return Optional.of(new String[] {overrides.get(i).member(), "override:" + i});
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<String> m = layers.get(i).memberAt(t);
            if (m.isPresent()) {
                return Optional.of(new String[] {m.get(), "layer:" + layers.get(i).name()});
            }
        }
        return Optional.empty();
    }

    private static void check(Instant from, Instant to) {
        Violations v = new Violations();
        v.require(from != null, "from", "must not be null");
        v.require(to != null, "to", "must not be null");
        v.throwIfAny();
        v.require(!to.isBefore(from), "to", "must not be before from");
        v.throwIfAny();
    }

    /** Every instant in [from, to) at which some source may change what it says. */
    private List<Instant> boundaries(Instant from, Instant to) {
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (ScheduleOverride o : overrides) {
            cuts.add(o.interval().start());
            cuts.add(o.interval().end());
        }
        for (Layer layer : layers) {
            cuts.add(layer.startInstant());
            Instant first = from.isBefore(layer.startInstant()) ? layer.startInstant() : from;
            if (first.isBefore(to)) {
                for (long k = layer.turnIndex(first); ; k++) {
                    Instant s = layer.turnStart(k);
                    if (!s.isBefore(to)) {
                        break;
                    }
                    cuts.add(s);
                }
            }
            LocalDate d = LocalDateTime.ofInstant(from, layer.zone()).toLocalDate().minusDays(1);
            LocalDate last = LocalDateTime.ofInstant(to, layer.zone()).toLocalDate().plusDays(1);
            for (; !d.isAfter(last); d = d.plusDays(1)) {
                for (Restriction r : layer.restrictions()) {
                    if (r.days().contains(d.getDayOfWeek())) {
                        cuts.add(d.atTime(r.from()).atZone(layer.zone()).toInstant());
                        LocalDate endDay = r.crossesMidnight() ? d.plusDays(1) : d;
                        cuts.add(endDay.atTime(r.to()).atZone(layer.zone()).toInstant());
                    }
                }
            }
        }
        return new ArrayList<>(cuts.subSet(from, true, to, true));
    }

    /**
     * The final on-call timeline: consecutive intervals with the same member and deciding source are merged.
     *
     * @param from inclusive start
     * @param to   exclusive end, not before {@code from}
     * @return the covered intervals in order; gaps are simply absent
     * @throws ItmValidationException if an argument is null or {@code to} is before {@code from}
     */
    public List<OnCallSlot> timeline(Instant from, Instant to) {
        check(from, to);
        List<Instant> cuts = boundaries(from, to);
        List<OnCallSlot> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Instant a = cuts.get(i);
            Instant b = cuts.get(i + 1);
            Optional<String[]> d = decide(a);
            if (d.isEmpty()) {
                continue;
            }
            OnCallSlot prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.interval().end().equals(a) && prev.member().equals(d.get()[0])
                    && prev.decidedBy().equals(d.get()[1])) {
                out.set(out.size() - 1, new OnCallSlot(new TimeInterval(prev.interval().start(), b),
                        prev.member(), prev.decidedBy()));
            } else {
                out.add(new OnCallSlot(new TimeInterval(a, b), d.get()[0], d.get()[1]));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Times with nobody on call.
     *
     * @param from inclusive start
     * @param to   exclusive end
     * @return the uncovered intervals in order
     * @throws ItmValidationException if an argument is null or {@code to} is before {@code from}
     */
    public List<TimeInterval> gaps(Instant from, Instant to) {
        List<TimeInterval> out = new ArrayList<>();
        Instant cursor = from;
        for (OnCallSlot s : timeline(from, to)) {
            if (s.interval().start().isAfter(cursor)) {
                out.add(new TimeInterval(cursor, s.interval().start()));
            }
            cursor = s.interval().end();
        }
        if (cursor.isBefore(to)) {
            out.add(new TimeInterval(cursor, to));
        }
        return List.copyOf(out);
    }

    /**
     * Times at which two or more layers have someone (overrides not counted), e.g. to find wasted cover.
     *
     * @param from inclusive start
     * @param to   exclusive end
     * @return the doubly covered intervals in order, adjacent ones merged
     * @throws ItmValidationException if an argument is null or {@code to} is before {@code from}
     */
    public List<TimeInterval> doubleCoverage(Instant from, Instant to) {
        check(from, to);
        List<Instant> cuts = boundaries(from, to);
        List<TimeInterval> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Instant a = cuts.get(i);
            long active = layers.stream().filter(l -> l.memberAt(a).isPresent()).count();
            if (active < 2) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end().equals(a)) {
                out.set(out.size() - 1, new TimeInterval(out.get(out.size() - 1).start(), cuts.get(i + 1)));
            } else {
                out.add(new TimeInterval(a, cuts.get(i + 1)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The next instant after {@code t}, within {@code horizon}, at which the on-call member changes.
     *
     * @param t       where to look from
     * @param horizon the last instant to look at
     * @return the handoff instant, or empty if nothing changes until {@code horizon}
     * @throws ItmValidationException if an argument is null or {@code horizon} is before {@code t}
     */
    public Optional<Instant> nextHandoff(Instant t, Instant horizon) {
        List<OnCallSlot> slots = timeline(t, horizon);
        Optional<String> now = decide(t).map(d -> d[0]);
        Instant cursor = t;
        for (OnCallSlot s : slots) {
            boolean gapBefore = s.interval().start().isAfter(cursor);
            if (gapBefore && now.isPresent()) {
                return Optional.of(cursor);
            }
            if (!Optional.of(s.member()).equals(now)) {
                return Optional.of(s.interval().start());
            }
            cursor = s.interval().end();
        }
        return cursor.isBefore(horizon) && now.isPresent() ? Optional.of(cursor) : Optional.empty();
    }
}
