package org.itm.operations.change;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.time.TimeInterval;
import org.itm.core.validation.Checks;

/**
 * The change calendar: maintenance and blackout windows, the check that guards scheduling, and export as
 * iCalendar (RFC 5545). Immutable and thread-safe.
 */
public final class ChangeCalendar {

    private final List<ChangeWindow> windows;
    private final BlackoutPolicy blackoutPolicy;

    private ChangeCalendar(List<ChangeWindow> windows, BlackoutPolicy blackoutPolicy) {
        this.windows = List.copyOf(Checks.notNull(windows, "windows"));
        this.blackoutPolicy = Checks.notNull(blackoutPolicy, "blackoutPolicy");
    }

    /** A calendar with these windows and blackout policy. */
    public static ChangeCalendar of(List<ChangeWindow> windows, BlackoutPolicy blackoutPolicy) {
        return new ChangeCalendar(windows, blackoutPolicy);
    }

    public List<ChangeWindow> windows() {
        return windows;
    }

    /** Whether {@code change} may be planned into {@code window}, with the reasons. */
    public ScheduleCheck check(Change change, TimeInterval window) {
        Checks.notNull(change, "change");
        Checks.notNull(window, "window");
        List<ChangeWindow> blackouts = new ArrayList<>();
        boolean inMaintenance = false;
        List<String> reasons = new ArrayList<>();
        for (ChangeWindow w : windows) {
            if (!w.covers(change.cis())) {
                continue;
            }
            if (w.kind() == WindowKind.BLACKOUT && w.interval().overlaps(window)) {
                blackouts.add(w);
            } else if (w.kind() == WindowKind.MAINTENANCE && !window.start().isBefore(w.interval().start())
                    && !window.end().isAfter(w.interval().end())) {
                inMaintenance = true;
                reasons.add("inside maintenance window '" + w.name() + "'");
            }
        }
        boolean allowed = true;
        for (ChangeWindow b : blackouts) {
            boolean emergencyOk = blackoutPolicy == BlackoutPolicy.REQUIRE_EMERGENCY_APPROVAL
                    && change.type() == ChangeType.EMERGENCY && change.approvalStatus() == ApprovalStatus.APPROVED;
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
        return new ScheduleCheck(allowed, blackouts, inMaintenance, reasons);
    }

    /**
     * Schedules {@code change} into {@code window} if the calendar allows it.
     *
     * @throws ItmValidationException if the window overlaps a blackout that the policy does not allow; nothing changes
     */
    public Change schedule(Change change, TimeInterval window, Instant at, String actor) {
        ScheduleCheck c = check(change, window);
        if (!c.allowed()) {
            throw new ItmValidationException("window", "change " + change.id() + " cannot be scheduled: "
                    + String.join("; ", c.reasons()));
        }
        return change.schedule(window, at, actor);
    }

    /**
     * The scheduled changes of {@code changes} and every window as an RFC 5545 calendar text. Event stamps are
     * {@code now} (from the caller's clock); UIDs are stable ({@code change id@domain}).
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
}
