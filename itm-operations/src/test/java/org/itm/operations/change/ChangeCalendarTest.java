package org.itm.operations.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceModel;
import org.itm.core.time.TimeInterval;
import org.junit.jupiter.api.Test;

class ChangeCalendarTest {

    static final Instant T0 = ChangeTest.T0;
    static final Map<String, String> LOW = Map.of("backout-tested", "yes", "users-affected", "none",
            "done-before", "yes");
    static final Map<String, String> HIGH = Map.of("backout-tested", "no", "users-affected", "all",
            "done-before", "no");

    static TimeInterval at(String from, String to) {
        return new TimeInterval(Instant.parse("2026-03-10T" + from + ":00Z"), Instant.parse("2026-03-10T" + to + ":00Z"));
    }

    /** A NORMAL low-risk change approved by the change manager, ready to schedule. */
    static Change authorised(String id, String... cis) {
        RiskAssessment risk = ChangeTest.QUESTIONNAIRE.assess(LOW);
        return Change.draft(id, "Patch " + String.join(",", cis), ChangeType.NORMAL, "rita", List.of(cis), T0)
                .assess(risk, ChangeTest.POLICY.requirementFor(ChangeType.NORMAL, risk.level()), T0, "carla")
                .vote("carla", true, "", T0);
    }

    static Change emergency(String id, String... cis) {
        RiskAssessment risk = ChangeTest.QUESTIONNAIRE.assess(HIGH);
        return Change.draft(id, "Fix " + String.join(",", cis), ChangeType.EMERGENCY, "rita", List.of(cis), T0)
                .assess(risk, ChangeTest.POLICY.requirementFor(ChangeType.EMERGENCY, risk.level()), T0, "carla")
                .vote("erin", true, "outage", T0);
    }

    static Change scheduled(String id, TimeInterval w, String... cis) {
        return authorised(id, cis).schedule(w, T0, "carla");
    }

    @Test
    void cancelledChangesTakeNoPartInCollisionDetection() {
        Change a = scheduled("CHG-A", at("20:00", "21:00"), "db-1");
        Change b = scheduled("CHG-B", at("20:30", "21:30"), "db-1").cancel("postponed", T0, "carla");
        CollisionDetector d = CollisionDetector.create(CiTopology.none(), 0);
        assertThat(d.findIn(List.of(a, b))).isEmpty();
        assertThat(d.findIn(List.of(a, scheduled("CHG-C", at("20:30", "21:30"), "db-1"))))
                .extracting(Collision::second).containsExactly("CHG-C");
        assertThatThrownBy(() -> ScheduledChange.of(b)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void cancelledChangesAreExportedToICalendarAsCancelledAndScheduledOnesAsConfirmed() {
        Change a = scheduled("CHG-A", at("20:00", "21:00"), "db-1");
        Change b = scheduled("CHG-B", at("22:00", "23:00"), "db-2").cancel("postponed", T0, "carla");
        String ics = ChangeCalendar.of(List.of(), BlackoutPolicy.REJECT).toICalendar(List.of(a, b), "itm.example", T0);
        String eventA = event(ics, "UID:CHG-A@itm.example");
        String eventB = event(ics, "UID:CHG-B@itm.example");
        assertThat(eventA).contains("STATUS:CONFIRMED\r\n", "SEQUENCE:0\r\n");
        // a calendar client replaces the event it holds only for a higher sequence number
        assertThat(eventB).contains("STATUS:CANCELLED\r\n", "SEQUENCE:1\r\n", "DTSTART:20260310T220000Z");
    }

    private static String event(String ics, String uid) {
        for (String e : ics.split("BEGIN:VEVENT")) {
            if (e.contains(uid)) {
                return e.substring(0, e.indexOf("END:VEVENT"));
            }
        }
        throw new AssertionError("no event " + uid + " in " + ics);
    }

    @Test
    void schedulingRejectsACollisionWithAScheduledChangeOnAConnectedCi() {
        ServiceModel model = ServiceModel.builder()
                .configurationItem(ConfigurationItem.of("db-1", "database", "db 1"))
                .configurationItem(ConfigurationItem.of("app-1", "server", "app 1"))
                .relationship(Relationship.dependsOn(new CiId("app-1"), new CiId("db-1"))).build();
        ChangeCalendar cal = ChangeCalendar.builder().blackoutPolicy(BlackoutPolicy.REJECT)
                .collisions(CollisionDetector.create(CiTopology.of(model), 1), CollisionPolicy.REJECT).build();
        Change booked = scheduled("CHG-A", at("20:00", "21:00"), "db-1");
        Change cancelled = scheduled("CHG-C", at("20:00", "21:00"), "app-1").cancel("dropped", T0, "carla");
        Change candidate = authorised("CHG-B", "app-1");

        ScheduleCheck check = cal.check(candidate, at("20:30", "21:30"), List.of(booked, cancelled));
        assertThat(check.allowed()).isFalse();
        assertThat(check.collisions()).singleElement().satisfies(c -> {
            assertThat(c.first()).isEqualTo("CHG-A");
            assertThat(c.second()).isEqualTo("CHG-B");
            assertThat(c.overlap()).isEqualTo(at("20:30", "21:00"));
        });
        assertThatThrownBy(() -> cal.schedule(candidate, at("20:30", "21:30"), List.of(booked, cancelled), T0,
                "carla")).isInstanceOf(ItmValidationException.class).hasMessageContaining("CHG-A");
        // the cancelled change on the same CI does not stand in the way; after CHG-A ends the slot is free
        assertThat(cal.schedule(candidate, at("21:00", "22:00"), List.of(booked, cancelled), T0, "carla").state())
                .isEqualTo(ChangeState.SCHEDULED);
        // moving a scheduled change does not collide with its own earlier window
        assertThat(cal.check(booked, at("20:15", "21:15"), List.of(booked)).collisions()).isEmpty();
    }

    @Test
    void collisionPoliciesWarnOrLetOnlyApprovedEmergencyChangesThrough() {
        Change booked = scheduled("CHG-A", at("20:00", "21:00"), "db-1");
        ChangeCalendar warn = ChangeCalendar.of(List.of(), BlackoutPolicy.REJECT);
        ScheduleCheck reported = warn.check(authorised("CHG-B", "db-1"), at("20:30", "21:30"), List.of(booked));
        assertThat(reported.allowed()).isTrue();
        assertThat(reported.collisions()).hasSize(1);
        assertThat(reported.reasons()).anyMatch(r -> r.contains("collides with CHG-A"));

        ChangeCalendar emergencyOnly = ChangeCalendar.builder()
                .collisions(CollisionDetector.create(CiTopology.none(), 0), CollisionPolicy.REQUIRE_EMERGENCY_APPROVAL)
                .build();
        assertThat(emergencyOnly.check(authorised("CHG-B", "db-1"), at("20:30", "21:30"), List.of(booked))
                .allowed()).isFalse();
        assertThat(emergencyOnly.check(emergency("CHG-E", "db-1"), at("20:30", "21:30"), List.of(booked))
                .allowed()).isTrue();
        assertThat(emergencyOnly.windows()).isEmpty();
    }

    @Test
    void theBuilderNamesEveryMissingSetting() {
        assertThatThrownBy(() -> ChangeCalendar.builder().window(null).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("window");
        assertThat(ChangeCalendar.builder().window(new ChangeWindow("freeze", ChangeWindowKind.BLACKOUT,
                at("00:00", "23:00"), Set.of())).build().windows()).hasSize(1);
    }
}
