package org.itm.operations.oncall;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;

/** Writes on-call slots as iCalendar with ical4j, the library of the change calendar's export. */
final class OnCallICalendar {

    private OnCallICalendar() {
    }

    static String write(OnCallSchedule schedule, List<OnCallSlot> slots, String name, String domain, Instant now) {
        if (domain == null || domain.isBlank()) {
            throw new ItmValidationException("domain", "must not be blank");
        }
        if (now == null) {
            throw new ItmValidationException("now", "must not be null");
        }
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//ITM//On-call schedule//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", name));
        for (OnCallSlot s : slots) {
            VEvent e = new VEvent(s.interval().start(), s.interval().end(), "On call: " + s.member());
            e.replace(new DtStamp(now));
            // stable per slot start and member, so a re-export replaces the client's copy instead of doubling it
            e.add(new Uid(schedule.id() + "-" + s.interval().start().getEpochSecond() + "-" + s.member() + "@"
                    + domain));
            e.add(new Categories("ON-CALL," + schedule.id()));
            e.add(ImmutableTransp.TRANSPARENT);
            e.add(new Description("schedule " + schedule.id() + "; decided by " + s.decidedBy()));
            cal.add(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(cal, out);
        } catch (IOException | net.fortuna.ical4j.validate.ValidationException e) {
            throw new ItmException("could not write the on-call schedule as iCalendar: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
