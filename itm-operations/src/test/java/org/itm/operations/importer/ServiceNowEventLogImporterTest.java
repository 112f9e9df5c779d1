package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.incident.HoldReason;
import org.itm.operations.incident.IncidentField;
import org.itm.operations.incident.IncidentState;
import org.itm.operations.incident.TimelineEntry;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceNowEventLogImporterTest {

    static final String HEADER = "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,"
            + "made_sla,opened_at,sys_updated_by,sys_updated_at,priority,assignment_group,resolved_at,closed_at\n";

    private static ImportResult lenient(String rows) {
        return ServiceNowEventLogImporter.create().importCsv(new StringReader(HEADER + rows));
    }

    @Test
    void groupsRowsIntoTimelinesWithOpenedResolvedAndClosedInstants() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,29/2/2016 01:16,Updated by 21,29/2/2016 01:23,3 - Moderate,Group 56,29/2/2016 11:29,5/3/2016 12:00
                INC2,New,true,0,0,0,true,1/3/2016 09:00,Updated by 1,1/3/2016 09:05,2 - High,?,?,?
                INC1,Resolved,true,1,0,2,false,29/2/2016 01:16,Updated by 642,29/2/2016 08:53,3 - Moderate,Group 7,29/2/2016 11:29,5/3/2016 12:00
                """);
        assertThat(r.report().rowsRead()).isEqualTo(3);
        assertThat(r.report().rowsUsed()).isEqualTo(3);
        assertThat(r.report().rejected()).isEmpty();
        assertThat(r.incidents()).extracting(IncidentTimeline::number).containsExactly("INC1", "INC2");
        IncidentTimeline inc1 = r.incident("INC1").orElseThrow();
        assertThat(inc1.openedAt()).isEqualTo(Instant.parse("2016-02-29T01:16:00Z"));
        assertThat(inc1.resolvedAt()).contains(Instant.parse("2016-02-29T11:29:00Z"));
        assertThat(inc1.closedAt()).contains(Instant.parse("2016-03-05T12:00:00Z"));
        IncidentUpdate last = inc1.lastUpdate();
        assertThat(last).isEqualTo(new IncidentUpdate(3, Instant.parse("2016-02-29T08:53:00Z"), 2,
                Optional.of("Updated by 642"), ServiceNowState.RESOLVED, true, "3 - Moderate",
                Optional.of("Group 7"), 1, 0, false));
        IncidentTimeline inc2 = r.incident("INC2").orElseThrow();
        assertThat(inc2.resolvedAt()).isEmpty();
        assertThat(inc2.closedAt()).isEmpty();
        assertThat(inc2.lastUpdate().assignmentGroup()).isEmpty();
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        ImportResult r = lenient("INC1,New,true,0,0,0,true,1/3/2016 09:00,\"Smith, \"\"J\"\"\",1/3/2016 09:05,"
                + "\"3 - Moderate\",\"Group A\nsecond line\",?,?\n"
                + "INC1,Active,true,0,0,1,true,1/3/2016 09:00,x,1/3/2016 09:10,3 - Moderate,?,?,?\n");
        assertThat(r.report().rejected()).isEmpty();
        IncidentUpdate first = r.incidents().get(0).updates().get(0);
        assertThat(first.updatedBy()).contains("Smith, \"J\"");
        assertThat(first.assignmentGroup()).contains("Group A\nsecond line");
        assertThat(r.incidents().get(0).updates()).hasSize(2);
    }

    @Test
    void columnsAreFoundByHeaderNameInAnyOrder() {
        String csv = "closed_at,priority,number,extra,incident_state,active,reassignment_count,reopen_count,"
                + "sys_mod_count,made_sla,opened_at,sys_updated_by,sys_updated_at,assignment_group,resolved_at\r\n"
                + "?,1 - Critical,INC9,whatever,Active,true,2,1,3,false,1/3/2016 09:00,u,2/3/2016 10:00,G,?\r\n";
        ImportResult r = ServiceNowEventLogImporter.create().importCsv(new StringReader(csv));
        IncidentUpdate u = r.incidents().get(0).lastUpdate();
        assertThat(u.priority()).isEqualTo("1 - Critical");
        assertThat(u.reassignmentCount()).isEqualTo(2);
        assertThat(u.reopenCount()).isEqualTo(1);
        assertThat(u.madeSla()).isFalse();
    }

    @Test
    void missingOptionalValuesAreToleratedAndMissingRequiredOnesRejectRowWithEveryReason() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,1/3/2016 09:00,?,1/3/2016 09:05,3 - Moderate,?,?,?
                INC1,?,true,?,0,1,maybe,1/3/2016 09:00,u,?,3 - Moderate,G,?,?
                ?,Active,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 09:06,?,G,?,?
                """);
        assertThat(r.report().rowsRead()).isEqualTo(3);
        assertThat(r.report().rowsUsed()).isEqualTo(1);
        assertThat(r.report().rejected()).containsExactly(
                new RowIssue(2, 3, "INC1", "incident_state is missing; sys_updated_at is missing; "
                        + "reassignment_count is missing; made_sla 'maybe' is not true or false"),
                new RowIssue(3, 4, "", "number is missing; priority is missing"));
        assertThat(r.incidents().get(0).lastUpdate().updatedBy()).isEmpty();
    }

    @Test
    void badDatesAreRejectedWithTheRowAndTheValue() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,31/2/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?
                INC1,New,true,0,0,1,true,1/3/2016 09:00,u,2016-03-01 09:06,3 - Moderate,G,?,?
                INC1,New,true,0,0,2,true,1/3/2016 09:00,u,1/3/2016 09:07,3 - Moderate,G,1/3/2016 25:00,?
                INC1,New,true,0,0,3,true,1/3/2016 09:00,u,1/3/2016 09:08,3 - Moderate,G,?,?
                """);
        assertThat(r.report().rejected()).extracting(RowIssue::row, RowIssue::reason).containsExactly(
                Tuple.tuple(1L, "opened_at '31/2/2016 09:00' is not a d/m/yyyy HH:mm timestamp"),
                Tuple.tuple(2L,
                        "sys_updated_at '2016-03-01 09:06' is not a d/m/yyyy HH:mm timestamp"),
                Tuple.tuple(3L, "resolved_at '1/3/2016 25:00' is not a d/m/yyyy HH:mm timestamp"));
        assertThat(r.incidents()).hasSize(1);
        assertThat(r.incidents().get(0).updates()).extracting(IncidentUpdate::row).containsExactly(4L);
    }

    @Test
    void unknownStatesWrongFieldCountsMalformedQuotesAndEmptyLinesAreRejectedNotDroppedAndAStrayQuoteIsText() {
        ImportResult r = lenient("INC1,-100,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?\n"
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?\n"
                + "\n"
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u\"x,1/3/2016 09:05,3 - Moderate,G,?,?\n"
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,\"u\"x,1/3/2016 09:05,3 - Moderate,G,?,?\n"
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,\"G,?,?\n");
        assertThat(r.report().rowsRead()).isEqualTo(6);
        // a quote inside an unquoted field is a character of the field, as Python's csv module reads it (strict
        // or not): csv.reader(['INC1,...,u"x,...'], strict=True) gives the field 'u"x'
        assertThat(r.report().rowsUsed()).isEqualTo(1);
        assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.updates()).singleElement()
                .satisfies(u -> assertThat(u.updatedBy()).contains("u\"x")));
        assertThat(r.report().rejected()).extracting(RowIssue::toString).containsExactly(
                "row 1 (line 2, INC1): incident_state '-100' is not a known ServiceNow state",
                "row 2 (line 3, INC1): has 13 fields, the header has 14",
                "row 3 (line 4): empty line",
                "row 5 (line 6, INC1): malformed CSV: unexpected character 'x' after the closing quote of field 9",
                "row 6 (line 7, INC1): malformed CSV: quoted field opened on line 7 is never closed");
        // ties keep the order of first occurrence
        assertThat(r.report().rejectedByReason()).containsExactly(
                Map.entry("incident_state '…' is not a known ServiceNow state", 1L),
                Map.entry("has 13 fields, the header has 14", 1L),
                Map.entry("empty line", 1L),
                Map.entry("malformed CSV: unexpected character '…' after the closing quote of field 9", 1L),
                Map.entry("malformed CSV: quoted field opened on line 7 is never closed", 1L));    }

    @Test
    void rejectedRowsAreCountedByReasonWhateverValueTheyQuote() {
        ImportResult r = lenient("""
                INC1,Foo,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?
                INC2,Bar,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?
                INC3,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,?,G,?,?
                """);
        assertThat(r.report().rejectedByReason()).containsExactly(
                Map.entry("incident_state '…' is not a known ServiceNow state", 2L),
                Map.entry("priority is missing", 1L));
    }

    @Test
    void outOfOrderUpdatesAreOrderedByTimeThenModCountAndFlagged() {
        ImportResult r = lenient("""
                INC1,Resolved,true,0,0,3,true,1/3/2016 09:00,u,1/3/2016 12:00,3 - Moderate,G,1/3/2016 12:00,?
                INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,1/3/2016 12:00,?
                INC1,Active,true,0,0,2,true,1/3/2016 09:00,u,1/3/2016 10:00,3 - Moderate,G,1/3/2016 12:00,?
                INC1,New,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 10:00,3 - Moderate,G,1/3/2016 12:00,?
                """);
        assertThat(r.incidents().get(0).updates()).extracting(IncidentUpdate::row).containsExactly(2L, 4L, 3L, 1L);
        assertThat(r.incidents().get(0).lastUpdate().state()).isEqualTo(ServiceNowState.RESOLVED);
        assertThat(r.report().warnings()).containsExactly(new RowIssue(2, 3, "INC1",
                "updates are not in time order in the file; ordered by sys_updated_at, then sys_mod_count"));
    }

    @Test
    void duplicateRowsAreRejectedAndNamedButRowsDifferingInAnyColumnAreKept() {
        String row = "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?\n";
        ImportResult r = lenient(row + row
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,v,1/3/2016 09:05,3 - Moderate,G,?,?\n" + row);
        assertThat(r.report().rowsRead()).isEqualTo(4);
        assertThat(r.report().rowsUsed()).isEqualTo(2);
        assertThat(r.report().rejected()).containsExactly(
                new RowIssue(2, 3, "INC1", "duplicate of row 1 (identical in every column)"),
                new RowIssue(4, 5, "INC1", "duplicate of row 1 (identical in every column)"));
        assertThat(r.incidents().get(0).updates()).extracting(IncidentUpdate::row).containsExactly(1L, 3L);
    }

    @Test
    void disagreeingIncidentColumnsTakeTheLatestUpdateAndWarn() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 09:05,3 - Moderate,G,?,?
                INC1,Resolved,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 10:00,3 - Moderate,G,1/3/2016 10:00,?
                """);
        IncidentTimeline i = r.incidents().get(0);
        assertThat(i.openedAt()).isEqualTo(Instant.parse("2016-03-01T09:00:00Z"));
        assertThat(i.resolvedAt()).contains(Instant.parse("2016-03-01T10:00:00Z"));
        assertThat(r.report().warnings()).extracting(RowIssue::row).containsExactly(1L);
        assertThat(r.report().warnings().get(0).reason()).contains("differ from the latest update (row 2)");
    }

    @Test
    void resolutionBeforeOpeningIsWarnedAndGivesNoTimeToResolve() {
        ImportResult r = lenient(
                "INC1,Resolved,true,0,0,0,true,2/3/2016 09:00,u,2/3/2016 09:05,3 - Moderate,G,1/3/2016 10:00,?\n");
        assertThat(r.incidents().get(0).timeToResolve()).isEmpty();
        assertThat(r.report().warnings()).extracting(RowIssue::reason)
                .containsExactly("resolved_at is before opened_at; the incident has no time to resolve");
    }

    @Test
    void strictModeFailsTheWholeImportOnTheFirstUnusableRow() {
        ServiceNowEventLogImporter strict = ServiceNowEventLogImporter.builder().strict(true).build();
        String csv = HEADER + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?\n"
                + "INC1,Bogus,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 09:06,3 - Moderate,G,?,?\n";
        assertThatThrownBy(() -> strict.importCsv(new StringReader(csv)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("rows[2]")
                .hasMessageContaining("row 2 (line 3, INC1): incident_state 'Bogus' is not a known ServiceNow state");
        assertThat(strict.strict()).isTrue();
    }

    @Test
    void timestampsAreReadInTheConfiguredZone() {
        ServiceNowEventLogImporter paris = ServiceNowEventLogImporter.builder().zone(ZoneId.of("Europe/Paris"))
                .build();
        ImportResult r = paris.importCsv(new StringReader(HEADER
                + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/7/2016 09:05,3 - Moderate,G,?,?\n"));
        assertThat(r.incidents().get(0).openedAt()).isEqualTo(Instant.parse("2016-03-01T08:00:00Z"));
        assertThat(r.incidents().get(0).lastUpdate().updatedAt()).isEqualTo(Instant.parse("2016-07-01T07:05:00Z"));
        assertThat(ServiceNowEventLogImporter.create().zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aHeaderWithoutTheNeededColumnsOrAnEmptyInputIsRefused() {
        assertThatThrownBy(() -> ServiceNowEventLogImporter.create().importCsv(new StringReader("number,active\n")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("lacks the column(s) [incident_state, reassignment_count");
        assertThatThrownBy(() -> ServiceNowEventLogImporter.create().importCsv(new StringReader("")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("a header row is required");
        assertThatThrownBy(() -> ServiceNowEventLogImporter.builder().zone(null).build())
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("zone");
    }

    @Test
    void readsTheCsvFromAZipArchiveOrAPlainFile(@TempDir Path dir) throws IOException {
        String csv = HEADER + "INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?\n";
        Path zip = dir.resolve("log.csv.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not the log".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("incident_event_log.csv"));
            z.write(csv.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(ServiceNowEventLogImporter.create().importFile(zip).incidents()).hasSize(1);
        Path plain = Files.writeString(dir.resolve("log.csv"), "\uFEFF" + csv);
        assertThat(ServiceNowEventLogImporter.create().importFile(plain).incidents()).hasSize(1);
        Path empty = dir.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(empty); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.closeEntry();
        }
        assertThatThrownBy(() -> ServiceNowEventLogImporter.create().importFile(empty))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("no entry ending in .csv");
        assertThatThrownBy(() -> ServiceNowEventLogImporter.create().importFile(dir.resolve("absent.zip")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("not a readable file");
    }

    @Test
    void convertsToAnSlaTimelineWithHoldReasonsAndPriorityLabels() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 09:05,3 - Moderate,G,?,?
                INC1,Active,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 10:00,3 - Moderate,G,?,?
                INC1,Active,true,1,0,2,true,1/3/2016 09:00,u,1/3/2016 10:30,3 - Moderate,H,?,?
                INC1,Awaiting User Info,true,1,0,3,true,1/3/2016 09:00,u,1/3/2016 11:00,3 - Moderate,H,?,?
                INC1,Awaiting Vendor,true,1,0,4,true,1/3/2016 09:00,u,1/3/2016 12:00,2 - High,H,?,?
                INC1,Awaiting Problem,true,1,0,5,true,1/3/2016 09:00,u,1/3/2016 13:00,2 - High,H,?,?
                INC1,Awaiting Evidence,true,1,0,6,true,1/3/2016 09:00,u,1/3/2016 14:00,2 - High,H,?,?
                INC1,Resolved,true,1,0,7,true,1/3/2016 09:00,u,1/3/2016 15:00,2 - High,H,1/3/2016 15:00,?
                INC1,Closed,false,1,0,8,true,1/3/2016 09:00,u,6/3/2016 15:00,2 - High,H,1/3/2016 15:00,6/3/2016 15:00
                """);
        SlaTimeline t = r.incidents().get(0).toSlaTimeline();
        assertThat(t.ticketId()).isEqualTo("INC1");
        assertThat(t.attributes()).containsExactly(Map.entry("assignmentGroup", "H"));
        assertThat(t.events()).containsExactly(
                new SlaEvent(at("2016-03-01T09:00:00Z"), "NEW", "", "P3"),
                new SlaEvent(at("2016-03-01T10:00:00Z"), "IN_PROGRESS", "", "P3"),
                new SlaEvent(at("2016-03-01T11:00:00Z"), "ON_HOLD", "AWAITING_CUSTOMER", "P3"),
                new SlaEvent(at("2016-03-01T12:00:00Z"), "ON_HOLD", "AWAITING_VENDOR", "P2"),
                new SlaEvent(at("2016-03-01T13:00:00Z"), "ON_HOLD", "AWAITING_PROBLEM", "P2"),
                new SlaEvent(at("2016-03-01T14:00:00Z"), "ON_HOLD", "AWAITING_EVIDENCE", "P2"),
                new SlaEvent(at("2016-03-01T15:00:00Z"), "RESOLVED", "", "P2"),
                new SlaEvent(at("2016-03-06T15:00:00Z"), "CLOSED", "", "P2"));
    }

    @Test
    void theSlaEngineMeasuresAnImportedIncidentAndPausesOnlyForTheCaller() {
        ImportResult r = lenient("""
                INC1,Active,true,0,0,1,true,1/3/2016 09:00,u,1/3/2016 10:00,3 - Moderate,G,?,?
                INC1,Awaiting User Info,true,0,0,2,true,1/3/2016 09:00,u,1/3/2016 11:00,3 - Moderate,G,?,?
                INC1,Awaiting Vendor,true,0,0,3,true,1/3/2016 09:00,u,1/3/2016 12:00,3 - Moderate,G,?,?
                INC1,Resolved,true,0,0,4,true,1/3/2016 09:00,u,1/3/2016 15:00,3 - Moderate,G,1/3/2016 15:00,?
                """);
        SlaDefinition resolution = SlaDefinition.builder("resolution")
                .metric(SlaMetric.RESOLUTION).calendar("always")
                .target("P3", SlaTarget.businessHours(8))
                .pauseWhenReasons("AWAITING_CUSTOMER").build();
        SlaEngine engine = SlaEngine.create(
                CalendarLookup.of(Map.of("always",
                        BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))));
        SlaResult result = engine.evaluate(resolution, r.incidents().get(0).toSlaTimeline(),
                at("2016-03-02T00:00:00Z")).orElseThrow();
        // opened 09:00, resolved 15:00; the hour awaiting the caller is paused, the vendor's three hours are not
        assertThat(result.elapsed()).isEqualTo(Duration.ofHours(5));
        assertThat(result.paused()).isEqualTo(Duration.ofHours(1));
        assertThat(result.stoppedAt()).contains(at("2016-03-01T15:00:00Z"));
        assertThat(result.isMet()).isTrue();
    }

    @Test
    void anUpdateStampedBeforeTheOpeningIsPlacedAtTheOpeningInTheSlaTimeline() {
        ImportResult r = lenient(
                "INC1,Active,true,0,0,0,true,1/3/2016 09:00,u,1/3/2016 08:55,1 - Critical,G,?,?\n");
        assertThat(r.incidents().get(0).toSlaTimeline().events()).containsExactly(
                new SlaEvent(at("2016-03-01T09:00:00Z"), "NEW", "", "P1"),
                new SlaEvent(at("2016-03-01T09:00:00Z"), "IN_PROGRESS", "", "P1"));
    }

    @Test
    void convertsToAuditTimelineEntriesOfTheIncidentModel() {
        ImportResult r = lenient("""
                INC1,New,true,0,0,0,true,1/3/2016 09:00,?,1/3/2016 09:05,3 - Moderate,?,?,?
                INC1,Active,true,0,0,1,true,1/3/2016 09:00,Ann,1/3/2016 10:00,3 - Moderate,G,?,?
                INC1,Awaiting Vendor,true,0,0,2,true,1/3/2016 09:00,Ann,1/3/2016 11:00,2 - High,G,?,?
                """);
        List<TimelineEntry> entries = r.incidents().get(0).toTimelineEntries();
        assertThat(entries).containsExactly(
                new TimelineEntry(at("2016-03-01T09:05:00Z"), "servicenow", IncidentField.STATE, "", "NEW", "New"),
                new TimelineEntry(at("2016-03-01T09:05:00Z"), "servicenow", IncidentField.PRIORITY, "",
                        "3 - Moderate", ""),
                new TimelineEntry(at("2016-03-01T10:00:00Z"), "Ann", IncidentField.STATE, "NEW", "IN_PROGRESS",
                        "Active"),
                new TimelineEntry(at("2016-03-01T10:00:00Z"), "Ann", IncidentField.ASSIGNMENT_GROUP, "", "G", ""),
                new TimelineEntry(at("2016-03-01T11:00:00Z"), "Ann", IncidentField.STATE, "IN_PROGRESS", "ON_HOLD",
                        "Awaiting Vendor"),
                new TimelineEntry(at("2016-03-01T11:00:00Z"), "Ann", IncidentField.PRIORITY, "3 - Moderate",
                        "2 - High", ""));
    }

    @Test
    void serviceNowStatesMapOntoTheLifecycle() {
        assertThat(ServiceNowState.fromDisplayName("Awaiting User Info")).contains(ServiceNowState.AWAITING_USER_INFO);
        assertThat(ServiceNowState.fromDisplayName("-100")).isEmpty();
        assertThat(ServiceNowState.AWAITING_PROBLEM.holdReason())
                .contains(HoldReason.AWAITING_CHANGE);
        assertThat(ServiceNowState.ACTIVE.holdReason()).isEmpty();
        for (ServiceNowState s : ServiceNowState.values()) {
            assertThat(s.holdReason().isPresent())
                    .as(s.name()).isEqualTo(s.incidentState() == IncidentState.ON_HOLD);
        }
        assertThat(IncidentTimeline.slaPriority("4 - Low")).isEqualTo("P4");
        assertThat(IncidentTimeline.slaPriority(" Urgent ")).isEqualTo("Urgent");
        assertThat(IncidentTimeline.slaPriority("x - y")).isEqualTo("x - y");
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
