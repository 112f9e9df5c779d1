package org.itm.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.PositiveDuration;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.junit.jupiter.api.Test;

/**
 * An integrator's own configuration, annotated with the standard constraints and ITM's, validated through ITM's one
 * entry point: the same {@link ItmValidationException} with property paths that ITM's own documents give.
 */
class IntegratorValidationTest {

    /** A connector setting of the integrator's: every rule is an annotation. */
    record TicketFeed(@NotNull @Identifier String id, @NotNull URI endpoint, @PositiveDuration Duration pollEvery,
                      @Max(500) int pageSize) {
        TicketFeed {
            Validation.validateComponents(TicketFeed.class, id, endpoint, pollEvery, pageSize);
        }
    }

    /** A document holding several feeds, with one rule annotations cannot express. */
    record FeedConfig(@NotBlank String owner, @NotEmpty List<@NotNull TicketFeed> feeds) {
        FeedConfig {
            Violations v = new Violations().addAll(Validation.checkComponents(FeedConfig.class, owner, feeds));
            if (feeds != null) {
                List<String> ids = feeds.stream().filter(Objects::nonNull).map(TicketFeed::id).toList();
                v.require(Set.copyOf(ids).size() == ids.size(), "feeds", "must not repeat a feed id");
            }
            v.throwIfAny();
            feeds = List.copyOf(feeds);
        }
    }

    /** A mutable bean of the integrator's, validated after it is filled, with nested beans cascaded. */
    static final class Team {
        @NotBlank String name = "";
        @Identifier String rota = "ops rota";
        @NotEmpty List<@Valid Member> members = List.of(new Member());
    }

    static final class Member {
        @NotBlank String email = " ";
    }

    @Test
    void anIntegratorsRecordGetsEveryViolationWithItsPath() {
        assertThatThrownBy(() -> new TicketFeed("jira feed", null, Duration.ZERO, 1000))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("endpoint", "must not be null"),
                        new Violation("id", "must be 1-128 characters of letters, digits or ._:@/- starting with a"
                                + " letter or digit, was 'jira feed'"),
                        new Violation("pageSize", "must be less than or equal to 500"),
                        new Violation("pollEvery", "must be a positive duration, was PT0S")));
    }

    @Test
    void annotationsAndTheIntegratorsOwnRuleComeInOneException() {
        TicketFeed jira = new TicketFeed("jira", URI.create("https://jira.example.org"), Duration.ofMinutes(5), 100);
        assertThatThrownBy(() -> new FeedConfig(" ", java.util.Arrays.asList(jira, jira, null)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("feeds[2]", "owner", "feeds"));
        assertThat(new FeedConfig("ops", List.of(jira)).feeds()).containsExactly(jira);
    }

    @Test
    void anIntegratorsBeanIsValidatedWithNestedPaths() {
        assertThatThrownBy(() -> Validation.validate(new Team()))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("members[0].email", "must not be blank"),
                        new Violation("name", "must not be blank"),
                        new Violation("rota", "must be 1-128 characters of letters, digits or ._:@/- starting with a"
                                + " letter or digit, was 'ops rota'")))
                .hasMessageContaining("members[0].email: must not be blank");
    }
}
