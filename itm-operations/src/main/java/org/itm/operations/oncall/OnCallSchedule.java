package org.itm.operations.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An on-call schedule: layers ordered from lowest to highest (a higher layer overrides lower ones wherever it has
 * someone) and explicit overrides above all layers. Ask {@link #whoIsOnCall(Instant)} for one instant or
 * {@link #timeline(Instant, Instant)} for the final intervals; both apply the same rule, so they always agree.
 *
 * <p>A schedule is an immutable value (equal when its id, zone, layers and overrides are equal) and thread-safe.
 * It answers {@link #whoIsOnCall(Instant)} from a sorted table of the final segments of the stretch of about
 * 24 days around the instant, computed on first use and kept for the life of the schedule (one table slot per
 * stretch, {@value #TABLE_SLOTS} slots, so about 17 consecutive years stay tabled; nothing ever needs
 * invalidating, because the schedule never changes).
 *
 * @since 0.1
 */
// the JSON form is the four values only, never the cached tables
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class OnCallSchedule {

    /** The length of one cached stretch, 2^21 s (about 24.3 days). */
    private static final long CHUNK_SECONDS = 1L << 21;
    /** Slots of the direct-mapped table of stretches; a power of two. */
    static final int TABLE_SLOTS = 256;
    // year 1000 to year 9000: beyond it queries are answered directly, without a table
    private static final long INDEXED_FROM = -30_610_224_000L;
    private static final long INDEXED_TO = 221_845_392_000L;

    private final String id;
    private final ZoneId zone;
    private final List<Layer> layers;
    private final List<ScheduleOverride> overrides;
    // a racy table is safe: a Chunk has only final fields, so a thread sees it whole or not at all (then builds
    // the same one again)
    private final Chunk[] table = new Chunk[TABLE_SLOTS];

    /**
     * Validates every field and reports all violations together.
     *
     * @param id        identifies the schedule
     * @param zone      the zone reports and exports use
     * @param layers    lowest first; not empty; names unique; copied
     * @param overrides later ones win where they overlap; copied
     * @throws ItmValidationException naming every bad field
     */
    @JsonCreator
    public OnCallSchedule(@JsonProperty("id") String id, @JsonProperty("zone") ZoneId zone,
                          @JsonProperty("layers") List<Layer> layers,
                          @JsonProperty("overrides") List<ScheduleOverride> overrides) {
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
        if (overrides != null) {
            for (int i = 0; i < overrides.size(); i++) {
                v.require(overrides.get(i) != null, "overrides[" + i + "]", "must not be null");
            }
        }
        v.throwIfAny();
        this.id = id;
        this.zone = zone;
        this.layers = List.copyOf(layers);
        this.overrides = List.copyOf(overrides);
    }

    /** @return the id */
    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** @return the zone reports and exports use */
    @JsonProperty("zone")
    public ZoneId zone() {
        return zone;
    }

    /** @return the layers, lowest first; unmodifiable */
    @JsonProperty("layers")
    public List<Layer> layers() {
        return layers;
    }

    /** @return the overrides, later ones winning; unmodifiable */
    @JsonProperty("overrides")
    public List<ScheduleOverride> overrides() {
        return overrides;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnCallSchedule s && id.equals(s.id) && zone.equals(s.zone) && layers.equals(s.layers)
                && overrides.equals(s.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, zone, layers, overrides);
    }

    @Override
    public String toString() {
        return "OnCallSchedule[id=" + id + ", zone=" + zone + ", layers=" + layers + ", overrides=" + overrides + "]";
    }

    /**
     * Builds a schedule from its definition.
     *
     * @param definition the definition
     * @return the schedule
     * @throws ItmValidationException if {@code definition} is null
     */
    public static OnCallSchedule of(OnCallScheduleDefinition definition) {
        if (definition == null) {
            throw new ItmValidationException("definition", "must not be null");
        }
        List<Layer> layers = new ArrayList<>();
        for (OnCallLayerDefinition l : definition.layers()) {
            layers.add(l.toLayer(definition.zone()));
        }
        List<ScheduleOverride> overrides = new ArrayList<>();
        for (OnCallOverrideDefinition o : definition.overrides()) {
            overrides.add(new ScheduleOverride(o.member(), TimeInterval.of(o.from().atZone(definition.zone())
                    .toInstant(), o.to().atZone(definition.zone()).toInstant())));
        }
        return new OnCallSchedule(definition.id(), definition.zone(), layers, overrides);
    }

    /**
     * Reads a schedule definition from JSON and builds it.
     *
     * @param json the document, shaped as {@link OnCallScheduleDefinition}
     * @return the schedule
     * @throws ItmValidationException naming the path of every bad element, e.g. {@code $.layers[1].turn}
     */
    public static OnCallSchedule fromJson(String json) {
        if (json == null) {
            throw new ItmValidationException("json", "must not be null");
        }
        return of(ItmJson.fromJson(json, OnCallScheduleDefinition.class));
    }

    /**
     * Reads a schedule definition from YAML and builds it.
     *
     * @param yaml the document, shaped as {@link OnCallScheduleDefinition}
     * @return the schedule
     * @throws ItmValidationException naming the path of every bad element, e.g. {@code $.layers[1].turn}
     */
    public static OnCallSchedule fromYaml(String yaml) {
        if (yaml == null) {
            throw new ItmValidationException("yaml", "must not be null");
        }
        return of(ItmJson.fromYaml(yaml, OnCallScheduleDefinition.class));
    }

    /** @return this schedule as a definition; {@link #of(OnCallScheduleDefinition)} builds an equal schedule */
    public OnCallScheduleDefinition toDefinition() {
        List<OnCallLayerDefinition> ls = layers.stream().map(l -> OnCallLayerDefinition.of(l, zone)).toList();
        List<OnCallOverrideDefinition> os = overrides.stream().map(o -> new OnCallOverrideDefinition(o.member(),
                LocalDateTime.ofInstant(o.interval().start(), zone), LocalDateTime.ofInstant(o.interval().end(), zone)))
                .toList();
        return new OnCallScheduleDefinition(id, zone, ls, os);
    }

    /**
     * The final timeline of {@code [from, to)} as an RFC 5545 calendar, one event per slot, e.g. to subscribe a
     * team calendar to the rota.
     *
     * @param from   inclusive start
     * @param to     exclusive end
     * @param domain the UID domain, e.g. {@code itm.example.org}
     * @param now    the stamp of every event (from the caller's clock)
     * @return the calendar text, with CRLF line ends
     * @throws ItmValidationException if an argument is null, blank or {@code to} is before {@code from}
     */
    public String toICalendar(Instant from, Instant to, String domain, Instant now) {
        return OnCallICalendar.write(this, timeline(from, to), "On-call schedule " + id, domain, now);
    }

    /**
     * One person's on-call slots of {@code [from, to)} as an RFC 5545 calendar, for their own calendar client.
     *
     * @param person the member
     * @param from   inclusive start
     * @param to     exclusive end
     * @param domain the UID domain
     * @param now    the stamp of every event
     * @return the calendar text, with CRLF line ends
     * @throws ItmValidationException if an argument is null, blank or {@code to} is before {@code from}
     */
    public String toICalendar(String person, Instant from, Instant to, String domain, Instant now) {
        if (person == null || person.isBlank()) {
            throw new ItmValidationException("person", "must not be blank");
        }
        List<OnCallSlot> mine = timeline(from, to).stream().filter(s -> s.member().equals(person)).toList();
        return OnCallICalendar.write(this, mine, "On call for " + person + " (" + id + ")", domain, now);
    }

    /**
     * Who is on call at {@code t}, explained.
     *
     * @param t the instant
     * @return the member and the deciding layer or override; the slot's interval is {@code [t, t]} (ask
     *         {@link #timeline} for the whole interval); empty when nobody is on call
     * @throws ItmValidationException if {@code t} is null
     */
    public Optional<OnCallSlot> whoIsOnCall(Instant t) {
        if (t == null) {
            throw new ItmValidationException("t", "must not be null");
        }
        long sec = t.getEpochSecond();
        if (sec < INDEXED_FROM || sec >= INDEXED_TO) {
            return decide(t).map(d -> new OnCallSlot(new TimeInterval(t, t), d[0], d[1]));
        }
        long key = Math.floorDiv(sec, CHUNK_SECONDS);
        Chunk c = chunkFor(key);
        int i = c.indexOf(sec, t.getNano());
        return c.members[i] == null ? Optional.empty()
                : Optional.of(new OnCallSlot(new TimeInterval(t, t), c.members[i], c.sources[i]));
    }

    private Chunk chunkFor(long key) {
        int slot = (int) (key & (TABLE_SLOTS - 1));
        Chunk c = table[slot];
        if (c == null || c.key != key) {
            c = chunk(key);
            table[slot] = c;
        }
        return c;
    }

    private Chunk chunk(long key) {
        Instant a = Instant.ofEpochSecond(key * CHUNK_SECONDS);
        Instant b = Instant.ofEpochSecond((key + 1) * CHUNK_SECONDS);
        ScheduleSweep.Segments s = ScheduleSweep.compute(this, a, b, false);
        long[] secs = new long[s.size()];
        int[] nanos = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            secs[i] = s.starts()[i].getEpochSecond();
            nanos[i] = s.starts()[i].getNano();
        }
        return new Chunk(key, secs, nanos, Arrays.copyOf(s.members(), s.size()), Arrays.copyOf(s.sources(), s.size()));
    }

    /** The final segments of one stretch, gaps included ({@code null} member), by start. */
    private static final class Chunk {
        final long key;
        final long[] secs;
        final int[] nanos;
        final String[] members;
        final String[] sources;

        Chunk(long key, long[] secs, int[] nanos, String[] members, String[] sources) {
            this.key = key;
            this.secs = secs;
            this.nanos = nanos;
            this.members = members;
            this.sources = sources;
        }

        /** The last segment starting at or before the instant; the first segment starts at the stretch start. */
        int indexOf(long sec, int nano) {
            int lo = 0;
            int hi = secs.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (secs[mid] < sec || (secs[mid] == sec && nanos[mid] <= nano)) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /** The direct rule, used outside the tabled years. */
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
        SlotMerger out = new SlotMerger();
        if (from.getEpochSecond() < INDEXED_FROM || to.getEpochSecond() >= INDEXED_TO) {
            ScheduleSweep.Segments seg = ScheduleSweep.compute(this, from, to, false);
            for (int i = 0; i < seg.size(); i++) {
                out.next(seg.starts()[i], seg.members()[i], seg.sources()[i]);
            }
            return out.finish(to);
        }
        // the same tables as whoIsOnCall, so the two agree by construction and a repeated query reuses them
        long last = Math.floorDiv(to.getEpochSecond(), CHUNK_SECONDS);
        if (to.getNano() == 0 && Math.floorMod(to.getEpochSecond(), CHUNK_SECONDS) == 0) {
            last--;
        }
        for (long key = Math.floorDiv(from.getEpochSecond(), CHUNK_SECONDS); key <= last; key++) {
            Chunk c = chunkFor(key);
            int i = key * CHUNK_SECONDS <= from.getEpochSecond() ? c.indexOf(from.getEpochSecond(), from.getNano()) : 0;
            for (; i < c.secs.length; i++) {
                Instant start = Instant.ofEpochSecond(c.secs[i], c.nanos[i]);
                if (!start.isBefore(to)) {
                    break;
                }
                out.next(start.isBefore(from) ? from : start, c.members[i], c.sources[i]);
            }
        }
        return out.finish(to);
    }

    /** Turns segment starts into merged slots: consecutive segments with the same member and source are one. */
    private static final class SlotMerger {
        private final List<OnCallSlot> out = new ArrayList<>();
        private @Nullable String member;
        private @Nullable String source;
        private @Nullable Instant start;

        void next(Instant at, String m, String src) {
            if (member != null && m != null && member.equals(m) && src.equals(source)) {
                return;
            }
            close(at);
            start = at;
            member = m;
            source = src;
        }

        private void close(Instant at) {
            if (member != null && source != null && start != null && at.isAfter(start)) {
                out.add(new OnCallSlot(new TimeInterval(start, at), member, source));
            }
        }

        List<OnCallSlot> finish(Instant end) {
            close(end);
            return List.copyOf(out);
        }
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
        ScheduleSweep.Segments seg = ScheduleSweep.compute(this, from, to, true);
        List<TimeInterval> out = new ArrayList<>();
        for (int i = 0; i < seg.size(); i++) {
            Instant a = seg.starts()[i];
            Instant b = i + 1 < seg.size() ? seg.starts()[i + 1] : to;
            if (seg.activeLayers()[i] < 2 || !b.isAfter(a)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end().equals(a)) {
                out.set(out.size() - 1, new TimeInterval(out.get(out.size() - 1).start(), b));
            } else {
                out.add(new TimeInterval(a, b));
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
        Optional<String> now = whoIsOnCall(t).map(OnCallSlot::member);
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
