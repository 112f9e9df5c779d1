package org.itm.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.core.Violation;
import org.itm.core.event.DomainEvent;
import org.itm.core.time.TimeInterval;

class ValueRoundTripProperties {

    @Property(tries = 200)
    void domainEventsRoundTrip(@ForAll("events") DomainEvent event) {
        assertThat(ItmJson.fromJson(ItmJson.toJson(event), DomainEvent.class)).isEqualTo(event);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(event), DomainEvent.class)).isEqualTo(event);
    }

    @Property(tries = 200)
    void intervalsRoundTrip(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        TimeInterval interval = a.isBefore(b) ? new TimeInterval(a, b) : new TimeInterval(b, a);
        assertThat(ItmJson.fromJson(ItmJson.toJson(interval), TimeInterval.class)).isEqualTo(interval);
    }

    @Property(tries = 100)
    void violationsRoundTrip(@ForAll("words") String path, @ForAll("words") String message) {
        Violation v = new Violation(path, message);
        assertThat(ItmJson.fromJson(ItmJson.toJson(v), Violation.class)).isEqualTo(v);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_102_444_800L).flatMap(s -> Arbitraries.integers()
                .between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<DomainEvent> events() {
        Arbitrary<Map<String, Object>> payload = Arbitraries.maps(words(),
                Arbitraries.oneOf(words().map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i),
                        Arbitraries.of(true, false).map(b -> (Object) b)))
                .ofMaxSize(5);
        return Combinators.combine(words(), words(), words(), instants(), payload).as(DomainEvent::new);
    }
}
