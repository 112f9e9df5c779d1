package org.itm.operations.oncall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cuts {@code [a, b)} into elementary segments inside which no layer, restriction or override changes, and decides
 * each segment once. Every layer is swept with its own cursors (turn index, restriction state valid until the
 * layer's next restriction boundary), so a year of a schedule costs one pass over its boundaries rather than one
 * turn search per boundary and layer.
 */
final class ScheduleSweep {

    private ScheduleSweep() {
    }

    /**
     * The segments of {@code [a, b)}: {@code starts[i]} to {@code starts[i + 1]} (or {@code b}), with the member and
     * source that decided it ({@code null} for nobody) and how many layers have someone there.
     */
    record Segments(Instant[] starts, String[] members, String[] sources, int[] activeLayers, int size) {
    }

    static Segments compute(OnCallSchedule s, Instant a, Instant b, boolean countLayers) {
        List<Layer> layers = s.layers();
        List<ScheduleOverride> overrides = s.overrides();
        List<Instant> cuts = new ArrayList<>();
        cuts.add(a);
        List<Integer> liveOverrides = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            ScheduleOverride o = overrides.get(i);
            if (o.interval().start().isBefore(b) && o.interval().end().isAfter(a)) {
                liveOverrides.add(i);
                addInside(cuts, o.interval().start(), a, b);
                addInside(cuts, o.interval().end(), a, b);
            }
        }
        LayerCursor[] cursors = new LayerCursor[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            cursors[i] = new LayerCursor(layers.get(i), a, b);
            cursors[i].addCuts(cuts, a, b);
        }
        cuts.sort(null);
        int n = 0;
        Instant[] starts = new Instant[cuts.size()];
        for (Instant c : cuts) {
            if (n == 0 || !starts[n - 1].equals(c)) {
                starts[n++] = c;
            }
        }
        String[] members = new String[n];
        String[] sources = new String[n];
        int[] active = new int[n];
        String[] overrideSources = new String[overrides.size()];
        for (int i : liveOverrides) {
            overrideSources[i] = "override:" + i;
        }
        for (int c = 0; c < n; c++) {
            Instant t = starts[c];
            for (int j = liveOverrides.size() - 1; j >= 0; j--) {
                ScheduleOverride o = overrides.get(liveOverrides.get(j));
                if (o.interval().contains(t)) {
                    members[c] = o.member();
                    sources[c] = overrideSources[liveOverrides.get(j)];
                    break;
                }
            }
            int count = 0;
            for (int i = cursors.length - 1; i >= 0; i--) {
                if (members[c] != null && !countLayers) {
                    break;
                }
                String m = cursors[i].memberAt(t);
                if (m != null) {
                    count++;
                    if (members[c] == null) {
                        members[c] = m;
                        sources[c] = cursors[i].source;
                    }
                }
            }
            active[c] = count;
        }
        return new Segments(starts, members, sources, active, n);
    }

    private static void addInside(List<Instant> cuts, Instant t, Instant a, Instant b) {
        if (t.isAfter(a) && t.isBefore(b)) {
            cuts.add(t);
        }
    }

    /** One layer swept forward in time; {@link #memberAt} must be called with non-decreasing instants. */
    private static final class LayerCursor {
        private final Layer layer;
        private final String source;
        private final Instant layerStart;
        private final Instant[] restrictionCuts;
        private int nextCut;
        private boolean active;
        private boolean activeKnown;
        private long turn = -1;
        private @Nullable Instant nextTurn;

        LayerCursor(Layer layer, Instant a, Instant b) {
            this.layer = layer;
            this.source = "layer:" + layer.name();
            this.layerStart = layer.startInstant();
            this.restrictionCuts = layer.restrictions().isEmpty() ? new Instant[0] : restrictionCuts(layer, a, b);
        }

        /**
         * Every instant at which the restrictions' verdict may flip: each window boundary at every offset its
         * local time has (two in an autumn overlap), and every offset transition, where the local clock jumps.
         */
        private static Instant[] restrictionCuts(Layer layer, Instant a, Instant b) {
            ZoneId zone = layer.zone();
            ZoneRules rules = zone.getRules();
            List<Instant> out = new ArrayList<>();
            LocalDate d = LocalDateTime.ofInstant(a, zone).toLocalDate().minusDays(1);
            LocalDate last = LocalDateTime.ofInstant(b, zone).toLocalDate().plusDays(1);
            for (; !d.isAfter(last); d = d.plusDays(1)) {
                for (Restriction r : layer.restrictions()) {
                    if (r.days().contains(d.getDayOfWeek())) {
                        addLocal(out, rules, d, r.from());
                        addLocal(out, rules, r.crossesMidnight() ? d.plusDays(1) : d, r.to());
                    }
                }
            }
            ZoneOffsetTransition tr = rules.nextTransition(a.minusSeconds(1));
            while (tr != null && tr.getInstant().isBefore(b)) {
                out.add(tr.getInstant());
                tr = rules.nextTransition(tr.getInstant());
            }
            out.sort(null);
            return out.toArray(new Instant[0]);
        }

        private static void addLocal(List<Instant> out, ZoneRules rules, LocalDate date, LocalTime time) {
            LocalDateTime local = date.atTime(time);
            for (var offset : rules.getValidOffsets(local)) {
                out.add(local.toInstant(offset));
            }
            ZoneOffsetTransition tr = rules.getTransition(local);
            if (tr != null) {
                out.add(tr.getInstant());
            }
        }

        void addCuts(List<Instant> cuts, Instant a, Instant b) {
            addInside(cuts, layerStart, a, b);
            for (Instant c : restrictionCuts) {
                addInside(cuts, c, a, b);
            }
            Instant first = a.isBefore(layerStart) ? layerStart : a;
            if (!first.isBefore(b)) {
                return;
            }
            for (long k = layer.turnIndex(first) + 1; ; k++) {
                Instant t = layer.turnStart(k);
                if (!t.isBefore(b)) {
                    break;
                }
                cuts.add(t);
            }
        }

        @Nullable String memberAt(Instant t) {
            if (t.isBefore(layerStart)) {
                return null;
            }
            if (restrictionCuts.length > 0) {
                boolean crossed = false;
                while (nextCut < restrictionCuts.length && !restrictionCuts[nextCut].isAfter(t)) {
                    nextCut++;
                    crossed = true;
                }
                if (crossed || !activeKnown) {
                    LocalDateTime local = LocalDateTime.ofInstant(t, layer.zone());
                    active = false;
                    for (Restriction r : layer.restrictions()) {
                        if (r.isActive(local)) {
                            active = true;
                            break;
                        }
                    }
                    activeKnown = true;
                }
                if (!active) {
                    return null;
                }
            }
            if (turn < 0) {
                turn = layer.turnIndex(t);
                nextTurn = layer.turnStart(turn + 1);
            }
            // set above on the first call
            while (!Objects.requireNonNull(nextTurn).isAfter(t)) {
                turn++;
                nextTurn = layer.turnStart(turn + 1);
            }
            return layer.members().get((int) (turn % layer.members().size()));
        }
    }
}
