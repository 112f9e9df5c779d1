package org.itm.core.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A fact type with one field of every kind, shared by the rule tests. */
final class TestFacts {

    enum Level { LOW, MEDIUM, HIGH }

    record Ticket(@Nullable Integer users, @Nullable String service, @Nullable Boolean vip, @Nullable Level level,
                  @Nullable Instant openedAt, @Nullable LocalDate day, @Nullable Duration age,
                  @Nullable List<String> tags, @Nullable Set<Level> levels, @Nullable List<Double> scores) {

        static Ticket typical() {
            return new Ticket(120, "pay-gateway", false, Level.HIGH, Instant.parse("2026-03-31T13:00:00Z"),
                    LocalDate.of(2026, 3, 31), Duration.ofHours(3), List.of("customer-facing", "pci"),
                    Set.of(Level.HIGH), List.of(0.5, 2.0));
        }

        static Ticket empty() {
            return new Ticket(null, null, null, null, null, null, null, null, null, null);
        }

        Ticket withUsers(@Nullable Integer u) {
            return new Ticket(u, service, vip, level, openedAt, day, age, tags, levels, scores);
        }

        Ticket withService(@Nullable String s) {
            return new Ticket(users, s, vip, level, openedAt, day, age, tags, levels, scores);
        }
    }

    static final FactSchema<Ticket> SCHEMA = FactSchema.<Ticket>builder()
            .number("users", Ticket::users)
            .string("service", Ticket::service)
            .bool("vip", Ticket::vip)
            .enumeration("level", Level.class, Ticket::level)
            .instant("openedAt", Ticket::openedAt)
            .localDate("day", Ticket::day)
            .duration("age", Ticket::age)
            .strings("tags", Ticket::tags)
            .enums("levels", Level.class, Ticket::levels)
            .numbers("scores", Ticket::scores)
            .build();

    private TestFacts() {
    }
}
