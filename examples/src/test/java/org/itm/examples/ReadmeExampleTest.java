package org.itm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.time.BusinessCalendar;
import org.itm.examples.docs.MarkdownSnippets;
import org.itm.core.time.HolidayProvider;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code example true: the same lines, with its comments as assertions, and the README's own
 * block, imports included, compiled and run as a reader would paste it.
 */
class ReadmeExampleTest {

    @Test
    void readmeSlaBlockCompilesWithItsOwnImportsAndRuns() throws Exception {
        MarkdownSnippets.Snippet sla = MarkdownSnippets.of(MarkdownSnippets.root().resolve("README.md")).stream()
                .filter(s -> s.body().contains("SlaEngine.create")).findFirst().orElseThrow();
        assertThat(sla.imports()).contains("import org.itm.operations.sla.SlaEngine;",
                "import org.itm.core.time.BusinessCalendar;", "import java.time.ZoneId;");

        MarkdownSnippets.Compiled compiled = MarkdownSnippets.compile(List.of(sla));
        assertThat(compiled.errors()).as("README SLA block compiled with only its imports").isEmpty();
        compiled.run(sla);
    }

    @Test
    void readmeSlaExampleGivesTheDocumentedResults() {
        BusinessCalendar berlin = BusinessCalendar.weekly(ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00")
                .holidays(HolidayProvider.publicHolidays("de", "be"))
                .build();
        SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin", berlin)));
        SlaDefinition resolution = SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION)
                .calendar("berlin").target("P2", SlaTarget.businessHours(8)).build();

        SlaTimeline incident = new SlaTimeline("INC-1", Map.of("service", "mail"), List.of(
                SlaEvent.of(Instant.parse("2026-03-26T13:00:00Z"), "IN_PROGRESS", "P2"),
                new SlaEvent(Instant.parse("2026-03-27T09:00:00Z"), "ON_HOLD", "AWAITING_CUSTOMER", "P2"),
                SlaEvent.of(Instant.parse("2026-03-27T12:00:00Z"), "IN_PROGRESS", "P2"),
                SlaEvent.of(Instant.parse("2026-03-30T10:00:00Z"), "RESOLVED", "P2")));

        SlaResult r = engine.evaluate(resolution, incident, Instant.parse("2026-03-30T10:00:00Z")).orElseThrow();
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(11));
        assertThat(r.paused()).isEqualTo(Duration.ofHours(3));
        assertThat(r.breachedAt()).contains(Instant.parse("2026-03-27T16:00:00Z"));
        assertThat(r.explanation()).startsWith("resolution BREACHED at 2026-03-27T16:00:00Z while IN_PROGRESS");
    }
}
