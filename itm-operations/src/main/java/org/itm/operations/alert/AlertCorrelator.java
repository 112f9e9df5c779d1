package org.itm.operations.alert;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.itm.core.ItmValidationException;
import org.itm.core.notify.Severity;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Turns a stream of monitoring alerts into incident actions: de-duplicates an alert while it is open (counting
 * repeats), correlates alerts on CIs of the same service (the alert's own {@link Alert#service()}, else the
 * {@link ServiceDirectory}'s, else the CI itself) within a window into one incident group, maps
 * severity × service tier to a priority, detects flapping, and says what to do when all alerts of a group clear.
 *
 * <p>Memory is bounded by the open alerts plus the groups and alerts that changed within the correlation and
 * flapping windows; older state is dropped as time (the alerts' instants) moves on. Not thread-safe: feed it from
 * one thread (or partition alerts by service over several correlators).
 *
 * @since 0.1
 */
public final class AlertCorrelator {

    private static final int SWEEP_EVERY = 4096;
    /** Version of the {@link #writeTo} format. */
    private static final int STATE_FORMAT = 1;

    private final ServiceDirectory directory;
    private final Duration window;
    private final int flapTransitions;
    private final Duration flapWindow;
    private final AllClearPolicy allClearPolicy;
    private final BiFunction<Severity, Integer, String> priorityMapping;

    private final Map<String, Open> open = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Group> currentByService = new HashMap<>();
    private final Map<String, ArrayDeque<Instant>> transitions = new HashMap<>();
    /** Groups the last {@link #ingest} changed besides the one its actions name (a superseded or an heir group). */
    private final List<String> alsoChanged = new ArrayList<>(2);
    private long groupCounter;
    private long ingested;
    private Instant latest = Instant.MIN;

    private AlertCorrelator(Builder b) {
        this.directory = b.directory;
        this.window = b.window;
        this.flapTransitions = b.flapTransitions;
        this.flapWindow = b.flapWindow;
        this.allClearPolicy = b.allClearPolicy;
        this.priorityMapping = b.priorityMapping;
        this.groupCounter = b.groupsOpened;
        Map<String, AlertGroup> current = new HashMap<>();
        // build() rejected a null restore list
        for (AlertGroup stored : Objects.requireNonNull(b.restored)) {
            Group g = new Group(stored);
            groups.put(g.id, g);
            for (OpenAlert o : stored.open()) {
                Open open = new Open(g, o.severity());
                open.count = o.count();
                open.acknowledged = o.acknowledged();
                this.open.put(o.key(), open);
                g.keys.add(o.key());
                g.seen.add(o.key());
            }
            // the group that is not superseded is its service's current one; groups stored before that was
            // recorded all claim it, and the one active last wins, as it most likely was the newest
            AlertGroup best = current.get(g.service);
            if (!stored.superseded() && (best == null || stored.lastActivity().isAfter(best.lastActivity()))) {
                current.put(g.service, stored);
                currentByService.put(g.service, g);
            }
            stored.transitions().forEach((key, list) -> {
                ArrayDeque<Instant> d = transitions.computeIfAbsent(key, k -> new ArrayDeque<>(4));
                if (isLaterSnapshot(list, d)) {
                    d.clear();
                    d.addAll(list);
                }
            });
            if (g.lastActivity.isAfter(latest)) {
                latest = g.lastActivity;
            }
        }
    }

    /**
     * A builder; only the service directory is required.
     *
     * @param directory maps CIs of alerts without a service to services and tiers
     * @return a builder with the defaults of each setting
     */
    public static Builder builder(ServiceDirectory directory) {
        return new Builder(directory);
    }

    /**
     * The default priority mapping: severity rank (CRITICAL 1, MAJOR 2, MINOR 3, WARNING 4, INFO 5) plus tier − 1,
     * capped at P5; so a critical alert on a tier-1 service is P1 and a minor one on a tier-2 service P4.
     *
     * @param severity the group's highest severity
     * @param tier     the service tier, 1 = most critical
     * @return a priority label from {@code P1} to {@code P5}
     */
    public static String defaultPriority(Severity severity, int tier) {
        int rank = Severity.CRITICAL.ordinal() - severity.ordinal() + 1;
        return "P" + Math.min(5, rank + tier - 1);
    }

    /**
     * Number of alerts currently open.
     *
     * @return alerts that fired and have not cleared
     */
    public int openAlerts() {
        return open.size();
    }

    /**
     * How many groups this correlator (and the ones it was restored from) has opened; the next id's number − 1.
     *
     * @return the count, 0 or more
     */
    public long groupsOpened() {
        return groupCounter;
    }

    /**
     * A snapshot of a remembered group, to store it (see {@link AlertGroupRepository}).
     *
     * @param groupId the id from an {@link AlertAction}
     * @return the group, or empty when it is not (or no longer) remembered
     */
    public Optional<AlertGroup> group(String groupId) {
        Group g = groups.get(Checks.notNull(groupId, "groupId"));
        if (g == null) {
            return Optional.empty();
        }
        List<OpenAlert> members = new ArrayList<>(g.keys.size());
        for (String key : new TreeSet<>(g.keys)) {
            Open o = Objects.requireNonNull(open.get(key));
            members.add(new OpenAlert(key, o.severity, o.count, o.acknowledged));
        }
        Map<String, List<Instant>> history = new TreeMap<>();
        for (String key : g.seen) {
            ArrayDeque<Instant> d = transitions.get(key);
            if (d != null && !d.isEmpty()) {
                history.put(key, List.copyOf(d));
            }
        }
        return Optional.of(new AlertGroup(g.id, g.service, g.maxSeverity, g.priority, g.openedAt,
                g.lastActivity, g.flapping, members, history, currentByService.get(g.service) != g));
    }

    /**
     * Number of incident groups remembered (open, or closed within the windows).
     *
     * @return the count
     */
    public int groups() {
        return groups.size();
    }

    /**
     * Ingests one alert and returns what to do about it (at least one action).
     *
     * @param alert the next alert; alerts may arrive out of order within the windows
     * @return the actions, at least one (e.g. open a group, join one, mark flapping)
     * @throws org.itm.core.ItmValidationException if {@code alert} is null
     */
    public List<AlertAction> ingest(Alert alert) {
        Checks.notNull(alert, "alert");
        if (alert.at().isAfter(latest)) {
            latest = alert.at();
        }
        alsoChanged.clear();
        if (++ingested % SWEEP_EVERY == 0) {
            sweep();
        }
        return switch (alert.status()) {
            case FIRING -> fire(alert);
            case ACKNOWLEDGED -> acknowledge(alert);
            case CLEAR -> clear(alert);
        };
    }

    private List<AlertAction> acknowledge(Alert a) {
        Open o = open.get(a.deduplicationKey());
        if (o == null) {
            return List.of(new AlertAction(AlertAction.Kind.IGNORED, "", "", "", a.deduplicationKey(), 0, a.at(),
                    "acknowledgement for an alert that is not open"));
        }
        o.acknowledged = true;
        o.group.touch(a.at());
        return List.of(action(AlertAction.Kind.ACKNOWLEDGED, o.group, a, o.count, "acknowledged; "
                + o.group.keys.size() + " alert(s) of the group open"));
    }

    private List<AlertAction> fire(Alert a) {
        String key = a.deduplicationKey();
        Open existing = open.get(key);
        if (existing != null) {
            existing.count++;
            Group g = existing.group;
            g.touch(a.at());
            List<AlertAction> out = new ArrayList<>(1);
            if (a.severity().compareTo(existing.severity) > 0) {
                existing.severity = a.severity();
                raise(g, a, out);
            }
            out.add(action(AlertAction.Kind.DEDUPLICATED, g, a, existing.count, "duplicate of an open alert"));
            return out;
        }
        String service = a.service().or(() -> directory.serviceOf(a.ci())).orElse(a.ci());
        List<AlertAction> out = new ArrayList<>(2);
        boolean flapping = recordTransition(key, a.at());
        Group g = currentByService.get(service);
        if (g != null && Duration.between(g.lastActivity, a.at()).compareTo(window) <= 0) {
            g.keys.add(key);
            g.seen.add(key);
            g.touch(a.at());
            Open o = new Open(g, a.severity());
            open.put(key, o);
            if (a.severity().compareTo(g.maxSeverity) > 0) {
                raise(g, a, out);
            }
            out.add(action(AlertAction.Kind.ATTACH_TO_INCIDENT, g, a, 1, g.keys.size() == 1
                    ? "re-fired within the correlation window; incident " + g.id + " concerns it again"
                    : "correlated with " + (g.keys.size() - 1) + " open alert(s) of service " + service));
        } else {
            Group superseded = g;
            g = new Group(service + "#" + (++groupCounter), service, a.severity(),
                    priorityMapping.apply(a.severity(), directory.tierOf(service)), a.at());
            g.keys.add(key);
            g.seen.add(key);
            if (superseded != null) {
                inherit(g, superseded.seen);
                alsoChanged.add(superseded.id);
            }
            groups.put(g.id, g);
            currentByService.put(service, g);
            open.put(key, new Open(g, a.severity()));
            out.add(action(AlertAction.Kind.OPEN_INCIDENT, g, a, 1, a.severity() + " alert on " + a.ci()
                    + " (service " + service + ", tier " + directory.tierOf(service) + ") -> " + g.priority));
        }
        if (flapping && !g.flapping) {
            g.flapping = true;
            out.add(action(AlertAction.Kind.FLAPPING, g, a, 1, "alert changed state " + flapTransitions
                    + " times within " + flapWindow));
        }
        return out;
    }

    private List<AlertAction> clear(Alert a) {
        String key = a.deduplicationKey();
        Open o = open.remove(key);
        if (o == null) {
            return List.of(new AlertAction(AlertAction.Kind.IGNORED, "", "", "", key, 0, a.at(),
                    "clear for an alert that is not open"));
        }
        Group g = o.group;
        g.keys.remove(key);
        List<AlertAction> out = new ArrayList<>(2);
        if (recordTransition(key, a.at()) && !g.flapping) {
            g.flapping = true;
            out.add(action(AlertAction.Kind.FLAPPING, g, a, o.count, "alert changed state " + flapTransitions
                    + " times within " + flapWindow));
        }
        Group current = currentByService.get(g.service);
        if (current != null && current != g) {
            inherit(current, List.of(key));
            alsoChanged.add(current.id);
        }
        if (!g.keys.isEmpty()) {
            out.add(action(AlertAction.Kind.ALERT_CLEARED, g, a, o.count, g.keys.size() + " alert(s) still open"));
        } else if (allClearPolicy == AllClearPolicy.RESOLVE && !g.flapping) {
            out.add(action(AlertAction.Kind.RESOLVE_INCIDENT, g, a, o.count, "all alerts cleared"));
        } else {
            out.add(action(AlertAction.Kind.ANNOTATE_INCIDENT, g, a, o.count, g.flapping
                    ? "all alerts cleared, but the alert is flapping: not resolving" : "all alerts cleared"));
        }
        return out;
    }

    /**
     * Writes this correlator's state (open alerts, remembered groups, transition histories, counters) in a compact
     * binary form; {@link Builder#restore} with the same settings continues exactly where this one stands. This is
     * what a stream processor checkpoints to run one correlator per service across machines.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public void writeTo(DataOutput out) throws IOException {
        Checks.notNull(out, "out");
        out.writeInt(STATE_FORMAT);
        out.writeLong(groupCounter);
        out.writeLong(ingested);
        writeInstant(latest, out);
        out.writeInt(groups.size());
        for (Group g : groups.values()) {
            out.writeUTF(g.id);
            out.writeUTF(g.service);
            out.writeInt(g.keys.size());
            for (String k : g.keys) {
                out.writeUTF(k);
            }
            out.writeInt(g.seen.size());
            for (String k : g.seen) {
                out.writeUTF(k);
            }
            out.writeByte(g.maxSeverity.ordinal());
            out.writeUTF(g.priority);
            writeInstant(g.openedAt, out);
            writeInstant(g.lastActivity, out);
            out.writeBoolean(g.flapping);
        }
        out.writeInt(currentByService.size());
        for (Map.Entry<String, Group> e : currentByService.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue().id);
        }
        out.writeInt(open.size());
        for (Map.Entry<String, Open> e : open.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue().group.id);
            out.writeByte(e.getValue().severity.ordinal());
            out.writeLong(e.getValue().count);
            out.writeBoolean(e.getValue().acknowledged);
        }
        out.writeInt(transitions.size());
        for (Map.Entry<String, ArrayDeque<Instant>> e : transitions.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Instant t : e.getValue()) {
                writeInstant(t, out);
            }
        }
    }

    private void readFrom(DataInput in) throws IOException {
        int format = in.readInt();
        if (format != STATE_FORMAT) {
            throw new ItmValidationException("state", "unknown alert correlator state format " + format);
        }
        groupCounter = in.readLong();
        ingested = in.readLong();
        latest = readInstant(in);
        Severity[] severities = Severity.values();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            String service = in.readUTF();
            List<String> keys = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                keys.add(in.readUTF());
            }
            List<String> seen = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                seen.add(in.readUTF());
            }
            Group g = new Group(id, service, severities[in.readByte()], in.readUTF(), readInstant(in));
            g.lastActivity = readInstant(in);
            g.keys.addAll(keys);
            g.seen.addAll(seen);
            g.flapping = in.readBoolean();
            groups.put(id, g);
        }
        for (int i = in.readInt(); i > 0; i--) {
            String service = in.readUTF();
            currentByService.put(service, groupOf(in.readUTF()));
        }
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            Open o = new Open(groupOf(in.readUTF()), severities[in.readByte()]);
            o.count = in.readLong();
            o.acknowledged = in.readBoolean();
            open.put(key, o);
        }
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            ArrayDeque<Instant> d = new ArrayDeque<>(4);
            for (int k = in.readInt(); k > 0; k--) {
                d.addLast(readInstant(in));
            }
            transitions.put(key, d);
        }
    }

    private Group groupOf(String id) {
        Group g = groups.get(id);
        if (g == null) {
            throw new ItmValidationException("state", "refers to an unknown incident group " + id);
        }
        return g;
    }

    private static void writeInstant(Instant t, DataOutput out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    private static Instant readInstant(DataInput in) throws IOException {
        long seconds = in.readLong();
        return Instant.ofEpochSecond(seconds, in.readInt());
    }

    private void raise(Group g, Alert a, List<AlertAction> out) {
        // a repeat may raise its own alert's severity and still stay below another alert of the group
        if (a.severity().compareTo(g.maxSeverity) > 0) {
            g.maxSeverity = a.severity();
        }
        String p = priorityMapping.apply(a.severity(), directory.tierOf(g.service));
        if (p.compareTo(g.priority) < 0) {
            g.priority = p;
            out.add(action(AlertAction.Kind.RAISE_PRIORITY, g, a, 1, a.severity() + " alert raises the priority to "
                    + p));
        }
    }

    /**
     * Makes {@code heir} (its service's current group) carry the state-change history of {@code keys} from now on,
     * so that a snapshot of the current group holds every history a re-fire may still need for flapping, and a
     * superseded group whose alerts all cleared can be left out of a restore.
     */
    private void inherit(Group heir, Collection<String> keys) {
        for (String k : keys) {
            ArrayDeque<Instant> d = transitions.get(k);
            if (d != null && !d.isEmpty()) {
                heir.seen.add(k);
            }
        }
    }

    /**
     * Ids of the groups the last {@link #ingest} changed that its actions do not name: the group a new one
     * superseded, and the current group that took over the history of an alert cleared in a superseded one.
     */
    List<String> alsoChanged() {
        return List.copyOf(alsoChanged);
    }

    /**
     * Whether {@code candidate} is a later snapshot of one alert's state changes than {@code current}. Every group
     * that saw an alert stores the alert's one sliding history as it was when the group was last written, so the
     * snapshots of a key are windows of one sequence that only grows at its end: the later one ends later, or ends
     * at the same instant with more changes at that instant (changes at one instant are each counted, so they are
     * never merged into one).
     */
    private static boolean isLaterSnapshot(List<Instant> candidate, ArrayDeque<Instant> current) {
        if (candidate.isEmpty()) {
            return false;
        }
        if (current.isEmpty()) {
            return true;
        }
        Instant last = candidate.get(candidate.size() - 1);
        int order = last.compareTo(current.peekLast());
        if (order != 0) {
            return order > 0;
        }
        int candidateRun = 0;
        for (int i = candidate.size() - 1; i >= 0 && candidate.get(i).equals(last); i--) {
            candidateRun++;
        }
        int currentRun = 0;
        for (Iterator<Instant> it = current.descendingIterator(); it.hasNext() && it.next().equals(last); ) {
            currentRun++;
        }
        return candidateRun > currentRun;
    }

    /** Records a state change of {@code key}; true when it has changed state too often within the flap window. */
    private boolean recordTransition(String key, Instant at) {
        ArrayDeque<Instant> d = transitions.computeIfAbsent(key, k -> new ArrayDeque<>(4));
        d.addLast(at);
        Instant horizon = at.minus(flapWindow);
        while (!d.isEmpty() && d.peekFirst().isBefore(horizon)) {
            d.pollFirst();
        }
        while (d.size() > flapTransitions) {
            d.pollFirst();
        }
        return d.size() >= flapTransitions;
    }

    /** Drops groups and transition histories that can no longer matter. */
    private void sweep() {
        Instant groupHorizon = latest.minus(window);
        Iterator<Group> it = groups.values().iterator();
        while (it.hasNext()) {
            Group g = it.next();
            if (g.keys.isEmpty() && g.lastActivity.isBefore(groupHorizon)) {
                it.remove();
                currentByService.remove(g.service, g);
            }
        }
        Instant flapHorizon = latest.minus(flapWindow);
        transitions.entrySet().removeIf(e -> !open.containsKey(e.getKey())
                && (e.getValue().isEmpty() || e.getValue().peekLast().isBefore(flapHorizon)));
    }

    private AlertAction action(AlertAction.Kind kind, Group g, Alert a, long count, String note) {
        return new AlertAction(kind, g.id, g.service, g.priority, a.deduplicationKey(), count, a.at(), note);
    }

    private static final class Open {
        final Group group;
        Severity severity;
        long count = 1;
        boolean acknowledged;

        Open(Group group, Severity severity) {
            this.group = group;
            this.severity = severity;
        }
    }

    private static final class Group {
        final String id;
        final String service;
        final Set<String> keys = new HashSet<>(4);
        /** Every key that was open in the group, so a snapshot carries their flapping history. */
        final Set<String> seen = new HashSet<>(4);
        final Instant openedAt;
        Severity maxSeverity;
        String priority;
        Instant lastActivity;
        boolean flapping;

        Group(String id, String service, Severity maxSeverity, String priority, Instant at) {
            this.id = id;
            this.service = service;
            this.maxSeverity = maxSeverity;
            this.priority = priority;
            this.lastActivity = at;
            this.openedAt = at;
        }

        Group(AlertGroup stored) {
            this.id = stored.id();
            this.service = stored.service();
            this.maxSeverity = stored.maxSeverity();
            this.priority = stored.priority();
            this.lastActivity = stored.lastActivity();
            this.openedAt = stored.openedAt();
            this.flapping = stored.flapping();
            seen.addAll(stored.transitions().keySet());
        }

        /** Activity never moves back: a repeated notification carries the alert's original start. */
        void touch(Instant at) {
            if (at.isAfter(lastActivity)) {
                lastActivity = at;
            }
        }
    }

    /** Settings of an {@link AlertCorrelator}; {@link #build()} validates them all. */
    public static final class Builder {
        private final ServiceDirectory directory;
        private Duration window = Duration.ofMinutes(10);
        private int flapTransitions = 6;
        private Duration flapWindow = Duration.ofMinutes(30);
        private AllClearPolicy allClearPolicy = AllClearPolicy.RESOLVE;
        private BiFunction<Severity, Integer, String> priorityMapping = AlertCorrelator::defaultPriority;
        private @Nullable List<AlertGroup> restored = List.of();
        private long groupsOpened;

        private Builder(ServiceDirectory directory) {
            this.directory = directory;
        }

        /**
         * Alerts of one service join a group while it saw activity within this window (default 10 min).
         *
         * @param value positive
         * @return this builder
         */
        public Builder correlationWindow(Duration value) {
            this.window = value;
            return this;
        }

        /**
         * An alert that changes state {@code count} times within {@code within} is flapping (default 6 in 30 min).
         *
         * @param count  state changes that make an alert flapping, at least 2
         * @param within the window they must fall in; positive
         * @return this builder
         */
        public Builder flapping(int count, Duration within) {
            this.flapTransitions = count;
            this.flapWindow = within;
            return this;
        }

        /**
         * What to do when all alerts of a group clear (default RESOLVE).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder allClear(AllClearPolicy value) {
            this.allClearPolicy = value;
            return this;
        }

        /**
         * Severity × tier → priority (default {@link AlertCorrelator#defaultPriority}).
         *
         * @param value severity and tier to a priority label; called when a group opens or its severity rises
         * @return this builder
         */
        public Builder priorityMapping(BiFunction<Severity, Integer, String> value) {
            this.priorityMapping = value;
            return this;
        }

        /**
         * Starts from stored state, e.g. after a restart: the groups (the {@link AlertGroup#isRestorable()
         * restorable} ones of an {@link AlertGroupRepository}, see {@link AlertGroupRepository#findRestorable()})
         * and how many groups were opened before, so new ids do not repeat old ones. A service's group that is not
         * {@link AlertGroup#superseded() superseded} becomes its current group again.
         *
         * @param groups       the groups; ids unique, no alert key open in two of them
         * @param groupsOpened the {@link AlertCorrelator#groupsOpened()} of the correlator they came from
         * @return this builder
         */
        public Builder restore(Collection<AlertGroup> groups, long groupsOpened) {
            this.restored = groups == null ? null : List.copyOf(groups);
            this.groupsOpened = groupsOpened;
            return this;
        }

        /**
         * A correlator with these settings in the state that {@link AlertCorrelator#writeTo} wrote.
         *
         * @param in the state to read
         * @return the correlator, continuing where the written one stood
         * @throws ItmValidationException if a setting is invalid or the state is not a correlator's
         * @throws IOException            if {@code in} fails or ends early
         */
        public AlertCorrelator restore(DataInput in) throws IOException {
            Checks.notNull(in, "in");
            AlertCorrelator c = build();
            c.readFrom(in);
            return c;
        }

        /**
         * A correlator with these settings, holding the groups given to {@link #restore(Collection, long)}.
         *
         * @return a new correlator; not thread-safe: feed it from one thread or use {@link StoredAlertCorrelator}
         * @throws org.itm.core.ItmValidationException naming every invalid setting
         */
        public AlertCorrelator build() {
            Violations v = new Violations();
            if (v.require(restored != null, "restore.groups", "must not be null")) {
                Set<String> ids = new HashSet<>();
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < restored.size(); i++) {
                    AlertGroup g = restored.get(i);
                    v.require(ids.add(g.id()), "restore.groups[" + i + "].id", "repeats '" + g.id() + "'");
                    for (OpenAlert o : g.open()) {
                        v.require(keys.add(o.key()), "restore.groups[" + i + "].open", "alert '" + o.key()
                                + "' is open in another group too");
                    }
                }
            }
            v.require(groupsOpened >= 0, "restore.groupsOpened", "must not be negative, was " + groupsOpened);
            v.require(directory != null, "directory", "must not be null");
            v.require(window != null && window.compareTo(Duration.ZERO) > 0, "correlationWindow", "must be positive");
            v.require(flapTransitions >= 2, "flapping.count", "must be at least 2");
            v.require(flapWindow != null && flapWindow.compareTo(Duration.ZERO) > 0, "flapping.within",
                    "must be positive");
            v.require(allClearPolicy != null, "allClear", "must not be null");
            v.require(priorityMapping != null, "priorityMapping", "must not be null");
            v.throwIfAny();
            return new AlertCorrelator(this);
        }
    }
}
