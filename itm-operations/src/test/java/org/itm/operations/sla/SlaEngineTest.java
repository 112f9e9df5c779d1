package org.itm.operations.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class SlaEngineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin", BusinessCalendar.weekdays(BERLIN, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)))));

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static SlaDefinition p2Resolution() {
        return SlaDefinition.builder("resolution-p2").name("Resolution").metric(SlaMetric.RESOLUTION)
                .calendar("berlin").target("P2", SlaTarget.businessHours(8)).build();
    }

    static SlaTimeline workedExample() {
        return new SlaTimeline("INC-1", Map.of("service", "mail"), List.of(
                SlaEvent.of(berlin("2026-03-26T14:00"), "IN_PROGRESS", "P2"),
                new SlaEvent(berlin("2026-03-27T10:00"), "ON_HOLD", "AWAITING_CUSTOMER", "P2"),
                SlaEvent.of(berlin("2026-03-27T13:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-30T12:00"), "RESOLVED", "P2")));
    }

    @Test
    void workedExampleFromTheIssueBreachesFridayAtFiveInBerlin() {
        SlaResult r = engine.evaluate(p2Resolution(), workedExample(), berlin("2026-03-30T12:00")).orElseThrow();
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(11));
        assertThat(r.paused()).isEqualTo(Duration.ofHours(3));
        assertThat(r.breachedAt()).contains(Instant.parse("2026-03-27T16:00:00Z"));
        assertThat(r.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.remaining()).isEqualTo(Duration.ZERO);
        assertThat(r.stoppedAt()).contains(berlin("2026-03-30T12:00"));
        assertThat(r.breachState()).contains("IN_PROGRESS");
        assertThat(r.thresholdsCrossed()).extracting(ThresholdCrossing::at).containsExactly(
                berlin("2026-03-27T10:00"), berlin("2026-03-27T15:00"), berlin("2026-03-27T16:12"));
        assertThat(r.shares()).contains(new ClockShare("ON_HOLD", "AWAITING_CUSTOMER", ClockMode.PAUSED,
                Duration.ofHours(3)));
    }

    @Test
    void whileOnHoldTheClockIsPausedAndNoBreachIsPredicted() {
        SlaResult r = engine.evaluate(p2Resolution(), workedExample(), berlin("2026-03-27T11:30")).orElseThrow();
        assertThat(r.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(r.paused()).isEqualTo(Duration.ofMinutes(90));
        assertThat(r.clockHeldBy()).isEqualTo("ON_HOLD/AWAITING_CUSTOMER");
        assertThat(r.predictedBreachAt()).isEmpty();
        assertThat(r.elapsedPercent()).isEqualTo(50.0);
    }

    @Test
    void runningClockPredictsTheBreach() {
        SlaResult r = engine.evaluate(p2Resolution(), workedExample(), berlin("2026-03-27T14:00")).orElseThrow();
        assertThat(r.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(r.remaining()).isEqualTo(Duration.ofHours(3));
        assertThat(r.predictedBreachAt()).contains(berlin("2026-03-27T17:00"));
    }

    @Test
    void ticketOpenedOutsideWorkingHoursStartsAtTheNextWorkingInstant() {
        SlaTimeline t = new SlaTimeline("INC-2", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-28T10:00"), "NEW", "P2"),
                SlaEvent.of(berlin("2026-03-30T11:00"), "RESOLVED", "P2")));
        SlaResult r = engine.evaluate(p2Resolution(), t, berlin("2026-03-30T12:00")).orElseThrow();
        assertThat(r.clockStartedAt()).isEqualTo(berlin("2026-03-30T09:00"));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(r.status()).isEqualTo(SlaStatus.ACHIEVED);
    }

    @Test
    void responseStopsAtFirstAssignment() {
        SlaDefinition response = SlaDefinition.builder("response").metric(SlaMetric.RESPONSE).calendar("berlin")
                .target("P2", SlaTarget.businessHours(1)).build();
        SlaResult r = engine.evaluate(response, new SlaTimeline("INC-3", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T16:30"), "NEW", "P2"),
                SlaEvent.of(berlin("2026-03-27T09:20"), "ASSIGNED", "P2"),
                SlaEvent.of(berlin("2026-03-27T10:20"), "RESOLVED", "P2"))), berlin("2026-03-27T12:00")).orElseThrow();
        assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(50));
        assertThat(r.status()).isEqualTo(SlaStatus.ACHIEVED);
    }

    @Test
    void businessDaysTargetEndsAtTheEndOfTheNthWorkingDayOrAtTheSameTime() {
        SlaTimeline t = new SlaTimeline("INC-4", Map.of(), List.of(SlaEvent.of(berlin("2026-03-26T14:00"), "NEW", "P3")));
        SlaDefinition endOfDay = SlaDefinition.builder("days").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P3", SlaTarget.businessDays(2)).build();
        SlaResult r = engine.evaluate(endOfDay, t, berlin("2026-03-26T15:00")).orElseThrow();
        // Thu 14:00 + 2 business days: end of Mon 30 March = 3 h (Thu) + 8 h (Fri) + 8 h (Mon)
        assertThat(r.target()).isEqualTo(Duration.ofHours(19));
        assertThat(r.predictedBreachAt()).contains(berlin("2026-03-30T17:00"));
        SlaDefinition sameTime = SlaDefinition.builder("days2").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P3", SlaTarget.businessDays(2)).businessDayConvention(BusinessDayConvention.SAME_TIME).build();
        SlaResult s = engine.evaluate(sameTime, t, berlin("2026-03-26T15:00")).orElseThrow();
        assertThat(s.target()).isEqualTo(Duration.ofHours(16));
        assertThat(s.predictedBreachAt()).contains(berlin("2026-03-30T14:00"));
    }

    @Test
    void priorityChangeRecomputesFromStartOrKeepsOriginal() {
        SlaTimeline t = new SlaTimeline("INC-5", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P3"),
                SlaEvent.of(berlin("2026-03-26T11:00"), "IN_PROGRESS", "P1")));
        SlaDefinition.Builder b = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P1", SlaTarget.businessHours(4)).target("P3", SlaTarget.businessHours(16));
        SlaResult recompute = engine.evaluate(b.build(), t, berlin("2026-03-26T12:00")).orElseThrow();
        assertThat(recompute.target()).isEqualTo(Duration.ofHours(4));
        assertThat(recompute.predictedBreachAt()).contains(berlin("2026-03-26T13:00"));
        SlaResult keep = engine.evaluate(b.priorityChangePolicy(PriorityChangePolicy.KEEP_ORIGINAL).build(), t,
                berlin("2026-03-26T12:00")).orElseThrow();
        assertThat(keep.target()).isEqualTo(Duration.ofHours(16));
        assertThat(keep.priority()).isEqualTo("P3");
    }

    @Test
    void reopenContinuesTheClockOrStartsANewCycle() {
        SlaTimeline t = new SlaTimeline("INC-6", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T12:00"), "RESOLVED", "P2"),
                SlaEvent.of(berlin("2026-03-26T15:00"), "IN_PROGRESS", "P2")));
        SlaDefinition.Builder b = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8));
        SlaResult cont = engine.evaluate(b.build(), t, berlin("2026-03-26T16:00")).orElseThrow();
        assertThat(cont.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(cont.cycle()).isEqualTo(1);
        SlaResult fresh = engine.evaluate(b.reopenPolicy(ReopenPolicy.NEW_CYCLE).build(), t,
                berlin("2026-03-26T16:00")).orElseThrow();
        assertThat(fresh.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(fresh.cycle()).isEqualTo(2);
    }

    @Test
    void aReopenedCycleWhosePriorityHasNoTargetKeepsTheTargetItHad() {
        SlaTimeline t = new SlaTimeline("INC-10", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T12:00"), "RESOLVED", "P2"),
                SlaEvent.of(berlin("2026-03-26T15:00"), "IN_PROGRESS", "P7")));
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P1", SlaTarget.businessHours(2)).target("P2", SlaTarget.businessHours(8))
                .reopenPolicy(ReopenPolicy.NEW_CYCLE).build();
        SlaResult r = engine.evaluate(d, t, berlin("2026-03-26T16:00")).orElseThrow();
        assertThat(r.cycle()).isEqualTo(2);
        assertThat(r.target()).isEqualTo(Duration.ofHours(8));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(r.predictedBreachAt()).contains(berlin("2026-03-27T15:00"));
    }

    @Test
    void aReopenedCycleWhosePriorityHasNoTargetKeepsTheTargetItHadWhicheverTargetIsListedFirst() {
        // the same reopening as above from P1: one of the two cases has a target other than the definition's first
        SlaTimeline t = new SlaTimeline("INC-13", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P1"),
                SlaEvent.of(berlin("2026-03-26T12:00"), "RESOLVED", "P1"),
                SlaEvent.of(berlin("2026-03-26T15:00"), "IN_PROGRESS", "P7")));
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P1", SlaTarget.businessHours(2)).target("P2", SlaTarget.businessHours(8))
                .reopenPolicy(ReopenPolicy.NEW_CYCLE).build();
        SlaResult r = engine.evaluate(d, t, berlin("2026-03-26T16:00")).orElseThrow();
        assertThat(r.cycle()).isEqualTo(2);
        assertThat(r.target()).isEqualTo(Duration.ofHours(2));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(r.predictedBreachAt()).contains(berlin("2026-03-26T17:00"));
    }

    @Test
    void reopeningIntoAPausedStateStartsTheNewCycleButACancelAfterTheResolutionDoesNot() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).reopenPolicy(ReopenPolicy.NEW_CYCLE).build();
        SlaTimeline paused = new SlaTimeline("INC-11", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "RESOLVED", "P2"),
                SlaEvent.of(berlin("2026-03-26T11:00"), "ON_HOLD", "P2"),
                SlaEvent.of(berlin("2026-03-26T12:00"), "IN_PROGRESS", "P2")));
        SlaResult r = engine.evaluate(d, paused, berlin("2026-03-26T13:00")).orElseThrow();
        assertThat(r.cycle()).isEqualTo(2);
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(r.paused()).isEqualTo(Duration.ofHours(1));
        SlaTimeline cancelled = new SlaTimeline("INC-12", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "RESOLVED", "P2"),
                SlaEvent.of(berlin("2026-03-26T11:00"), "CANCELLED", "P2")));
        SlaResult c = engine.evaluate(d, cancelled, berlin("2026-03-26T13:00")).orElseThrow();
        assertThat(c.cycle()).isEqualTo(1);
        assertThat(c.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(c.status()).isEqualTo(SlaStatus.CANCELLED);
    }

    @Test
    void enteringAResetStateFromAnotherStateStartsANewCycleButStayingInOneDoesNot() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).resetWhenStates("ASSIGNED").build();
        SlaTimeline t = new SlaTimeline("INC-13", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "ASSIGNED", "P2"),
                new SlaEvent(berlin("2026-03-26T11:00"), "ASSIGNED", "SECOND_LINE", "P2")));
        SlaResult r = engine.evaluate(d, t, berlin("2026-03-26T12:00")).orElseThrow();
        assertThat(r.cycle()).isEqualTo(2);
        assertThat(r.clockStartedAt()).isEqualTo(berlin("2026-03-26T10:00"));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aStateListedToStopAndToCancelCancelsAndAStateListedToResetAndPauseDoesBoth() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).stopWhenStates("RESOLVED", "CANCELLED")
                .pauseWhenStates("REQUEUED").resetWhenStates("REQUEUED").build();
        SlaTimeline cancelled = new SlaTimeline("INC-15", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "CANCELLED", "P2")));
        SlaResult c = engine.evaluate(d, cancelled, berlin("2026-03-26T12:00")).orElseThrow();
        assertThat(c.status()).isEqualTo(SlaStatus.CANCELLED);
        assertThat(c.elapsed()).isEqualTo(Duration.ofHours(1));
        SlaTimeline requeued = new SlaTimeline("INC-16", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "REQUEUED", "P2")));
        SlaResult r = engine.evaluate(d, requeued, berlin("2026-03-26T12:00")).orElseThrow();
        assertThat(r.cycle()).isEqualTo(2);
        assertThat(r.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(r.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(r.paused()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void prioritiesWhoseHashCodesCollideEachKeepTheirOwnTarget() {
        // "P1" and "P9" hash to 2529 and 2537: the same slot of a small table
        assertThat("P1".hashCode() & 7).isEqualTo("P9".hashCode() & 7);
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P1", SlaTarget.businessHours(2)).target("P9", SlaTarget.businessHours(16)).build();
        for (String priority : List.of("P1", "P9")) {
            SlaTimeline t = new SlaTimeline("INC-" + priority, Map.of(),
                    List.of(SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", priority)));
            SlaResult r = engine.evaluate(d, t, berlin("2026-03-26T10:00")).orElseThrow();
            assertThat(r.target()).isEqualTo(Duration.ofHours(priority.equals("P1") ? 2 : 16));
            assertThat(r.priority()).isEqualTo(priority);
        }
    }

    @Test
    void appliesToNeedsATargetForThePriorityAndEveryListedAttributeValue() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).appliesWhen("service", "crm", "mail").build();
        assertThat(d.appliesTo(Map.of("service", "mail"), "P2")).isTrue();
        assertThat(d.appliesTo(Map.of("service", "mail"), "P3")).isFalse();
        assertThat(d.appliesTo(Map.of("service", "hr"), "P2")).isFalse();
        assertThat(d.appliesTo(Map.of("team", "mail"), "P2")).isFalse();
        SlaDefinition everywhere = SlaDefinition.builder("all").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).build();
        assertThat(everywhere.appliesTo(Map.of(), "P2")).isTrue();
    }

    @Test
    void theExplanationIsOneSentenceWithStatusBreachElapsedPausedAndPrediction() {
        assertThat(engine.evaluate(p2Resolution(), workedExample(), berlin("2026-03-30T12:00")).orElseThrow()
                .explanation()).isEqualTo("resolution-p2 BREACHED at 2026-03-27T16:00:00Z while IN_PROGRESS; "
                + "elapsed PT11H of PT8H (138 %), paused PT3H; clock held by RESOLVED (STOPPED)");
        assertThat(engine.evaluate(p2Resolution(), workedExample(), berlin("2026-03-27T14:00")).orElseThrow()
                .explanation()).isEqualTo("resolution-p2 IN_PROGRESS; elapsed PT5H of PT8H (63 %), paused PT3H; "
                + "clock held by IN_PROGRESS (RUNNING); breach predicted at 2026-03-27T16:00:00Z");
    }

    @Test
    void targetsPrintWhatTheyAllow() {
        assertThat(SlaTarget.businessHours(8)).hasToString("PT8H business time");
        assertThat(SlaTarget.businessDays(3)).hasToString("3 business days");
    }

    @Test
    void aTimelineRejectsAnEventBeforeThePreviousOneNamingIt() {
        assertThatThrownBy(() -> new SlaTimeline("INC-14", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "NEW", "P2"),
                SlaEvent.of(berlin("2026-03-26T11:00"), "IN_PROGRESS", "P2"),
                SlaEvent.of(berlin("2026-03-26T10:00"), "RESOLVED", "P2"))))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("events[2].at")
                .hasMessageContaining("previous event (2026-03-26T10:00:00Z)");
    }

    @Test
    void pauseOnlyForListedReasonsAndCancelStopsCounting() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).pauseWhenReasons("AWAITING_CUSTOMER").build();
        SlaTimeline t = new SlaTimeline("INC-7", Map.of(), List.of(
                SlaEvent.of(berlin("2026-03-26T09:00"), "IN_PROGRESS", "P2"),
                new SlaEvent(berlin("2026-03-26T10:00"), "ON_HOLD", "AWAITING_VENDOR", "P2"),
                SlaEvent.of(berlin("2026-03-26T12:00"), "CANCELLED", "P2")));
        SlaResult r = engine.evaluate(d, t, berlin("2026-03-26T16:00")).orElseThrow();
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(r.status()).isEqualTo(SlaStatus.CANCELLED);
    }

    @Test
    void appliesWhenFiltersTicketsAndUnknownCalendarIsReported() {
        SlaDefinition d = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(8)).appliesWhen("service", "crm").build();
        assertThat(engine.evaluate(d, workedExample(), berlin("2026-03-27T10:00"))).isEmpty();
        SlaDefinition other = SlaDefinition.builder("res").metric(SlaMetric.RESOLUTION).calendar("nowhere")
                .target("P2", SlaTarget.businessHours(8)).build();
        assertThatThrownBy(() -> engine.evaluate(other, workedExample(), berlin("2026-03-27T10:00")))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("nowhere");
    }

    @Test
    void definitionsAreDataInJsonAndYaml() {
        String yaml = """
                id: resolution-p2
                name: Resolution
                metric: RESOLUTION
                calendar: berlin
                targets:
                  P2: {businessTime: PT8H}
                  P4: {businessDays: 5}
                pauseWhenReasons: [AWAITING_CUSTOMER, AWAITING_VENDOR]
                """;
        SlaDefinition d = SlaDefinition.fromYaml(yaml);
        assertThat(d.warningThresholds()).containsExactly(0.5, 0.75, 0.9);
        assertThat(d.targets().get("P4").businessDays()).isEqualTo(5);
        assertThat(SlaDefinition.fromJson(org.itm.core.json.ItmJson.toJson(d))).isEqualTo(d);
        assertThatThrownBy(() -> SlaDefinition.fromYaml("id: x\nname: y\nmetric: RESOLUTION\ncalendar: c\ntargets: {}\n"
                + "warningThresholds: [0.9, 0.5]\n"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("targets").hasMessageContaining("warningThresholds[1]");
    }

    @Test
    void appliesWhenConditionRunsThroughTheRuleEngine() {
        SlaDefinition d = SlaDefinition.fromYaml("""
                id: major-mail
                name: Major incidents on mail
                metric: RESOLUTION
                calendar: berlin
                targets: {P2: {businessTime: PT8H}}
                condition: {all: [{field: service, op: in, value: [mail, crm]}, {field: priority, op: eq, value: P2}]}
                """);
        assertThat(engine.evaluate(d, workedExample(), berlin("2026-03-27T10:00"))).isPresent();
        SlaTimeline crmLess = new SlaTimeline("INC-9", Map.of("service", "hr"), workedExample().events());
        assertThat(engine.evaluate(d, crmLess, berlin("2026-03-27T10:00"))).isEmpty();
        assertThat(SlaDefinition.fromJson(org.itm.core.json.ItmJson.toJson(d))).isEqualTo(d);
        assertThatThrownBy(() -> SlaDefinition.builder("x").metric(SlaMetric.RESOLUTION).calendar("berlin")
                .target("P2", SlaTarget.businessHours(1))
                .condition(org.itm.core.rule.ConditionDefinition.compare("colour", org.itm.core.rule.Operator.EQ, "red"))
                .build()).isInstanceOf(ItmValidationException.class).hasMessageContaining("colour");
    }

    @Test
    void builderReportsEveryBadSetting() {
        assertThatThrownBy(() -> SlaDefinition.builder("bad id!").calendar("c").build())
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("id").hasMessageContaining("metric").hasMessageContaining("targets");
    }
}
