package org.itm.flink.sla;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.time.BusinessCalendar;
import org.itm.flink.sla.SlaSetup;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaTarget;

/** Resolution (P1 4 h, P3 16 h) and response (P1 1 h, P3 4 h) SLAs on a 09:00–17:00 Berlin week. */
public final class OfficeSlas implements SlaSetup {

    private static final long serialVersionUID = 1L;
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION).calendar("office")
                        .target("P1", SlaTarget.businessHours(4)).target("P3", SlaTarget.businessHours(16))
                        .build(),
                SlaDefinition.builder("response").metric(SlaMetric.RESPONSE).calendar("office")
                        .target("P1", SlaTarget.businessHours(1)).target("P3", SlaTarget.businessHours(4))
                        .build());
    }

    @Override
    public CalendarLookup calendars() {
        return CalendarLookup.of(Map.of("office",
                BusinessCalendar.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0))));
    }
}
