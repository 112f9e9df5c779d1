package org.itm.operations.change;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The change calendar: maintenance and blackout windows, the check that guards scheduling (blackouts and
 * collisions with the changes already scheduled), and export as iCalendar (RFC 5545). Build one with
 * {@link #of} or {@link #builder()}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChangeCalendar {

    private final List<ChangeWindow> windows;
    private final BlackoutPolicy blackoutPolicy;
    private final CollisionDetector collisionDetector;
    private final CollisionPolicy collisionPolicy;
    private final StandardChangeCatalog standardChanges;

    private ChangeCalendar(List<ChangeWindow> windows, BlackoutPolicy blackoutPolicy,
                           CollisionDetector collisionDetector, CollisionPolicy collisionPolicy,
                           StandardChangeCatalog standardChanges) {
        this.windows = List.copyOf(windows);
        this.blackoutPolicy = blackoutPolicy;
        this.collisionDetector = collisionDetector;
        this.collisionPolicy = collisionPolicy;
        this.standardChanges = standardChanges;
    }

    /**
     * A calendar with these windows and blackout policy; collisions (same CI only) are reported, not refused.
     *
     * @param windows        maintenance and blackout windows
     * @param blackoutPolicy what to do with a change planned into a blackout
     * @return the calendar
     * @throws ItmValidationException if an argument is null
     */
    public static ChangeCalendar of(List<ChangeWindow> windows, BlackoutPolicy blackoutPolicy) {
        return builder().windows(Checks.notNull(windows, "windows"))
                .blackoutPolicy(Checks.notNull(blackoutPolicy, "blackoutPolicy")).build();
    }

    /**
     * A builder; defaults: no windows, {@link BlackoutPolicy#REJECT}, collisions on the same CI reported with
     * {@link CollisionPolicy#WARN}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The maintenance and blackout windows, in the order given to the builder.
     *
     * @return an unmodifiable list
     */
    public List<ChangeWindow> windows() {
        return windows;
    }

    /**
     * Whether {@code change} may be planned into {@code window}, with the reasons, ignoring other changes.
     *
     * @param change the change to plan
     * @param window when
     * @return the verdict with blackouts, maintenance windows and reasons (no collisions)
     * @throws ItmValidationException if an argument is null
     */
    public ScheduleCheck check(Change change, TimeInterval window) {
        return check(change, window, List.of());
    }

    /**
     * Whether {@code change} may be planned into {@code window} next to the {@code scheduled} changes, with the
     * reasons: blackouts by the blackout policy, collisions (found by the calendar's {@link CollisionDetector})
     * by the collision policy. Changes of {@code scheduled} that are cancelled or hold no window are ignored, as
     * is the change's own entry (when it is moved).
     *
     * @param change    the change to plan
     * @param window    when
     * @param scheduled the changes already in the calendar, in any state
     * @return the verdict
     * @throws ItmValidationException if an argument is null
     */
    public ScheduleCheck check(Change change, TimeInterval window, Collection<Change> scheduled) {
        Checks.notNull(change, "change");
        Checks.notNull(window, "window");
        Checks.notNull(scheduled, "scheduled");
        List<ChangeWindow> blackouts = new ArrayList<>();
        boolean inMaintenance = false;
        List<String> reasons = new ArrayList<>();
        for (ChangeWindow w : windows) {
            if (!w.covers(change.cis())) {
                continue;
            }
            if (w.kind() == ChangeWindowKind.BLACKOUT && w.interval().overlaps(window)) {
                blackouts.add(w);
            } else if (w.kind() == ChangeWindowKind.MAINTENANCE && !window.start().isBefore(w.interval().start())
                    && !window.end().isAfter(w.interval().end())) {
                inMaintenance = true;
                reasons.add("inside maintenance window '" + w.name() + "'");
            }
        }
        boolean approvedEmergency = change.type() == ChangeType.EMERGENCY
                && change.approvalStatus() == ApprovalStatus.APPROVED;
        boolean allowed = true;
        for (ChangeWindow b : blackouts) {
            boolean emergencyOk = blackoutPolicy == BlackoutPolicy.REQUIRE_EMERGENCY_APPROVAL && approvedEmergency;
            if (emergencyOk) {
                reasons.add("overlaps blackout '" + b.name() + "', allowed as an approved emergency change");
            } else {
                allowed = false;
                reasons.add("overlaps blackout '" + b.name() + "' (" + (blackoutPolicy == BlackoutPolicy.REJECT
                        ? "changes are rejected" : "needs an approved emergency change") + ")");
            }
        }
        if (blackouts.isEmpty() && !inMaintenance) {
            reasons.add("no blackout; outside maintenance windows");
        }
        if (change.type() == ChangeType.STANDARD && change.template().isPresent()) {
            Duration length = window.duration();
            Optional<Duration> max = standardChanges.template(change.template().get())
                    .flatMap(StandardChangeTemplate::maxDuration);
            if (max.isPresent() && length.compareTo(max.get()) > 0) {
                allowed = false;
                reasons.add("window of " + length + " is longer than the " + max.get() + " pre-approved by template '"
                        + change.template().get() + "' (raise it as a normal change)");
            }
        }
        List<ScheduledChange> others = scheduled.stream().map(c -> Checks.notNull(c, "scheduled[]"))
                .filter(ScheduledChange::holdsWindow).map(ScheduledChange::of).toList();
        List<Collision> collisions = collisionDetector.collisionsWith(
                new ScheduledChange(change.id(), window, change.cis()), others);
        for (Collision c : collisions) {
            String other = c.first().equals(change.id()) ? c.second() : c.first();
            String via = c.sameCi() ? "on " + c.ciOfFirst() : "via " + c.ciOfFirst() + " - " + c.ciOfSecond();
            String what = "collides with " + other + " " + via + " during " + c.overlap().start() + "/"
                    + c.overlap().end();
            switch (collisionPolicy) {
                case WARN -> reasons.add(what + " (reported only)");
                case REJECT -> {
                    allowed = false;
                    reasons.add(what + " (collisions are rejected)");
                }
                case REQUIRE_EMERGENCY_APPROVAL -> {
                    if (approvedEmergency) {
                        reasons.add(what + ", allowed as an approved emergency change");
                    } else {
                        allowed = false;
                        reasons.add(what + " (needs an approved emergency change)");
                    }
                }
            }
        }
        return new ScheduleCheck(allowed, blackouts, inMaintenance, collisions, reasons);
    }

    /**
     * Schedules {@code change} into {@code window} if the calendar allows it, ignoring other changes.
     *
     * @param change the change to plan
     * @param window when
     * @param at     when it is scheduled
     * @param actor  who schedules it
     * @return the scheduled change
     * @throws ItmValidationException if the window overlaps a blackout that the policy does not allow; nothing changes
     */
    public Change schedule(Change change, TimeInterval window, Instant at, String actor) {
        return schedule(change, window, List.of(), at, actor);
    }

    /**
     * Schedules {@code change} into {@code window} if the calendar allows it next to the {@code scheduled}
     * changes (see {@link #check(Change, TimeInterval, Collection)}).
     *
     * @param change    the change to plan
     * @param window    when
     * @param scheduled the changes already in the calendar, in any state (cancelled ones are ignored)
     * @param at        when it is scheduled
     * @param actor     who schedules it
     * @return the scheduled change
     * @throws ItmValidationException if a blackout or a collision is not allowed by its policy, naming every
     *                                reason; nothing changes
     */
    public Change schedule(Change change, TimeInterval window, Collection<Change> scheduled, Instant at,
                           String actor) {
        ScheduleCheck c = check(change, window, scheduled);
        if (!c.allowed()) {
            throw new ItmValidationException("window", "change " + change.id() + " cannot be scheduled: "
                    + String.join("; ", c.reasons()));
        }
        return change.schedule(window, at, actor);
    }

    /**
     * The changes of {@code changes} that have a window, and every calendar window, as an RFC 5545 calendar
     * text. Event stamps are {@code now} (from the caller's clock); UIDs are stable ({@code change id@domain}).
     * A cancelled change is exported with {@code STATUS:CANCELLED} (so calendar clients that imported it
     * remove it), others with {@code STATUS:CONFIRMED}; {@code SEQUENCE} counts the revisions (each move of the
     * window and the cancellation), so a client replaces the copy it holds.
     *
     * @param changes changes in any state
     * @param domain  the UID domain, e.g. {@code itm.example.org}
     * @param now     the stamp of every event
     * @return the calendar text, with CRLF line ends
     * @throws ItmValidationException if an argument is invalid
     */
    public String toICalendar(List<Change> changes, String domain, Instant now) {
        Checks.notNull(changes, "changes");
        Checks.notBlank(domain, "domain");
        Checks.notNull(now, "now");
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//ITM//Change calendar//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Change c : changes) {
            if (c.window().isEmpty()) {
                continue;
            }
            TimeInterval w = c.window().get();
            VEvent e = new VEvent(w.start(), w.end(), c.id() + ": " + c.title());
            e.replace(new DtStamp(now));
            e.add(new Uid(c.id() + "@" + domain));
            e.add(new Categories("CHANGE," + c.type()));
            boolean cancelled = c.state() == ChangeState.CANCELLED;
            e.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            long reschedules = c.history().stream().filter(h -> h.to() == ChangeState.SCHEDULED).count() - 1;
            e.add(new Sequence((int) Math.max(0, reschedules) + (cancelled ? 1 : 0)));
            e.add(new Description("state " + c.state() + "; CIs " + String.join(", ", c.cis())
                    + c.risk().map(r -> "; risk " + r.level()).orElse("")));
            cal.add(e);
        }
        int n = 0;
        for (ChangeWindow w : windows) {
            VEvent e = new VEvent(w.interval().start(), w.interval().end(), w.kind() + ": " + w.name());
            e.replace(new DtStamp(now));
            e.add(new Uid("window-" + (n++) + "-" + w.interval().start().getEpochSecond() + "@" + domain));
            e.add(new Categories(w.kind().name()));
            cal.add(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(cal, out);
        } catch (IOException | net.fortuna.ical4j.validate.ValidationException e) {
            throw new ItmException("could not write the change calendar as iCalendar: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Collects the settings of a calendar; {@link #build()} validates them, naming each bad one. Not thread-safe. */
    public static final class Builder {
        private final List<ChangeWindow> windows = new ArrayList<>();
        private boolean nullWindow;
        private BlackoutPolicy blackoutPolicy = BlackoutPolicy.REJECT;
        private CollisionDetector collisionDetector = CollisionDetector.create(CiTopology.none(), 0);
        private CollisionPolicy collisionPolicy = CollisionPolicy.WARN;
        private StandardChangeCatalog standardChanges = StandardChangeCatalog.of(List.of());

        private Builder() {
        }

        /**
         * The standard-change templates whose {@link StandardChangeTemplate#maxDuration()} limits the window of a
         * standard change; without them, windows of standard changes are not limited.
         *
         * @param catalog the templates
         * @return this builder
         */
        public Builder standardChanges(StandardChangeCatalog catalog) {
            this.standardChanges = catalog;
            return this;
        }

        /**
         * Adds a maintenance or blackout window.
         *
         * @param window the window
         * @return this builder
         */
        public Builder window(ChangeWindow window) {
            if (window == null) {
                nullWindow = true;
            } else {
                windows.add(window);
            }
            return this;
        }

        /**
         * Adds every window of {@code all}.
         *
         * @param all the windows
         * @return this builder
         */
        public Builder windows(Collection<ChangeWindow> all) {
            if (all == null) {
                nullWindow = true;
            } else {
                all.forEach(this::window);
            }
            return this;
        }

        /**
         * What to do with a change planned into a blackout.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder blackoutPolicy(BlackoutPolicy policy) {
            this.blackoutPolicy = policy;
            return this;
        }

        /**
         * How collisions with scheduled changes are found and what they mean for scheduling.
         *
         * @param detector finds collisions (topology and depth)
         * @param policy   warn, reject, or let only approved emergency changes collide
         * @return this builder
         */
        public Builder collisions(CollisionDetector detector, CollisionPolicy policy) {
            this.collisionDetector = detector;
            this.collisionPolicy = policy;
            return this;
        }

        /**
         * The calendar.
         *
         * @return the calendar
         * @throws ItmValidationException naming every missing setting
         */
        public ChangeCalendar build() {
            Violations v = new Violations();
            v.require(!nullWindow, "window", "must not be null");
            v.require(blackoutPolicy != null, "blackoutPolicy", "must not be null");
            v.require(collisionDetector != null, "collisionDetector", "must not be null");
            v.require(collisionPolicy != null, "collisionPolicy", "must not be null");
            v.require(standardChanges != null, "standardChanges", "must not be null");
            v.throwIfAny();
            return new ChangeCalendar(windows, blackoutPolicy, collisionDetector, collisionPolicy, standardChanges);
        }
    }
}
