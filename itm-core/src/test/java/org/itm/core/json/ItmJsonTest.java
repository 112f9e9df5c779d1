package org.itm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class ItmJsonTest {

    record Sample(String name, Instant at, Duration target, LocalDate day, List<Integer> values) {
    }

    record WithOptionals(java.util.Optional<String> note, java.util.OptionalInt count,
            java.util.Optional<List<String>> tags) {
    }

    @Test
    void anEmptyOptionalRoundTripsAlthoughNullsInsideListsAreRefused() {
        WithOptionals empty = new WithOptionals(java.util.Optional.empty(), java.util.OptionalInt.empty(),
                java.util.Optional.empty());
        assertThat(ItmJson.fromJson(ItmJson.toJson(empty), WithOptionals.class)).isEqualTo(empty);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(empty), WithOptionals.class)).isEqualTo(empty);
        assertThat(ItmJson.fromJson("{\"note\":null,\"count\":null,\"tags\":null}", WithOptionals.class))
                .isEqualTo(empty);
        assertThatThrownBy(() -> ItmJson.fromJson("{\"note\":null,\"count\":null,\"tags\":[null]}",
                WithOptionals.class)).isInstanceOf(ItmValidationException.class).hasMessageContaining("tags");
    }

    @Test
    void writesJavaTimeAsIsoStrings() {
        Sample s = new Sample("a", Instant.parse("2026-03-26T13:00:00Z"), Duration.ofHours(8),
                LocalDate.of(2026, 3, 26), List.of(1, 2));
        String json = ItmJson.toJson(s);
        assertThat(json).contains("\"at\":\"2026-03-26T13:00:00Z\"").contains("\"target\":\"PT8H\"")
                .contains("\"day\":\"2026-03-26\"");
        assertThat(ItmJson.fromJson(json, Sample.class)).isEqualTo(s);
    }

    @Test
    void yamlRoundTripsLikeJson() {
        Sample s = new Sample("b", Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMinutes(90),
                LocalDate.of(2026, 1, 1), List.of());
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(s), Sample.class)).isEqualTo(s);
    }

    @Test
    void unknownPropertiesAreRejectedWithTheirPath() {
        assertThatThrownBy(() -> ItmJson.fromJson("{\"name\":\"a\",\"nmae\":\"b\"}", Sample.class))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations().get(0).path())
                        .isEqualTo("$.nmae"));
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> ItmJson.fromJson("{\"name\":\"a\",\"name\":\"b\"}", Sample.class))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("name");
    }

    @Test
    void excessiveNestingIsRejected() {
        String deep = "[".repeat(ItmJson.MAX_NESTING_DEPTH + 5) + "]".repeat(ItmJson.MAX_NESTING_DEPTH + 5);
        assertThatThrownBy(() -> ItmJson.fromJson(deep, Object.class))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("depth");
    }
}
